// From assignment to close-out through signed requests: a co-unit's opinion, the reply through its
// review chain (a return included), two reviewers and a double click at once, 不满意 and a second
// round, B-class promises on follow-up written off one by one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replies, reviews, suggestions } from '../../src/db/schema.js';
import { actionIds, callbackIds, inputActionId, opinionModalBlocks, replyModalBlocks, returnModalBlocks } from '../../src/slack/ids.js';
import type { RecordedCall } from '../../tools/slack-stand-in/types.js';
import { digestAt, wordsOf } from '../support/digests.js';
import { rowCount } from '../support/fixtures.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;
let suggestionId: string;
beforeAll(async () => {
  h = await startHarness({ supervisors: ['USUP'], now: '2026-03-02T01:00:00Z' }); // Monday
  await h.command('USUP', 'unit add 省水利厅 alias:水利厅 channel:<#CWATER|water> liaison:<@UWLIA|wang> leader:<@UWLEAD|li>');
  await h.command('USUP', 'unit add 省民政厅 alias:民政厅 liaison:<@UCLIA|zhao>');
  await h.command('USUP', 'unit member 水利厅 <@UDIV|chen> 处室负责人');
  await h.command('USUP', 'unit member 水利厅 <@UDIV2|zhou> 处室负责人');
  await h.command('USUP', 'unit member 水利厅 <@UHEAD|liu> 主要领导');
  await h.command('USUP', 'assign 2026-0601 lead:水利厅 co:民政厅 handler:<@UHAN|han> title:关于农村饮水安全的建议');
  await h.drain();
  suggestionId = String((await h.db.select().from(suggestions))[0]!.id);
});
afterAll(async () => {
  await h?.close();
});

type Block = { type: string; block_id?: string; text?: { text: string }; elements?: Array<{ action_id: string; value: string }> };
const posts = (calls: RecordedCall[], channel: string) =>
  calls
    .filter((call) => call.method === 'chat.postMessage' && call.args.channel === channel)
    .map((call) => call.args as { text: string; blocks: Block[] });
const buttonOf = (message: { blocks: Block[] }, actionId: string) =>
  message.blocks.flatMap((block) => block.elements ?? []).find((element) => element.action_id === actionId)!;
const text = (value: unknown) => JSON.stringify(value);

const replyValues = (replyClass: string, summary: string, commitments = '', reason = '') => ({
  [replyModalBlocks.replyClass]: { [inputActionId]: { type: 'static_select', selected_option: { value: replyClass } } },
  [replyModalBlocks.summary]: { [inputActionId]: { type: 'plain_text_input', value: summary } },
  [replyModalBlocks.documentUrl]: { [inputActionId]: { type: 'plain_text_input', value: 'https://gov.example/water/0601.pdf' } },
  [replyModalBlocks.mayPublish]: { [inputActionId]: { type: 'checkboxes', selected_options: [{ value: 'yes' }] } },
  [replyModalBlocks.commitments]: { [inputActionId]: { type: 'plain_text_input', value: commitments } },
  [replyModalBlocks.reason]: { [inputActionId]: { type: 'plain_text_input', value: reason } },
});

/** Clicks a button of a message the bot sent, as its reader; resolves to the answer posted to its response_url. */
async function click(user: string, message: { text: string; blocks: Block[] }, actionId: string): Promise<string> {
  const before = h.responses().length;
  const ack = await h.button(user, actionId, buttonOf(message, actionId).value, message);
  expect(ack.status).toBe(200);
  const answers = await h.waitForResponses(before + 1);
  return text(answers.at(-1)?.args);
}

/** Takes the latest review request of each level through, approving. */
async function approveAll(levels: Array<[string, RegExp]>) {
  for (const [user, says] of levels) {
    const [request] = posts(await h.drain(), user);
    expect(request?.text).toMatch(/答复待审核/);
    expect(await click(user, request!, actionIds.approveReply)).toMatch(says);
  }
}

describe('a suggestion from assignment to close-out', () => {
  it('takes a co-unit’s opinion to the lead unit’s handler', async () => {
    h.standIn.reset();
    h.setNow('2026-03-20T02:00:00Z');
    expect((await h.command('UCLIA', '会办意见 2026-0601')).body).toEqual({});
    // The 提交意见 button of a 会办意见 reminder line opens the same form.
    await h.button('UCLIA', actionIds.writeOpinion, suggestionId);
    const opened = h.standIn.callsTo('views.open').map((call) => call.args.view as { callback_id: string; private_metadata: string });
    expect(opened.map((view) => [view.callback_id, view.private_metadata])).toEqual([
      [callbackIds.opinionModal, suggestionId],
      [callbackIds.opinionModal, suggestionId],
    ]);
    const sent = await h.submitView(
      'UCLIA',
      callbackIds.opinionModal,
      { [opinionModalBlocks.body]: { [inputActionId]: { type: 'plain_text_input', value: '建议对低保户减免水费' } } },
      suggestionId,
    );
    expect(text(sent.body.view)).toContain('已将对建议 *2026-0601* 的会办意见送主办单位「省水利厅」，已通知其经办人');
    // The opinion asks nothing of the lead unit at once: its handler reads of it in Monday's digest.
    expect(posts(await h.drain(), 'UHAN')).toEqual([]);
    const digest = await digestAt(h, '2026-03-23T01:00:00Z', 'UHAN');
    expect(wordsOf(digest)).toContain('会办单位「省民政厅」已送来会办意见');
    expect((await h.command('UCLIA', 'opinion 2026-0601')).body.text).toMatch(/本轮的会办意见已于 3月20日（周五） 送达主办单位/);
  });

  it('refuses a reply before the lead unit accepted, then takes a returned draft round the chain again', async () => {
    expect((await h.command('UHAN', 'reply 2026-0601')).body.text).toMatch(/这件建议目前是「已交办」，不能发出答复。现在可以：签收/);
    await h.command('UWLIA', 'accept 2026-0601');
    await h.drain();

    h.standIn.reset();
    expect((await h.command('UHAN', '答复 2026-0601')).body).toEqual({});
    await h.button('UHAN', actionIds.writeReply, suggestionId); // 写答复 on an 初稿 line
    const [form, fromLine] = h.standIn.callsTo('views.open').map((call) => call.args.view);
    expect(fromLine).toEqual(form);
    expect(text(form)).toContain('建议对低保户减免水费');

    const noPromise = await h.submitView('UHAN', callbackIds.replyModal, replyValues('B', '二期工程列入明年计划'), suggestionId);
    expect(noPromise.body.errors?.[replyModalBlocks.commitments]).toMatch(/B 类答复须至少写一项承诺事项/);
    const badLine = await h.submitView(
      'UHAN',
      callbackIds.replyModal,
      replyValues('B', '二期工程列入明年计划', '明年 完成立项'),
      suggestionId,
    );
    expect(badLine.body.errors?.[replyModalBlocks.commitments]).toMatch(/看不懂这一行承诺事项：「明年 完成立项」/);
    expect(await rowCount(h.db, replies)).toBe(0);

    const submitted = await h.submitView(
      'UHAN',
      callbackIds.replyModal,
      replyValues('B', '二期工程列入明年计划', '2026-09-30 完成二期立项\n2026-12-31 二期开工'),
      suggestionId,
    );
    expect(text(submitted.body.view)).toContain('等待处室把关：<@UDIV>、<@UDIV2>');

    // Both division heads click 审核通过 on their copies at once: the reply moves on once.
    const calls = await h.drain();
    const [first, second] = [posts(calls, 'UDIV')[0]!, posts(calls, 'UDIV2')[0]!];
    expect(text(first)).toContain('1. 9月30日（周三） 前 · 完成二期立项');
    const before = h.responses().length;
    const acks = await Promise.all([
      h.button('UDIV', actionIds.approveReply, buttonOf(first, actionIds.approveReply).value, first),
      h.button('UDIV2', actionIds.approveReply, buttonOf(second, actionIds.approveReply).value, second),
    ]);
    expect(acks.map((a) => a.status)).toEqual([200, 200]);
    const answers = (await h.waitForResponses(before + 2)).slice(before).map((call) => text(call.args));
    expect(answers.filter((a) => a.includes('已送分管领导审核'))).toHaveLength(1);
    expect(answers.filter((a) => a.includes('这份答复已经有人处理过了：现在是「待分管领导审核」'))).toHaveLength(1);
    expect(await rowCount(h.db, reviews)).toBe(1);

    // The leader returns it through the form, with a comment.
    const [leaderCopy] = posts(await h.drain(), 'UWLEAD');
    h.standIn.reset();
    await h.button('UWLEAD', actionIds.returnReply, buttonOf(leaderCopy!, actionIds.returnReply).value, leaderCopy);
    const returnForm = h.standIn.callsTo('views.open')[0]?.args.view as { callback_id: string; private_metadata: string };
    expect(returnForm.callback_id).toBe(callbackIds.returnModal);
    const comment = (value: string) => ({ [returnModalBlocks.comment]: { [inputActionId]: { type: 'plain_text_input', value } } });
    expect(
      (await h.submitView('UWLEAD', callbackIds.returnModal, comment(' '), returnForm.private_metadata)).body.errors?.[
        returnModalBlocks.comment
      ],
    ).toBe('退回须写明修改意见。');
    const returned = await h.submitView('UWLEAD', callbackIds.returnModal, comment('请写明资金来源'), returnForm.private_metadata);
    expect(text(returned.body.view)).toContain('已退回建议 *2026-0601* 的答复，修改意见已发给 <@UHAN>');
    expect(text(posts(await h.drain(), 'UHAN'))).toContain('请写明资金来源');
    // The stale copy of the leader's request does nothing now.
    expect(await click('UWLEAD', leaderCopy!, actionIds.approveReply)).toMatch(/现在是「已退回修改」/);

    h.standIn.reset();
    await h.command('UHAN', 'reply 2026-0601');
    const again = h.standIn.callsTo('views.open')[0]?.args.view;
    expect(text(again)).toContain('修改意见：请写明资金来源');
    expect(text(again)).toContain('2026-09-30 完成二期立项');
    await h.submitView(
      'UHAN',
      callbackIds.replyModal,
      replyValues('B', '二期资金由省财政安排，列入明年计划', '2026-09-30 完成二期立项\n2026-12-31 二期开工'),
      suggestionId,
    );
    await approveAll([
      ['UDIV', /已送分管领导审核/],
      ['UWLEAD', /已送主要领导签发/],
      ['UHEAD', /已签发建议 \*2026-0601\* 的答复，已通知起草人 <@UHAN> 发出/],
    ]);
  });

  it('is marked sent once however often 已发出 is clicked, and the office hears of it', async () => {
    h.setNow('2026-04-10T02:00:00Z');
    const [signed] = posts(await h.drain(), 'UHAN');
    expect(signed?.text).toMatch(/答复已签发/);
    const before = h.responses().length;
    await Promise.all(
      [1, 2].map(() => h.button('UHAN', actionIds.markReplySent, buttonOf(signed!, actionIds.markReplySent).value, signed)),
    );
    const answers = (await h.waitForResponses(before + 2)).slice(before).map((call) => text(call.args));
    expect(answers.filter((a) => a.includes('已记录建议 *2026-0601* 的答复于 4月10日（周五） 发出'))).toHaveLength(1);
    expect(answers.filter((a) => a.includes('现在是「已发出」'))).toHaveLength(1);
    expect(posts(await h.drain(), 'USUP')).toEqual([]);
    const digest = await digestAt(h, '2026-04-13T01:00:00Z', 'USUP');
    expect(wordsOf(digest)).toContain('「省水利厅」答复已发给代表（B 类）');
    expect((await h.db.select().from(suggestions))[0]?.status).toBe('replied');
    expect((await h.command('USUP', 'list replied')).body.text).toMatch(/\*已答复的建议\* · 共 1 件/);
    expect((await h.command('USUP', 'list closed')).body.text).toMatch(/共 0 件/);
  });

  it('opens a second round on 不满意, telling the unit’s channel, handler and leader', async () => {
    expect((await h.command('UHAN', 'evaluate 2026-0601 不满意')).body.text).toMatch(/需要以下角色之一：督办室、联络员/);
    const answer = await h.command('USUP', '评价 2026-0601 不满意 希望明确开工时间');
    expect(answer.body.text).toMatch(/已记录建议 \*2026-0601\* 的代表评价：不满意。建议 \*2026-0601\* 重新办理（第 2 轮）/);
    const calls = await h.drain();
    for (const to of ['CWATER', 'UHAN', 'UWLEAD']) expect(text(posts(calls, to))).toContain('代表评价：不满意');
    expect((await h.db.select().from(suggestions))[0]).toMatchObject({ status: 'reopened', round: 2 });
  });

  it('answers the second round, carries the promises to follow-up on 基本满意, and closes with the last write-off', async () => {
    h.setNow('2026-04-13T02:00:00Z');
    await h.command('UHAN', 'reply 2026-0601');
    await h.submitView(
      'UHAN',
      callbackIds.replyModal,
      replyValues('B', '二期 6 月开工', '2026-06-30 二期开工\n2026-12-31 二期完工'),
      suggestionId,
    );
    await approveAll([
      ['UDIV', /已送分管领导审核/],
      ['UWLEAD', /已送主要领导签发/],
      ['UHEAD', /已签发/],
    ]);
    const [signed] = posts(await h.drain(), 'UHAN');
    await click('UHAN', signed!, actionIds.markReplySent);
    await h.drain();

    expect((await h.command('UWLIA', 'evaluate 2026-0601 基本满意')).body.text).toMatch(/还有 2 项承诺事项未核销，转入跟踪/);
    expect((await h.command('USUP', 'list followup')).body.text).toMatch(/共 1 件/);
    h.setNow('2026-07-02T02:00:00Z');
    expect((await h.command('USUP', 'commitment done 2026-0601 3')).body.text).toMatch(/没有第 3 项承诺事项，这件建议共 2 项/);
    expect((await h.command('USUP', '核销 2026-0601 1')).body.text).toMatch(
      /已核销建议 \*2026-0601\* 的第 1 项承诺事项「二期开工」（逾期完成）。还有 1 项未核销。/,
    );
    expect((await h.command('USUP', 'commitment done 2026-0601 1')).body.text).toMatch(
      /第 1 项承诺事项已于 7月2日（周四） 由 <@USUP> 核销，没有改动/,
    );
    expect((await h.command('UWLIA', 'commitment done 2026-0601 2')).body.text).toMatch(/全部承诺事项已核销，建议 \*2026-0601\* 已销号/);
    expect((await h.command('USUP', 'list closed')).body.text).toMatch(/共 1 件/);

    const shown = text((await h.command('UWLIA', 'show 2026-0601')).body);
    const order = [
      '会办意见',
      '第 1 轮答复',
      '处室把关 · 审核通过',
      '分管领导审核 · 退回',
      '主要领导签发 · 签发',
      '第 1 轮代表评价 · 不满意',
      '第 2 轮答复',
      '第 2 轮代表评价 · 基本满意',
    ];
    const places = order.map((words) => shown.indexOf(words));
    expect(places.every((place) => place >= 0)).toBe(true);
    expect([...places].sort((a, b) => a - b)).toEqual(places);
    expect(shown).toContain('请写明资金来源');
    expect(shown).toMatch(/承诺 2\. 12月31日（周四） 前 · 二期完工 · 7月2日（周四） 核销/);
  });
});
