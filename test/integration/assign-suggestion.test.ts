import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { assignments, auditEvents, members, milestones, outbox, suggestions } from '../../src/db/schema.js';
import { startSession } from '../../src/services/sessions/start-session.js';
import { assignSuggestion } from '../../src/services/suggestions/assign-suggestion.js';
import { contextOf, people, rowCount, seedOffice } from '../support/fixtures.js';
import { refusalOf } from '../support/refusal.js';
import { inRolledBackTransaction } from '../support/rollback.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();

describe('assignSuggestion', () => {
  it('stores the suggestion, its lead and co assignments, every planned node, the audit and the notices at once', () =>
    inRolledBackTransaction(database().db, async (db) => {
      const { water, civil } = await seedOffice(db);
      const result = await assignSuggestion(contextOf(db, people.supervisor), {
        code: '2026-0101',
        title: '关于推进河湖长制的建议',
        lead: { text: '水利厅' },
        co: [{ text: '省民政厅' }],
        handlerUserId: people.handler,
      });
      // Assigned Monday 2026-03-02: +3 working days is Thursday 03-05; +3 months 06-02; −15 days 05-18.
      expect(result).toMatchObject({
        code: '2026-0101',
        leadUnit: '省水利厅',
        coUnits: ['省民政厅'],
        acceptBy: '2026-03-05',
        statutoryDueOn: '2026-06-02',
        internalDueOn: '2026-05-18',
      });

      const [stored] = await db.select().from(suggestions).where(eq(suggestions.code, '2026-0101'));
      expect(stored).toMatchObject({
        assignedOn: '2026-03-02',
        statutoryDueOn: '2026-06-02',
        internalDueOn: '2026-05-18',
        createdBy: people.supervisor,
      });
      const rows = await db.select().from(assignments).where(eq(assignments.suggestionId, stored!.id));
      expect(rows.map((a) => [a.unitId, a.role, a.status, a.handlerUserId]).sort()).toEqual(
        [
          [civil.id, 'co', 'pending', null],
          [water.id, 'lead', 'pending', people.handler],
        ].sort(),
      );

      const lead = rows.find((a) => a.role === 'lead')!;
      const leadNodes = await db.select().from(milestones).where(eq(milestones.assignmentId, lead.id));
      const byKind = Object.fromEntries(leadNodes.map((n) => [n.kind, n.plannedOn]));
      // Counted by hand on the 2026 calendar: D = Monday 05-18; May Day 05-01..05-05 is off and Saturday
      // 05-09 is an adjusted workday, so D−6 lands on that Saturday and D−10 jumps back to 04-30.
      expect(byKind).toEqual({
        accept: '2026-03-05',
        transfer_window: '2026-03-09',
        pre_contact: '2026-03-16',
        draft: '2026-04-23',
        division_review: '2026-04-30',
        leader_review: '2026-05-09',
        head_signoff: '2026-05-13',
        reply: '2026-05-18',
        feedback: '2026-06-01',
      });
      const co = rows.find((a) => a.role === 'co')!;
      const coNodes = await db.select().from(milestones).where(eq(milestones.assignmentId, co.id));
      expect(Object.fromEntries(coNodes.map((n) => [n.kind, n.plannedOn]))).toEqual({
        accept: '2026-03-05',
        transfer_window: '2026-03-09',
        co_opinion: '2026-04-02',
      });

      // The handler named is the lead assignment's handler, and no more: no role in the unit.
      expect(lead.handlerUserId).toBe(people.handler);
      const handlerRole = await db
        .select()
        .from(members)
        .where(and(eq(members.userId, people.handler), eq(members.unitId, water.id)));
      expect(handlerRole).toEqual([]);

      const queued = await db.select().from(outbox);
      expect(queued.map((m) => [m.channel, m.idempotencyKey]).sort()).toEqual(
        [
          [people.handler, `assigned:${lead.id}:handler:${people.handler}`],
          [people.waterLiaison, `assigned:${lead.id}:liaison:${people.waterLiaison}`],
          ['CWATER', `assigned:${lead.id}:channel:CWATER`],
          [people.civilLiaison, `assigned:${co.id}:liaison:${people.civilLiaison}`],
          ['CCIVIL', `assigned:${co.id}:channel:CCIVIL`],
        ].sort(),
      );
      expect(result.notified).toBe(5);

      const audit = await db.select().from(auditEvents).where(eq(auditEvents.action, 'suggestion.assign'));
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actor: people.supervisor, entity: 'suggestion', entityId: String(stored!.id) });
      const roleAudit = await db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.entityId, String(water.id)));
      expect(roleAudit.filter((a) => a.action === 'unit.member.add').map((a) => a.after)).not.toContainEqual({
        userId: people.handler,
        role: 'handler',
      });
    }));

  it('names up to three open suggestions of the session with titles like the new one’s, most alike first', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await seedOffice(db);
      const assign = (code: string, title: string, at?: Date) =>
        assignSuggestion(contextOf(db, people.supervisor, at), { code, title, lead: { text: '水利厅' }, co: [] });
      await assign('P-1', '关于推进河湖长制落地见效的建议');
      const now = new Date('2027-01-04T02:00:00Z');
      await startSession(contextOf(db, people.supervisor, now), { name: '2027' });
      await assign('O-1', '关于东川市推进河湖长制落地见效的建议', now);
      await assign('O-2', '关于推进河湖长制落地见效的建议', now);
      await assign('O-3', '关于推进河湖长制的建议', now);
      await assign('O-4', '关于西岭市推进河湖长制落地见效的建议', now);
      await assign('O-5', '关于进一步推进河湖长制落地见效的建议', now);
      await assign('O-6', '关于推进幸福河湖建设的建议', now);
      await assign('O-7', '', now);
      await db.update(suggestions).set({ status: 'closed' }).where(eq(suggestions.code, 'O-5'));

      const result = await assign('N-1', '关于推进河湖长制落地见效的建议。', now);
      // O-2 the same topic (1), O-1 and O-4 a place added (0.857 each, in code order); O-3 (0.714)
      // would be a fourth; O-5 is as alike but closed, P-1 an earlier session's, O-6 another ask.
      expect(result.similar).toEqual([
        { code: 'O-2', title: '关于推进河湖长制落地见效的建议' },
        { code: 'O-1', title: '关于东川市推进河湖长制落地见效的建议' },
        { code: 'O-4', title: '关于西岭市推进河湖长制落地见效的建议' },
      ]);
      expect((await assign('N-2', '', now)).similar).toEqual([]);
      expect((await assign('N-3', '关于的建议', now)).similar).toEqual([]);
    }));

  it('takes a given due date and plans the internal one 15 days earlier', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await seedOffice(db);
      const result = await assignSuggestion(contextOf(db, people.supervisor), {
        code: 'X-1',
        lead: { text: '省高院' },
        co: [],
        dueOn: '2026-07-31',
      });
      expect(result).toMatchObject({ statutoryDueOn: '2026-07-31', internalDueOn: '2026-07-16' });
    }));

  const unchanged = async (db: Parameters<typeof rowCount>[0], work: () => Promise<unknown>) => {
    const tables = [suggestions, assignments, milestones, outbox, auditEvents];
    const before = await Promise.all(tables.map((t) => rowCount(db, t)));
    const problem = await refusalOf(work());
    expect(await Promise.all(tables.map((t) => rowCount(db, t)))).toEqual(before);
    return problem;
  };

  it('refuses a code already assigned in the session, changing nothing', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await seedOffice(db);
      const as = contextOf(db, people.supervisor);
      await assignSuggestion(as, { code: '2026-0001', lead: { text: '省高院' }, co: [] });
      expect(await unchanged(db, () => assignSuggestion(as, { code: '2026-0001', lead: { text: '水利厅' }, co: [] }))).toEqual({
        code: 'duplicate_code',
        given: '2026-0001',
      });
    }));

  it('refuses an unknown unit and names the closest one', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await seedOffice(db);
      const problem = await unchanged(db, () =>
        assignSuggestion(contextOf(db, people.supervisor), { code: '2026-0002', lead: { text: '省水力厅' }, co: [] }),
      );
      expect(problem).toEqual({ code: 'unknown_unit', given: '省水力厅', closest: '省水利厅' });
      const co = await unchanged(db, () =>
        assignSuggestion(contextOf(db, people.supervisor), { code: '2026-0002', lead: { text: '省高院' }, co: [{ text: '民正厅' }] }),
      );
      expect(co).toMatchObject({ code: 'unknown_unit', closest: '省民政厅' });
    }));

  it('refuses someone who is not in the supervision office', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await seedOffice(db);
      for (const actor of [people.waterLiaison, people.stranger]) {
        expect(
          await unchanged(db, () => assignSuggestion(contextOf(db, actor), { code: '2026-0003', lead: { text: '省高院' }, co: [] })),
        ).toEqual({
          code: 'forbidden',
          needs: ['supervisor'],
        });
      }
    }));

  it('refuses a due date not after today, or beyond the longest allowed, and a lead named as co', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await seedOffice(db);
      const as = contextOf(db, people.supervisor);
      expect(
        await unchanged(db, () => assignSuggestion(as, { code: 'D-1', lead: { text: '省高院' }, co: [], dueOn: '2026-03-02' })),
      ).toMatchObject({
        code: 'due_not_after_assignment',
      });
      expect(
        await unchanged(db, () => assignSuggestion(as, { code: 'D-2', lead: { text: '省高院' }, co: [], dueOn: '2026-09-03' })),
      ).toMatchObject({
        code: 'due_beyond_limit',
        months: 6,
      });
      expect(await unchanged(db, () => assignSuggestion(as, { code: 'D-3', lead: { text: '省高院' }, co: [{ text: '省高院' }] }))).toEqual({
        code: 'lead_also_co',
        unitName: '省高院',
      });
    }));

  it('lets a unit be picked by its bound channel', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await seedOffice(db);
      const result = await assignSuggestion(contextOf(db, people.supervisor), {
        code: 'C-1',
        lead: { text: '<#CCIVIL|civil>', channelId: 'CCIVIL' },
        co: [],
      });
      expect(result.leadUnit).toBe('省民政厅');
    }));
});
