// The deputy's verdict from buttons, through signed requests: 满意 / 基本满意 / 不满意 in `show`
// and on the 答复已发出 notice, for the lead unit's liaison and the office only; 不满意 asks for
// the reasons in a form and opens the next round; a second click, or a button of a round that has
// ended, records nothing.
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, evaluations, outbox, suggestions } from '../../src/db/schema.js';
import type { PostedNotice, ReplySentNotice } from '../../src/domain/notices.js';
import { zhCN } from '../../src/i18n/zh-CN.js';
import { queueDailyReminders } from '../../src/services/reports/queue-daily-reminders.js';
import { actionIds, callbackIds, inputActionId, verdictModalBlocks } from '../../src/slack/ids.js';
import { noticeMessage } from '../../src/slack/views/notice.js';
import type { RecordedCall } from '../../tools/slack-stand-in/types.js';
import { type Harness, startHarness } from '../support/harness.js';
import { sendReplyOf } from '../support/sent-replies.js';

let h: Harness;
const ids = new Map<string, number>();
const lead = { liaison: 'UWLIA', handler: 'UHAN', division: 'UDIV', leader: 'UWLEAD', head: 'UHEAD' };
const verdictIds = [actionIds.recordSatisfied, actionIds.recordBasicallySatisfied, actionIds.recordDissatisfied];

beforeAll(async () => {
  h = await startHarness({ supervisors: ['USUP'], now: '2026-03-02T01:00:00Z' }); // Monday
  await h.command('USUP', 'unit add 省水利厅 alias:水利厅 channel:<#CWATER|water> liaison:<@UWLIA|wang> leader:<@UWLEAD|li>');
  for (const [user, role] of [
    ['<@UDIV|chen>', '处室负责人'],
    ['<@UHEAD|liu>', '主要领导'],
    ['<@UEXLIA|qian>', '联络员'],
    ['<@UMEM|sun>', '成员'],
  ])
    await h.command('USUP', `unit member 水利厅 ${user} ${role}`);
  for (const [code, title] of [
    ['2026-0701', '关于河道清淤的建议'],
    ['2026-0702', '关于灌区改造的建议'],
    ['2026-0703', '关于农村饮水安全的建议'],
    ['2026-0704', '关于水库除险加固的建议'],
    ['2026-0705', '关于防汛物资储备的建议'],
    ['2026-0706', '关于小型水库巡查的建议'],
  ])
    await h.command('USUP', `assign ${code} lead:水利厅 handler:<@UHAN|han> title:${title}`);
  const sentOn = new Date('2026-03-20T02:00:00Z');
  for (const [code, replyClass] of [
    ['2026-0701', 'A'],
    ['2026-0702', 'B'],
    ['2026-0703', 'A'],
    ['2026-0704', 'A'],
    ['2026-0706', 'A'],
  ] as const)
    ids.set(code, await sendReplyOf(h.db, code, lead, sentOn, replyClass));
  await h.command('UWLIA', 'accept 2026-0705');
  await h.drain();
  h.setNow('2026-04-01T02:00:00Z');
});
afterAll(async () => {
  await h?.close();
});

type Block = { type: string; text?: { text: string }; elements?: Array<{ action_id: string; value: string; text: { text: string } }> };
type Message = { text: string; blocks: Block[] };
const text = (value: unknown) => JSON.stringify(value);
const buttonsOf = (message: { blocks?: unknown[] }) =>
  (message.blocks as Block[] | undefined)
    ?.flatMap((block) => block.elements ?? [])
    .filter((e) => verdictIds.includes(e.action_id as never)) ?? [];
const showAs = async (user: string, code: string): Promise<Message> => (await h.command(user, `show ${code}`)).body as Message;
const suggestionOf = async (code: string) => (await h.db.select().from(suggestions).where(eq(suggestions.code, code)))[0]!;
const verdictsOf = async (code: string) =>
  (
    await h.db
      .select()
      .from(evaluations)
      .where(eq(evaluations.suggestionId, ids.get(code)!))
      .orderBy(asc(evaluations.round))
  ).map((e) => `${e.round}:${e.verdict}:${e.note}:${e.recordedBy}`);

/** Clicks a verdict button of a message as `user`; resolves to the answer the bot posted to the click's response_url. */
async function click(user: string, message: Message, actionId: string): Promise<{ replace_original?: boolean; text: string }> {
  const button = buttonsOf(message).find((element) => element.action_id === actionId)!;
  const before = h.responses().length;
  const ack = await h.button(user, actionId, button.value, message);
  expect(ack.status).toBe(200);
  const answers = await h.waitForResponses(before + 1);
  const answer = answers.at(-1)!.args as { replace_original?: boolean; text: string; blocks?: unknown[] };
  return { ...answer, text: `${answer.text} ${text(answer.blocks ?? [])}` };
}

/** The 答复已发出 notice the office was sent for a suggestion's round, as its reader sees it. */
async function replySentNotice(code: string, round: number): Promise<Message> {
  const rows = await h.db.select().from(outbox).where(eq(outbox.channel, 'USUP')).orderBy(asc(outbox.id));
  const notice = rows
    .map((row) => row.payload as ReplySentNotice)
    .find((payload) => payload.type === 'reply_sent' && payload.code === code && payload.round === round)!;
  return noticeMessage(zhCN, notice) as unknown as Message;
}

describe('the deputy’s verdict from buttons', () => {
  it('is offered in show to the lead unit’s liaison and the office while the sent reply awaits it, and to nobody else', async () => {
    const value = `${ids.get('2026-0701')}:1`;
    for (const user of ['UWLIA', 'USUP']) {
      const shown = await showAs(user, '2026-0701');
      expect(buttonsOf(shown).map((b) => [b.text.text, b.action_id, b.value])).toEqual([
        ['满意', actionIds.recordSatisfied, value],
        ['基本满意', actionIds.recordBasicallySatisfied, value],
        ['不满意', actionIds.recordDissatisfied, value],
      ]);
      expect(text(shown)).toContain('第 1 轮答复已发给代表。收到代表评价后，请点击记录');
    }
    for (const user of ['UHAN', 'UDIV', 'UWLEAD', 'UMEM']) expect(buttonsOf(await showAs(user, '2026-0701'))).toEqual([]);
    // No reply sent yet: nothing to record.
    expect(buttonsOf(await showAs('UWLIA', '2026-0705'))).toEqual([]);
    // The office's 答复已发出 notice carries them too, for the round it announced.
    expect(buttonsOf(await replySentNotice('2026-0701', 1)).map((b) => b.value)).toEqual([value, value, value]);
  });

  it('records the liaison’s 满意 at once, in place, and closes the suggestion; 基本满意 with a promise open carries it to follow-up', async () => {
    const answer = await click('UWLIA', await showAs('UWLIA', '2026-0701'), actionIds.recordSatisfied);
    expect(answer.replace_original).toBe(true);
    expect(answer.text).toContain('已记录建议 *2026-0701* 的代表评价：满意。建议 *2026-0701* 已销号。');
    expect(await suggestionOf('2026-0701')).toMatchObject({ status: 'closed', round: 1 });
    expect(await verdictsOf('2026-0701')).toEqual(['1:satisfied::UWLIA']);
    expect(await h.db.$count(auditEvents, and(eq(auditEvents.action, 'suggestion.evaluate'), eq(auditEvents.actor, 'UWLIA')))).toBe(1);
    // The unit hears of it as it does of a verdict typed: in the suggestion's thread, and its handler.
    const told = (await h.drain()).filter((call: RecordedCall) => call.method === 'chat.postMessage');
    expect(told.filter((call) => text(call.args).includes('代表评价：满意')).map((call) => call.args.channel)).toEqual(
      expect.arrayContaining(['CWATER']),
    );
    // Nothing left to record: the buttons are gone from show.
    expect(buttonsOf(await showAs('UWLIA', '2026-0701'))).toEqual([]);

    const followup = await click('UWLIA', await showAs('UWLIA', '2026-0702'), actionIds.recordBasicallySatisfied);
    expect(followup.text).toContain('已记录建议 *2026-0702* 的代表评价：基本满意。建议 *2026-0702* 还有 1 项承诺事项未核销，转入跟踪');
    expect(await suggestionOf('2026-0702')).toMatchObject({ status: 'evaluated' });
  });

  it('asks for the reasons of 不满意 in a form, records them with the verdict and starts the next round', async () => {
    const shown = await showAs('UWLIA', '2026-0703');
    h.standIn.reset();
    await h.button('UWLIA', actionIds.recordDissatisfied, buttonsOf(shown)[2]!.value, shown);
    const [opened] = h.standIn.callsTo('views.open').map((call) => call.args.view as { callback_id: string; private_metadata: string });
    const round1 = `${ids.get('2026-0703')}:1`;
    expect(opened).toMatchObject({ callback_id: callbackIds.verdictModal, private_metadata: round1 });
    expect(text(opened)).toContain('2026-0703');
    expect(await verdictsOf('2026-0703')).toEqual([]);

    const reasons = (value: string) => ({ [verdictModalBlocks.reasons]: { [inputActionId]: { type: 'plain_text_input', value } } });
    const blank = await h.submitView('UWLIA', callbackIds.verdictModal, reasons('  '), round1);
    expect(blank.body.errors?.[verdictModalBlocks.reasons]).toBe('请写明代表不满意的理由。');
    expect(await verdictsOf('2026-0703')).toEqual([]);

    const done = await h.submitView('UWLIA', callbackIds.verdictModal, reasons('希望明确通水时间'), round1);
    expect(done.body.response_action).toBe('update');
    expect(text(done.body.view)).toContain('代表评价：不满意。建议 *2026-0703* 重新办理（第 2 轮）');
    expect(await verdictsOf('2026-0703')).toEqual(['1:dissatisfied:希望明确通水时间:UWLIA']);
    expect(await suggestionOf('2026-0703')).toMatchObject({ status: 'reopened', round: 2 });
    const calls = await h.drain();
    for (const to of ['CWATER', 'UHAN', 'UWLEAD'])
      expect(text(calls.filter((call) => call.args.channel === to))).toContain('希望明确通水时间');

    // The same form sent again, and the round-1 buttons (of show, and of the office's notice): nothing more is recorded.
    const again = await h.submitView('UWLIA', callbackIds.verdictModal, reasons('再说一次'), round1);
    expect(again.body.errors?.[verdictModalBlocks.reasons]).toBe('第 1 轮答复的代表评价已记录为「不满意」，没有改动。');
    const stale = await click('USUP', shown, actionIds.recordSatisfied);
    expect(stale.replace_original).toBe(false);
    expect(stale.text).toContain('第 1 轮答复的代表评价已记录为「不满意」，没有改动。');
    const notice = await replySentNotice('2026-0703', 1);
    expect((await click('USUP', notice, actionIds.recordBasicallySatisfied)).text).toContain('已记录为「不满意」');
    h.standIn.reset();
    expect((await click('USUP', notice, actionIds.recordDissatisfied)).text).toContain('已记录为「不满意」');
    expect(h.standIn.callsTo('views.open')).toEqual([]);
    expect(await verdictsOf('2026-0703')).toEqual(['1:dissatisfied:希望明确通水时间:UWLIA']);
    expect(await suggestionOf('2026-0703')).toMatchObject({ status: 'reopened', round: 2 });

    // Round 2's reply sent: its own notice and show offer round 2, and 满意 closes it.
    await sendReplyOf(h.db, '2026-0703', lead, new Date('2026-04-10T02:00:00Z'));
    const second = await replySentNotice('2026-0703', 2);
    expect(buttonsOf(second)[0]?.value).toBe(`${ids.get('2026-0703')}:2`);
    expect((await click('USUP', second, actionIds.recordSatisfied)).text).toContain('建议 *2026-0703* 已销号');
    expect(await verdictsOf('2026-0703')).toEqual(['1:dissatisfied:希望明确通水时间:UWLIA', '2:satisfied::USUP']);
  });

  it('refuses anyone else, a removed liaison and a second click, privately and changing nothing', async () => {
    const notice = await replySentNotice('2026-0704', 1);
    const shown = await showAs('UWLIA', '2026-0704');
    await h.command('USUP', 'unit member remove 水利厅 <@UEXLIA|qian>');
    for (const user of ['UHAN', 'UMEM', 'UWLEAD', 'UEXLIA', 'USTRANGER']) {
      const refused = await click(user, shown, actionIds.recordSatisfied);
      expect(refused.replace_original).toBe(false);
      expect(refused.text).toContain('这项操作需要以下角色之一：督办室、联络员');
    }
    h.standIn.reset();
    expect((await click('UEXLIA', shown, actionIds.recordDissatisfied)).text).toContain('需要以下角色之一：督办室、联络员');
    expect(h.standIn.callsTo('views.open')).toEqual([]);
    const forged = await h.submitView(
      'UHAN',
      callbackIds.verdictModal,
      { [verdictModalBlocks.reasons]: { [inputActionId]: { type: 'plain_text_input', value: '不满意' } } },
      `${ids.get('2026-0704')}:1`,
    );
    expect(forged.body.errors?.[verdictModalBlocks.reasons]).toContain('需要以下角色之一：督办室、联络员');
    expect(await verdictsOf('2026-0704')).toEqual([]);
    expect(await suggestionOf('2026-0704')).toMatchObject({ status: 'replied' });

    // The office records from its notice; the liaison's click on show comes second.
    expect((await click('USUP', notice, actionIds.recordSatisfied)).text).toContain('代表评价：满意');
    const second = await click('UWLIA', shown, actionIds.recordBasicallySatisfied);
    expect(second.replace_original).toBe(false);
    expect(second.text).toContain('第 1 轮答复的代表评价已记录为「满意」，没有改动。');
    expect(await verdictsOf('2026-0704')).toEqual(['1:satisfied::USUP']);
    // A value no message of the bot's holds is malformed.
    const before = h.responses().length;
    await h.button('UWLIA', actionIds.recordSatisfied, 'abc', shown);
    expect(text((await h.waitForResponses(before + 1)).at(-1)?.args)).toContain('收到的请求不完整，没有做任何改动');
  });

  it('is offered on the 办后反馈 line of the daily reminder, which the verdict then completes', async () => {
    // Weeks after the reply went out, 办后反馈 is owed: the deputy's verdict is what completes it.
    const at = new Date('2026-05-06T01:00:00Z');
    h.setNow(at);
    await queueDailyReminders(h.db, at, 'Asia/Shanghai');
    const reminders = new Map(
      (await h.db.select().from(outbox).where(eq(outbox.status, 'pending')))
        .filter((row) => (row.payload as { type: string }).type === 'reminder')
        .map((row) => [row.channel, noticeMessage(zhCN, row.payload as PostedNotice) as unknown as Message]),
    );
    const value = `${ids.get('2026-0706')}:1`;
    // The liaison, who hears from the deputy, is offered it; the handler, reminded of the same step, is not.
    const offered = reminders.get('UWLIA');
    expect(buttonsOf(offered!).some((b) => b.value === value)).toBe(true);
    expect(text(reminders.get('UHAN'))).toContain('办后反馈');
    expect(buttonsOf(reminders.get('UHAN')!)).toEqual([]);
    expect(text(offered)).toContain('办后反馈');
    const answer = await click('UWLIA', offered!, actionIds.recordSatisfied);
    expect(answer.text).toContain('已记录建议 *2026-0706* 的代表评价：满意。');
    expect(await verdictsOf('2026-0706')).toEqual(['1:satisfied::UWLIA']);
  });
});
