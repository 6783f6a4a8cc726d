// The daily reminder as its reader uses it: one DM per person, and each line's buttons work.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, milestones } from '../../src/db/schema.js';
import { queueDailyReminders } from '../../src/services/queue-daily-reminders.js';
import { actionIds } from '../../src/slack/ids.js';
import { startHarness, type Harness } from '../support/harness.js';

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
    expect(String(handlerDm.args.text)).toContain('你有 3 个时间节点：0 个已逾期，3 个将在 3 个工作日内到期。');

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
    const [open] = await h.db
      .select()
      .from(milestones)
      .where(eq(milestones.kind, 'draft'))
      .limit(1);
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

  it('answers a malformed or unknown node privately and changes nothing', async () => {
    h.standIn.reset();
    await h.button('UHAN', actionIds.completeMilestone, 'not-a-number');
    await h.button('UHAN', actionIds.completeMilestone, '999999');
    const answers = await h.waitForResponses(2);
    expect(answers.map((a) => a.args.replace_original)).toEqual([false, false]);
    expect(answers.map((a) => String(a.args.text)).sort()).toEqual(
      ['收到的请求不完整，没有做任何改动。请重新操作一次；如果仍然不行，请联系督办室。', '这个时间节点已不存在。请用 `/suggest show <编号>` 查看最新情况。'].sort(),
    );
  });
});
