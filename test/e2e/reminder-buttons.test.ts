// The daily reminder as its reader uses it: one DM per person, and each line's buttons work.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, extensionRequests, milestones } from '../../src/db/schema.js';
import { queueDailyReminders } from '../../src/services/reports/queue-daily-reminders.js';
import { actionIds, callbackIds, extensionModalBlocks, inputActionId } from '../../src/slack/ids.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ supervisors: ['USUP'], now: '2026-03-02T01:00:00Z' });
  await h.command('USUP', 'unit add 省水利厅 alias:水利厅 liaison:<@UWLIA|wang>');
  for (const code of ['2026-0301', '2026-0302', '2026-0303']) await h.command('USUP', `assign ${code} lead:水利厅 handler:<@UHAN|han>`);
  await h.drain();
});
afterAll(async () => {
  await h?.close();
});

type Blocks = Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>;
const buttonsOf = (blocks: Blocks) => blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);

describe('the daily reminder in Slack', () => {
  it('arrives once per person and lets them mark a line done, leaving the other lines’ buttons', async () => {
    h.standIn.reset();
    // Thursday 03-05 09:00: 签收 is due today; 办前沟通 (03-16) is not yet within the window.
    await queueDailyReminders(h.db, new Date('2026-03-05T01:00:00Z'), 'Asia/Shanghai');
    const sent = await h.drain();
    const dms = sent.filter((call) => call.method === 'chat.postMessage');
    expect(dms.map((dm) => dm.args.channel).sort()).toEqual(['UHAN', 'UWLIA']);
    const handlerDm = dms.find((dm) => dm.args.channel === 'UHAN')!;
    expect(String(handlerDm.args.text)).toContain('您有 3 个时间节点：3 个将在 3 个工作日内到期。');

    // 签收 from the reminder line accepts that assignment, in place.
    const blocks = handlerDm.args.blocks as Blocks;
    const accept = buttonsOf(blocks).filter((e) => e.action_id === actionIds.acceptAssignment);
    expect(accept).toHaveLength(3);
    h.standIn.reset();
    await h.button('UHAN', actionIds.acceptAssignment, accept[0]!.value, { text: String(handlerDm.args.text), blocks });
    const [replaced] = await h.waitForResponses(1);
    expect(replaced?.args.replace_original).toBe(true);
    expect(buttonsOf(replaced?.args.blocks as Blocks).filter((e) => e.action_id === actionIds.acceptAssignment)).toHaveLength(2);
    expect(JSON.stringify(replaced?.args.blocks)).toContain('已签收建议 *2026-0301*');
  });

  it('marks a node done from its 完成 button once, refuses a stranger, and audits it', async () => {
    h.setNow('2026-03-16T01:00:00Z');
    await queueDailyReminders(h.db, new Date('2026-03-16T01:00:00Z'), 'Asia/Shanghai');
    const sent = await h.drain();
    const dm = sent.find((call) => call.method === 'chat.postMessage' && call.args.channel === 'UHAN')!;
    const blocks = dm.args.blocks as Blocks;
    const done = buttonsOf(blocks).filter((e) => e.action_id === actionIds.completeMilestone);
    expect(done.length).toBeGreaterThan(0);
    const message = { text: String(dm.args.text), blocks };

    h.standIn.reset();
    await h.button('USTRANGER', actionIds.completeMilestone, done[0]!.value, message);
    const [refused] = await h.waitForResponses(1);
    expect(refused?.args).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(refused?.args.text)).toContain('需要以下角色之一');
    const id = Number(done[0]!.value);
    expect((await h.db.select().from(milestones).where(eq(milestones.id, id)))[0]?.doneAt).toBeNull();

    h.standIn.reset();
    await h.button('UHAN', actionIds.completeMilestone, done[0]!.value, message);
    const [marked] = await h.waitForResponses(1);
    expect(marked?.args.replace_original).toBe(true);
    expect(JSON.stringify(marked?.args.blocks)).toMatch(/已将建议 \*2026-030\d\* 的「办前沟通」标记为完成（按期/);
    const [row] = await h.db.select().from(milestones).where(eq(milestones.id, id));
    expect(row?.doneBy).toBe('UHAN');
    expect(await h.db.$count(auditEvents, eq(auditEvents.action, 'milestone.complete'))).toBe(1);

    h.standIn.reset();
    await h.button('UHAN', actionIds.completeMilestone, done[0]!.value, message);
    const [again] = await h.waitForResponses(1);
    expect(String(again?.args.text)).toContain('已经标记完成');
    expect(await h.db.$count(auditEvents, eq(auditEvents.action, 'milestone.complete'))).toBe(1);
  });

  it('pushes a node not yet due to the next working day, and no further than its own date', async () => {
    // Tuesday 03-17: 初稿 and the later steps are weeks away; push one of them to Wednesday.
    const [open] = await h.db.select().from(milestones).where(eq(milestones.kind, 'draft')).limit(1);
    h.setNow('2026-03-17T01:00:00Z');
    h.standIn.reset();
    await h.button('UHAN', actionIds.snoozeMilestone, String(open!.id));
    const [pushed] = await h.waitForResponses(1);
    expect(String(pushed?.args.text)).toContain('将从 3月18日（周三） 起再提醒');
    expect((await h.db.select().from(milestones).where(eq(milestones.id, open!.id)))[0]?.remindFrom).toBe('2026-03-18');

    // A node due today cannot be pushed past its date.
    const [dueToday] = await h.db.select().from(milestones).where(eq(milestones.kind, 'pre_contact')).limit(1);
    h.setNow(`${dueToday!.plannedOn}T01:00:00Z`);
    await h.db.update(milestones).set({ doneAt: null, doneBy: null }).where(eq(milestones.id, dueToday!.id));
    h.standIn.reset();
    await h.button('UHAN', actionIds.snoozeMilestone, String(dueToday!.id));
    const [refused] = await h.waitForResponses(1);
    expect(String(refused?.args.text)).toContain('不能再推迟提醒');
    expect(await h.db.$count(auditEvents, eq(auditEvents.action, 'milestone.snooze'))).toBe(1);
  });

  it('opens the 沟通 and 申请延期 forms from a line, for the lead unit only, and the request reaches the office', async () => {
    h.setNow('2026-03-16T01:00:00Z');
    await queueDailyReminders(h.db, new Date('2026-03-18T01:00:00Z'), 'Asia/Shanghai');
    const dm = (await h.drain()).find((call) => call.method === 'chat.postMessage' && call.args.channel === 'UHAN')!;
    const buttons = buttonsOf(dm.args.blocks as Blocks);
    const extend = buttons.find((e) => e.action_id === actionIds.requestExtension)!;
    const contact = buttons.find((e) => e.action_id === actionIds.logContact)!;

    h.standIn.reset();
    await h.button('UHAN', actionIds.logContact, contact.value);
    await h.button('UHAN', actionIds.requestExtension, extend.value);
    const views = h.standIn
      .callsTo('views.open')
      .map((call) => call.args.view as { callback_id: string; private_metadata: string; blocks: unknown[] });
    expect(views.map((view) => view.callback_id)).toEqual([callbackIds.contactModal, callbackIds.extensionModal]);
    const form = views[1]!;
    expect(JSON.stringify(form.blocks)).toMatch(/现法定答复期限 6月2日（周二）；本会次最晚可延至 9月2日（周三）/);

    // Someone outside the unit gets no form, only why.
    h.standIn.reset();
    await h.button('USTRANGER', actionIds.requestExtension, extend.value);
    expect(String((await h.waitForResponses(1))[0]?.args.text)).toMatch(/需要以下角色之一：联络员、经办人/);
    expect(h.standIn.callsTo('views.open')).toEqual([]);

    const values = (due: string | null, reason: string) => ({
      [extensionModalBlocks.due]: { [inputActionId]: { type: 'datepicker', selected_date: due } },
      [extensionModalBlocks.reason]: { [inputActionId]: { type: 'plain_text_input', value: reason } },
    });
    const noReason = await h.submitView('UHAN', callbackIds.extensionModal, values('2026-07-31', ' '), form.private_metadata);
    expect(noReason.body.errors?.[extensionModalBlocks.reason]).toBe('请写明申请延期的理由。');
    const tooLate = await h.submitView('UHAN', callbackIds.extensionModal, values('2026-12-31', '需要调研'), form.private_metadata);
    expect(tooLate.body.errors?.[extensionModalBlocks.due]).toMatch(/最晚只能延至 9月2日（周三）/);
    expect(await h.db.$count(extensionRequests)).toBe(0);
    const sent = await h.submitView('UHAN', callbackIds.extensionModal, values('2026-07-31', '需要调研'), form.private_metadata);
    expect(JSON.stringify(sent.body.view)).toContain('延至 7月31日（周五），督办室已收到');
    const toOffice = (await h.drain()).filter((call) => call.method === 'chat.postMessage');
    expect(toOffice.map((call) => [call.args.channel, String(call.args.text).split(' · ')[0]])).toEqual([['USUP', '延期申请']]);
  });

  it('marks a step done from the buttons in `show`, for those who work on it only', async () => {
    h.setNow('2026-03-19T02:00:00Z');
    const stranger = await h.command('USTRANGER', 'show 2026-0303');
    expect(stranger.body.text).toMatch(/需要以下角色之一/);
    const shown = await h.command('UHAN', 'show 2026-0303');
    const steps = buttonsOf(shown.body.blocks as Blocks).filter((e) => e.action_id.startsWith(`${actionIds.completeMilestone}:`));
    // The steps at hand: the late ones and the next one due.
    expect(steps.length).toBeGreaterThanOrEqual(1);
    const [first] = steps;
    const [node] = await h.db
      .select()
      .from(milestones)
      .where(eq(milestones.id, Number(first!.value)));
    expect(node?.doneAt).toBeNull();
    h.standIn.reset();
    await h.button('UHAN', first!.action_id, first!.value);
    expect(String((await h.waitForResponses(1))[0]?.args.text)).toMatch(/已将建议 \*2026-0303\* 的「.+」标记为完成/);
    expect((await h.db.select().from(milestones).where(eq(milestones.id, node!.id)))[0]?.doneBy).toBe('UHAN');
    // The step's button is gone from the next `show`.
    const again = buttonsOf((await h.command('UHAN', 'show 2026-0303')).body.blocks as Blocks);
    expect(again.map((e) => e.value)).not.toContain(first!.value);
  });

  it('answers a malformed or unknown node privately and changes nothing', async () => {
    h.standIn.reset();
    await h.button('UHAN', actionIds.completeMilestone, 'not-a-number');
    await h.button('UHAN', actionIds.completeMilestone, '999999');
    const answers = await h.waitForResponses(2);
    expect(answers.map((a) => a.args.replace_original)).toEqual([false, false]);
    expect(answers.map((a) => String(a.args.text)).sort()).toEqual(
      [
        '收到的请求不完整，没有做任何改动。请重新操作一次；如果仍然不行，请联系督办室。',
        '这个时间节点已不存在。请用 `/suggest show <编号>` 查看最新情况。',
      ].sort(),
    );
  });
});
