import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { assignments, auditEvents, members, milestones, outbox, suggestions, units } from '../../src/db/schema.js';
import { planOrder } from '../../src/domain/schedule.js';
import { actionIds } from '../../src/slack/ids.js';
import { digestAt, wordsOf } from '../support/digests.js';
import { rowCount } from '../support/fixtures.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ supervisors: ['USUP'] });
  // The office the tests work in, registered through the command itself.
  for (const text of [
    'unit add 省水利厅 alias:水利厅 channel:<#CWATER|water> liaison:<@UWLIA|wang> leader:<@UWLEAD|li>',
    'unit add 省民政厅 alias:民政厅 channel:<#CCIVIL|civil> liaison:<@UCLIA|zhao>',
    '单位 添加 省高院 简称:高院',
  ]) {
    const answer = await h.command('USUP', text);
    expect(answer.body.text).toMatch(/已登记/);
  }
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => {
  h.standIn.reset();
});

const ledgerTables = [units, members, suggestions, assignments, milestones, outbox, auditEvents];
const ledgerCounts = () => Promise.all(ledgerTables.map((t) => rowCount(h.db, t)));

/** A refusal: answered privately with guidance, nothing stored, nothing sent. */
async function expectRefusal(user: string, text: string, says: RegExp) {
  const before = await ledgerCounts();
  const answer = await h.command(user, text);
  expect(answer.status).toBe(200);
  expect(answer.body.response_type).toBe('ephemeral');
  expect(answer.body.text).toMatch(says);
  expect(await ledgerCounts()).toEqual(before);
  expect(h.standIn.calls).toEqual([]);
  return answer;
}

describe('/suggest refusals', () => {
  it.each([
    ['an unknown subcommand, with the closest one', 'USUP', 'asign 2026-0001 lead:水利厅', /没有 `asign` 这个子命令.*`assign`/],
    ['an unknown unit, with the closest name', 'USUP', 'assign 2026-0001 lead:省水力厅', /没有名为 `省水力厅`.*省水利厅/],
    ['an unknown code', 'USUP', 'show 2099-9999', /没有编号为 `2099-9999`/],
    [
      'an impossible date',
      'USUP',
      'assign 2026-0001 lead:水利厅 due:2026-02-30',
      /`2026-02-30` 不是有效日期[^\n]*\n用法：`\/suggest assign <编号> lead:<单位>/,
    ],
    ['a person without the role', 'UWLIA', 'assign 2026-0001 lead:水利厅', /需要以下角色之一：督办室/],
    ['a handler that is not a mention', 'USUP', 'assign 2026-0001 lead:水利厅 handler:wang', /`wang` 不是一个人/],
    ['an unknown role', 'USUP', 'unit member 水利厅 <@UX|x> 经办', /没有 `经办` 这个角色.*经办人/],
    ['a session name already taken', 'USUP', 'session new 2026', /已有名为「2026」的会次/],
    ['an unknown verdict', 'USUP', 'evaluate 2026-0001 很好', /不是评价结果/],
    ['a commitment number that is not one', 'USUP', 'commitment done 2026-0001 x', /不是承诺事项的序号/],
  ])('answers %s privately and changes nothing', async (_name, user, text, says) => {
    await expectRefusal(user, text, says);
  });

  it('refuses a code already assigned', async () => {
    await h.command('USUP', 'assign 2026-0900 lead:高院');
    h.standIn.reset();
    await expectRefusal('USUP', 'assign 2026-0900 lead:水利厅', /已经交办过了/);
  });

  it('answers in English when the office chose English', async () => {
    const english = await startHarness({ locale: 'en' });
    try {
      const answer = await english.command('USUP', 'shwo 1');
      expect(answer.body.text).toMatch(/There is no subcommand `shwo`\. Did you mean `show`\?/);
    } finally {
      await english.close();
    }
  });
});

describe('/suggest assign, inline, end to end', () => {
  it('stores the assignment, answers the supervisor, and tells every assigned person and unit with a working accept button', async () => {
    const answer = await h.command(
      'USUP',
      'assign 2026-0101 lead:水利厅 co:<#CCIVIL|civil>,高院 handler:<@UHAN|han> due:2026-06-30 title:关于推进河湖长制的建议',
    );
    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.body.text).toContain('已交办建议 *2026-0101*');
    // Nothing reached Slack on the ack path: the notices wait in the outbox.
    expect(h.standIn.calls).toEqual([]);

    const sent = await h.drain();
    const posts = sent.filter((c) => c.method === 'chat.postMessage' && c.ok);
    expect(posts.map((c) => c.args.channel).sort()).toEqual(['CCIVIL', 'CWATER', 'UCLIA', 'UHAN', 'UWLIA'].sort());
    for (const post of posts) {
      const buttons = (post.args.blocks as Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>)
        .filter((b) => b.type === 'actions')
        .flatMap((b) => b.elements ?? []);
      expect(buttons.map((b) => b.action_id)).toContain(actionIds.acceptAssignment);
    }

    // The handler accepts from the DM; the DM loses its buttons and says who accepted.
    const handlerDm = posts.find((c) => c.args.channel === 'UHAN')!;
    const acceptButton = (handlerDm.args.blocks as Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>)
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === actionIds.acceptAssignment)!;
    const click = await h.button('UHAN', actionIds.acceptAssignment, acceptButton.value, {
      text: String(handlerDm.args.text),
      blocks: handlerDm.args.blocks as unknown[],
    });
    expect(click.status).toBe(200);
    const [replaced] = (await h.waitForResponses(1)).slice(-1);
    expect(replaced?.args.replace_original).toBe(true);
    expect(JSON.stringify(replaced?.args.blocks)).toContain('已签收建议 *2026-0101*');
    expect((replaced!.args.blocks as Array<{ type: string }>).some((b) => b.type === 'actions')).toBe(false);

    // The supervisor who assigned it hears of the acceptance, in the next morning's digest, not at once.
    expect((await h.drain()).filter((c) => c.method === 'chat.postMessage')).toEqual([]);
    const digest = await digestAt(h, '2026-03-03T01:00:00Z', 'USUP');
    expect(wordsOf(digest)).toContain('自上次提醒以来');
    expect(wordsOf(digest)).toContain('「省水利厅」已按期签收（主办）');

    // 详情 on the co-handling unit's channel post shows the whole suggestion to whoever clicks.
    const civilPost = posts.find((c) => c.args.channel === 'CCIVIL')!;
    const details = (civilPost.args.blocks as Array<{ elements?: Array<{ action_id: string; value: string }> }>)
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === actionIds.showDetails)!;
    h.standIn.reset();
    await h.button('UCLIA', actionIds.showDetails, details.value);
    const [shown] = await h.waitForResponses(1);
    expect(shown?.args).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(JSON.stringify(shown?.args.blocks)).toContain('*2026-0101* 关于推进河湖长制的建议');
    expect(JSON.stringify(shown?.args.blocks)).toContain('会办 · 省民政厅');

    // A second click from the liaison's copy: already accepted, said privately.
    h.standIn.reset();
    await h.button('UWLIA', actionIds.acceptAssignment, acceptButton.value);
    const [again] = await h.waitForResponses(1);
    expect(again?.args).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(again?.args.text)).toContain('已经签收过');
  });

  it('plans a short deadline in order and tells the office which steps share a day; the law’s date stays on a Sunday', async () => {
    // Monday 2 Mar, due Sunday 15 Mar: 13 days, moved earlier by half of them to Monday 9 Mar, 5
    // working days away for 7 steps.
    const answer = await h.command('USUP', 'assign 2026-0120 lead:水利厅 due:2026-03-15 title:关于防汛物资储备的建议');
    const text = JSON.stringify(answer.body.blocks);
    expect(text).toContain('签收期限 3月3日（周二） · 内部办结 3月9日（周一）');
    expect(text).toContain('法定答复 3月15日（周日，法定期限为休息日）');
    expect(text).toContain('部分节点只能同日完成');
    const nodes = await h.db
      .select({ kind: milestones.kind, plannedOn: milestones.plannedOn })
      .from(milestones)
      .innerJoin(assignments, eq(assignments.id, milestones.assignmentId))
      .innerJoin(suggestions, eq(suggestions.id, assignments.suggestionId))
      .where(eq(suggestions.code, '2026-0120'));
    const inPlanOrder = [...nodes].sort((a, b) => planOrder(a.kind) - planOrder(b.kind));
    expect(inPlanOrder.map((node) => node.plannedOn)).toEqual(inPlanOrder.map((node) => node.plannedOn).sort());
    expect(inPlanOrder.filter((node) => node.kind !== 'feedback').every((node) => node.plannedOn <= '2026-03-09')).toBe(true);

    // show lists the steps in plan order, whatever their dates: a step done early keeps its date
    // when an extension moves the ones after it.
    await h.db
      .update(milestones)
      .set({ plannedOn: '2026-03-20' })
      .where(
        inArray(
          milestones.id,
          h.db
            .select({ id: milestones.id })
            .from(milestones)
            .innerJoin(assignments, eq(assignments.id, milestones.assignmentId))
            .innerJoin(suggestions, eq(suggestions.id, assignments.suggestionId))
            .where(and(eq(suggestions.code, '2026-0120'), eq(milestones.kind, 'pre_contact'))),
        ),
      );
    const shown = JSON.stringify((await h.command('USUP', 'show 2026-0120')).body.blocks);
    const steps = ['签收', '办前沟通', '初稿', '处室把关', '分管领导审核', '主要领导签发', '答复', '办后反馈'].map((step) =>
      shown.indexOf(`⚪ ${step} · `),
    );
    expect(steps.every((at) => at >= 0)).toBe(true);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
  });

  it('accepts by command with the Chinese alias, shows the suggestion and lists it', async () => {
    await h.command('USUP', '交办 2026-0102 主办:民政厅 title:关于养老服务的建议');
    const accepted = await h.command('UCLIA', '签收 2026-0102');
    expect(accepted.body.text).toContain('已签收建议 *2026-0102*：省民政厅 · 主办。');

    const shown = await h.command('UCLIA', '查看 2026-0102');
    const text = JSON.stringify(shown.body.blocks);
    expect(text).toContain('关于养老服务的建议');
    expect(text).toContain('✅ 签收');
    expect(text).toContain('⚪ 办前沟通');

    const listed = await h.command('UCLIA', '列表 mine');
    expect(JSON.stringify(listed.body.blocks)).toContain('2026-0102');
    expect(JSON.stringify(listed.body.blocks)).not.toContain('2026-0101'.replace('1', '9'));

    // Someone with no role in its units may not see it.
    await expectRefusal('USTRANGER', 'show 2026-0102', /需要以下角色之一/);
    const strangerList = await h.command('USTRANGER', 'list all');
    expect(strangerList.body.text).toContain('共 0 件');
  });

  it('answers list and show as the ledger stands, asked again before and after a change', async () => {
    await h.command('USUP', 'assign 2026-0105 lead:高院 title:关于乡村道路的建议');
    await h.command('USUP', 'unit member 高院 <@UCOURT|c> 联络员');
    const ask = async () => [
      JSON.stringify((await h.command('UCOURT', 'show 2026-0105')).body.blocks),
      JSON.stringify((await h.command('UCOURT', 'list mine')).body.blocks),
    ];
    const [shownBefore, listedBefore] = await ask();
    expect(await ask()).toEqual([shownBefore, listedBefore]);
    expect(shownBefore).toContain('⚪ 签收');

    await h.command('UCOURT', 'accept 2026-0105');
    const [shownAfter, listedAfter] = await ask();
    expect(shownAfter).toContain('✅ 签收');
    expect(listedAfter).not.toEqual(listedBefore);
  });

  it('never lets a title ping a channel: stored as plain text, shown escaped', async () => {
    await h.command('USUP', 'assign 2026-0104 lead:高院 title:通知 <!channel> 关于 &lt;河湖&gt; 的建议');
    const [stored] = await h.db.select().from(suggestions).where(eq(suggestions.code, '2026-0104'));
    expect(stored?.title).toBe('通知 @channel 关于 <河湖> 的建议');
    const shown = await h.command('USUP', 'show 2026-0104');
    expect(shown.body.text).toBe('*2026-0104* 通知 @channel 关于 &lt;河湖&gt; 的建议');
  });

  it('answers a malformed button payload privately and changes nothing', async () => {
    const before = await ledgerCounts();
    const click = await h.button('UHAN', actionIds.acceptAssignment, 'not-a-number');
    expect(click.status).toBe(200);
    const [answer] = await h.waitForResponses(1);
    expect(String(answer?.args.text)).toContain('请求不完整');
    expect(await ledgerCounts()).toEqual(before);
  });

  it('makes no Web API call that a command does not need', async () => {
    for (const text of [
      'help',
      'list all',
      'show 2026-0101',
      'assign 2026-0103 lead:高院',
      'accept 2026-0103',
      'unit member 高院 <@UNEW|n> 成员',
    ]) {
      const answer = await h.command('USUP', text);
      expect(answer.status).toBe(200);
    }
    expect(h.standIn.calls).toEqual([]);
  });
});
