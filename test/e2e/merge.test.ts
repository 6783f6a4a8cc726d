// 并案 (`/suggest merge <code> into <main>`): several deputies propose the same thing and one unit
// answers them once. Through Slack, as the office and the lead unit use it.
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignments, auditEvents, extensionRequests, milestones, replies, suggestions } from '../../src/db/schema.js';
import { jobDefinitions } from '../../src/jobs/definitions.js';
import { readStatistics } from '../../src/services/figures/read-statistics.js';
import type { RecordedCall } from '../../tools/slack-stand-in/types.js';
import { type Harness, startHarness } from '../support/harness.js';
import { sendReplyOf } from '../support/sent-replies.js';

const people = { liaison: 'UWLIA', handler: 'UHAN', division: 'UDIV', leader: 'UWLEAD', head: 'UHEAD' };

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ supervisors: ['USUP'], now: '2026-03-02T01:00:00Z' });
  await h.command('USUP', 'unit add 省水利厅 alias:水利厅 liaison:<@UWLIA|wang>');
  await h.command('USUP', 'unit add 省民政厅 alias:民政厅 liaison:<@UMLIA|zhao>');
  for (const [user, role] of [
    ['<@UDIV|chen>', '处室负责人'],
    ['<@UWLEAD|li>', '分管领导'],
    ['<@UHEAD|liu>', '主要领导'],
  ])
    await h.command('USUP', `unit member 水利厅 ${user} ${role}`);
  for (const code of ['2026-0801', '2026-0802', '2026-0803', '2026-0804'])
    await h.command('USUP', `assign ${code} lead:水利厅 handler:<@UHAN|han> title:关于推进河湖长制落地见效的建议`);
  await h.command('USUP', 'assign 2026-0805 lead:民政厅 title:关于推进河湖长制的建议');
  await h.drain();
});
afterAll(async () => {
  await h?.close();
});

const posts = (calls: RecordedCall[]) => calls.filter((call) => call.method === 'chat.postMessage');
const mergedInto = async (code: string) => {
  const [row] = await h.db.select({ id: suggestions.mergedIntoId }).from(suggestions).where(eq(suggestions.code, code));
  if (!row?.id) return null;
  const [main] = await h.db.select({ code: suggestions.code }).from(suggestions).where(eq(suggestions.id, row.id));
  return main?.code ?? null;
};
const liveUnitsOf = async (code: string) =>
  h.db
    .select({ id: assignments.id, status: assignments.status })
    .from(assignments)
    .innerJoin(suggestions, eq(suggestions.id, assignments.suggestionId))
    .where(and(eq(suggestions.code, code), inArray(assignments.status, ['pending', 'accepted'])));

describe('并案', () => {
  it('refuses what cannot be merged, saying what to do instead, and changes nothing', async () => {
    expect(await h.said('UWLIA', 'merge 2026-0802 into 2026-0801')).toMatch(/需要以下角色之一：督办室/);
    expect(await h.said('USUP', 'merge 2026-0802 into 2026-0802')).toMatch(/^不能把建议 \*2026-0802\* 并入它自己/);
    expect(await h.said('USUP', 'merge 2026-0805 into 2026-0801')).toBe(
      '建议 *2026-0805* 由「省民政厅」主办，*2026-0801* 由「省水利厅」主办，主办单位不同，不能并案。如确属同一单位职责，请先用 `/suggest transfer` 调整主办单位。',
    );
    expect(await h.said('USUP', 'merge 2026-0899 into 2026-0801')).toMatch(/2026-0899/);
    expect(await h.said('USUP', 'merge 2026-0802 2026-0801')).toMatch(/merge <编号> into <主件编号>/);
    expect(await mergedInto('2026-0802')).toBeNull();
    expect(posts(await h.drain())).toEqual([]);
  });

  it('merges: the merged one’s steps end, its requests are withdrawn, and the lead unit is told to answer the main one', async () => {
    h.setNow('2026-03-03T02:00:00Z');
    await h.command('UWLIA', 'extend 2026-0802 2026-07-31 需要协调');
    await h.drain();
    expect(await h.said('USUP', 'merge 2026-0802 into 2026-0801')).toBe(
      '已将建议 *2026-0802* 并入 *2026-0801* 办理：「省水利厅」只需对 *2026-0801* 写一份答复，发出后视同对两件都已答复；两个编号都可查看，代表评价各自记录。*2026-0802* 原有的时间节点不再提醒，其 1 项待决定的申请已撤销。已通知主办单位。',
    );
    expect(await mergedInto('2026-0802')).toBe('2026-0801');
    expect(await liveUnitsOf('2026-0802')).toEqual([]);
    expect(await h.db.$count(extensionRequests, eq(extensionRequests.status, 'cancelled'))).toBe(1);
    const told = posts(await h.drain());
    expect(told.map((call) => call.args.channel).sort()).toEqual(['UHAN', 'UWLIA', 'UWLIA']);
    const notice = told.find((call) => String(call.args.text).startsWith('并案办理'));
    expect(JSON.stringify(notice?.args.blocks)).toContain('将建议 *2026-0802* 关于推进河湖长制落地见效的建议 并入 *2026-0801*');
    expect(told.some((call) => JSON.stringify(call.args.blocks).includes('已自动撤销'))).toBe(true);
    expect(await h.db.$count(auditEvents, eq(auditEvents.action, 'suggestion.merge'))).toBe(1);

    expect(await h.said('USUP', 'merge 2026-0803 into 2026-0801')).toMatch(/^已将建议 \*2026-0803\* 并入 \*2026-0801\*/);
    await h.drain();
  });

  it('refuses chains and merging twice', async () => {
    expect(await h.said('USUP', 'merge 2026-0804 into 2026-0802')).toBe(
      '建议 *2026-0802* 本身已并入 *2026-0801*，不能再作为主件。请并入 *2026-0801*：`/suggest merge <编号> into 2026-0801`。',
    );
    expect(await h.said('USUP', 'merge 2026-0801 into 2026-0804')).toBe(
      '已有建议（2026-0802、2026-0803）并入 *2026-0801*，它不能再并入别的建议。请把要并案的建议都并入同一件主件，或把别的建议并入 *2026-0801*。',
    );
    expect(await h.said('USUP', 'merge 2026-0802 into 2026-0804')).toMatch(/^建议 \*2026-0802\* 已并入 \*2026-0801\* 办理，没有改动。/);
  });

  it('shows each code with the other, lists the merged ones with their main one, and reminds of the steps once', async () => {
    const main = JSON.stringify((await h.command('UHAN', 'show 2026-0801')).body.blocks);
    expect(main).toContain('并入本件的建议：*2026-0802*、*2026-0803*');
    const merged = JSON.stringify((await h.command('UHAN', 'show 2026-0802')).body.blocks);
    expect(merged).toContain('已并入 *2026-0801*');
    expect(merged).toContain('省水利厅');
    // Its reply is written on the main one: no 写答复 on the merged code.
    expect(merged).not.toContain('reply.write');
    const listed = JSON.stringify((await h.command('UWLIA', 'list')).body.blocks);
    expect(listed).toContain('（并入 2026-0801）');

    // 签收 was due 03-05: on 03-06 the handler hears of 0801 and 0804, not of the merged ones.
    await jobDefinitions.reminders.run(h.db, new Date('2026-03-06T01:00:00Z'), 'Asia/Shanghai');
    const reminder = posts(await h.drain()).find((call) => call.args.channel === 'UHAN');
    const text = JSON.stringify(reminder?.args.blocks);
    expect(text).toContain('2026-0801');
    expect(text).toContain('2026-0804');
    expect(text).not.toContain('2026-0802');
    expect(text).not.toContain('2026-0803');
  });

  it('undoes a merge before the reply: handled on its own again with fresh steps from today, its unit told', async () => {
    h.setNow('2026-03-09T02:00:00Z');
    expect(await h.said('USUP', 'merge undo 2026-0803')).toBe(
      '已撤销并案：建议 *2026-0803* 不再随 *2026-0801* 办理，恢复单独办理，时间节点从今天起重新排定，已通知承办单位。',
    );
    expect(await mergedInto('2026-0803')).toBeNull();
    const [restored] = await liveUnitsOf('2026-0803');
    expect(restored?.status).toBe('pending');
    const [accept] = await h.db
      .select({ plannedOn: milestones.plannedOn })
      .from(milestones)
      .where(and(eq(milestones.assignmentId, restored!.id), eq(milestones.kind, 'accept')));
    expect(accept?.plannedOn).toBe('2026-03-12'); // 3 working days from Monday 03-09
    const told = posts(await h.drain());
    expect(told.some((call) => call.args.channel === 'UHAN' && JSON.stringify(call.args).includes('2026-0803'))).toBe(true);
    expect(await h.said('USUP', 'merge undo 2026-0803')).toBe('建议 *2026-0803* 没有并入别的建议，没有改动。');
  });

  it('answers both with one reply; each deputy’s verdict is recorded on its own code and counted once each', async () => {
    expect(await h.said('UHAN', 'reply 2026-0802')).toBe(
      '建议 *2026-0802* 已并入 *2026-0801* 办理，答复写在 *2026-0801* 上：`/suggest reply 2026-0801`。答复发出后视同对两件都已答复。',
    );
    h.setNow('2026-05-11T02:00:00Z');
    await sendReplyOf(h.db, '2026-0801', people, new Date('2026-05-11T02:00:00Z'));
    await h.drain();
    const state = async (code: string) => {
      const [row] = await h.db.select().from(suggestions).where(eq(suggestions.code, code));
      return `${row!.status}:${row!.round}`;
    };
    expect([await state('2026-0801'), await state('2026-0802')]).toEqual(['replied:1', 'replied:1']);
    const [copy] = await h.db
      .select({ sentOn: replies.sentOn, status: replies.status })
      .from(replies)
      .innerJoin(suggestions, eq(suggestions.id, replies.suggestionId))
      .where(eq(suggestions.code, '2026-0802'));
    expect(copy).toEqual({ sentOn: '2026-05-11', status: 'sent' });
    expect(await h.said('USUP', 'merge undo 2026-0802')).toMatch(
      /^\*2026-0801\* 的答复已经发出，视同对 \*2026-0802\* 的答复，不能再撤销并案。/,
    );

    expect(await h.said('USUP', 'evaluate 2026-0801 满意')).toMatch(/^已记录建议 \*2026-0801\* 的代表评价：满意。/);
    // The workload once: 0802 goes with its main one; its verdict, not yet given, will count on its own.
    const water = async () =>
      (
        await readStatistics(
          { db: h.db, actor: 'USUP', now: new Date('2026-05-12T02:00:00Z'), timezone: 'Asia/Shanghai' },
          { period: 'year' },
        )
      ).statistics.byUnit.find((unit) => unit.unitName === '省水利厅')!.figures;
    expect(await water()).toMatchObject({ lead: 3, replied: { count: 1, of: 3 }, satisfied: { count: 1, of: 1 } });

    // The merged one's deputy is dissatisfied: a new round for it alone, handled on its own from now on.
    expect(await h.said('UWLIA', 'evaluate 2026-0802 不满意 希望明确整改时间')).toMatch(
      /^已记录建议 \*2026-0802\* 的代表评价：不满意。建议 \*2026-0802\* 重新办理（第 2 轮）/,
    );
    expect([await state('2026-0801'), await state('2026-0802')]).toEqual(['closed:1', 'reopened:2']);
    expect(await mergedInto('2026-0802')).toBeNull();
    const [lead] = await liveUnitsOf('2026-0802');
    expect(lead?.status).toBe('accepted');
    const roundTwo = await h.db.$count(milestones, and(eq(milestones.assignmentId, lead!.id), eq(milestones.round, 2)));
    expect(roundTwo).toBeGreaterThan(3);
    expect(JSON.stringify((await h.command('UHAN', 'show 2026-0801')).body.blocks)).not.toContain('并入本件');
    expect(await water()).toMatchObject({ lead: 4, satisfied: { count: 1, of: 2 } });
    expect(posts(await h.drain()).some((call) => JSON.stringify(call.args).includes('重新办理（第 2 轮）'))).toBe(true);
  });
});
