import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { assignments, commitments, milestones, replies, suggestions } from '../../src/db/schema.js';
import type { ListFilter } from '../../src/domain/list-filter.js';
import { acceptAssignment } from '../../src/services/assignments/accept-assignment.js';
import { assignSuggestion } from '../../src/services/suggestions/assign-suggestion.js';
import { listPageSize, listSuggestions } from '../../src/services/suggestions/list-suggestions.js';
import { showSuggestion } from '../../src/services/suggestions/show-suggestion.js';
import { contextOf, people, seedOffice } from '../support/fixtures.js';
import { refusalOf } from '../support/refusal.js';
import { inRolledBackTransaction } from '../support/rollback.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();

/** Three suggestions: water leads one (with a handler) and co-handles one; the court leads the third. */
async function ledger(db: Database) {
  await seedOffice(db);
  const as = contextOf(db, people.supervisor);
  await assignSuggestion(as, {
    code: 'L-1',
    title: '河湖',
    lead: { text: '水利厅' },
    co: [],
    handlerUserId: people.handler,
    dueOn: '2026-05-29',
  });
  await assignSuggestion(as, { code: 'L-2', title: '养老', lead: { text: '民政厅' }, co: [{ text: '水利厅' }], dueOn: '2026-05-15' });
  await assignSuggestion(as, { code: 'L-3', title: '诉源', lead: { text: '省高院' }, co: [], dueOn: '2026-06-30' });
}

const codes = async (db: Database, actor: string, filter: ListFilter, at?: Date) =>
  (await listSuggestions(contextOf(db, actor, at), filter)).lines.map((line) => line.code);

describe('listSuggestions', () => {
  it('shows a supervisor the whole session, and anyone else only what involves them, nearest deadline first', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await ledger(db);
      expect(await codes(db, people.supervisor, { kind: 'all' })).toEqual(['L-2', 'L-1', 'L-3']);
      expect(await codes(db, people.waterLiaison, { kind: 'all' })).toEqual(['L-2', 'L-1']);
      // Naming a handler makes them that assignment's handler only: they see it, not the unit's others.
      expect(await codes(db, people.handler, { kind: 'all' })).toEqual(['L-1']);
      expect(await codes(db, people.stranger, { kind: 'all' })).toEqual([]);
    }));

  it('narrows by mine, unit, open, overdue, replied, closed and followup', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await ledger(db);
      expect(await codes(db, people.civilLiaison, { kind: 'mine' })).toEqual(['L-2']);
      expect(await codes(db, people.waterLiaison, { kind: 'mine' })).toEqual(['L-2', 'L-1']);
      // A handler's own are the assignments they handle, not everything their unit sees.
      expect(await codes(db, people.handler, { kind: 'mine' })).toEqual(['L-1']);
      // A supervisor's own are the ones they assigned.
      expect(await codes(db, people.supervisor, { kind: 'mine' })).toEqual(['L-2', 'L-1', 'L-3']);
      expect(await codes(db, people.supervisor, { kind: 'unit', unit: { text: '水利厅' } })).toEqual(['L-2', 'L-1']);
      expect(await codes(db, people.civilLiaison, { kind: 'unit', unit: { text: '水利厅' } })).toEqual(['L-2']);

      // 2026-03-06: every 签收 (due 03-05) is overdue until accepted.
      const later = new Date('2026-03-06T02:00:00Z');
      await acceptAssignment(contextOf(db, people.waterLiaison, later), { code: 'L-1' });
      await acceptAssignment(contextOf(db, people.waterLiaison, later), { code: 'L-2' });
      await acceptAssignment(contextOf(db, people.civilLiaison, later), { code: 'L-2' });
      expect(await codes(db, people.supervisor, { kind: 'overdue' }, later)).toEqual(['L-3']);

      const [l3] = await db.select().from(suggestions).where(eq(suggestions.code, 'L-3'));
      await db.update(suggestions).set({ status: 'closed' }).where(eq(suggestions.id, l3!.id));
      const [l1] = await db.select().from(suggestions).where(eq(suggestions.code, 'L-1'));
      await db.update(suggestions).set({ status: 'replied' }).where(eq(suggestions.id, l1!.id));
      expect(await codes(db, people.supervisor, { kind: 'open' })).toEqual(['L-2', 'L-1']);
      expect(await codes(db, people.supervisor, { kind: 'closed' })).toEqual(['L-3']);
      expect(await codes(db, people.supervisor, { kind: 'replied' })).toEqual(['L-1']);

      const [reply] = await db
        .insert(replies)
        .values({
          suggestionId: l3!.id,
          replyClass: 'B',
          summary: '列入计划',
          status: 'sent',
          sentOn: '2026-05-20',
          draftedBy: people.handler,
        })
        .returning();
      await db.insert(commitments).values({ replyId: reply!.id, seq: 1, description: '年内出台办法', dueOn: '2026-12-31' });
      expect(await codes(db, people.supervisor, { kind: 'followup' })).toEqual(['L-3']);
    }));

  it('counts open and overdue nodes, and pages with the total', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await seedOffice(db);
      const as = contextOf(db, people.supervisor);
      for (let i = 1; i <= listPageSize + 5; i += 1) {
        await assignSuggestion(as, { code: `P-${String(i).padStart(2, '0')}`, lead: { text: '省高院' }, co: [{ text: '水利厅' }] });
      }
      const list = await listSuggestions(contextOf(db, people.waterLiaison, new Date('2026-03-06T02:00:00Z')), { kind: 'all' });
      expect(list.total).toBe(listPageSize + 5);
      expect(list.lines).toHaveLength(listPageSize);
      // Lead: 9 open nodes, co: 3; only the two 签收 (due 03-05) are overdue on 03-06.
      expect(list.lines[0]).toMatchObject({
        code: 'P-01',
        leadUnit: '省高院',
        nextNodeOn: '2026-03-05',
        overdueNodes: 2,
        status: 'assigned',
      });
      const [count] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(milestones)
        .innerJoin(assignments, eq(assignments.id, milestones.assignmentId))
        .innerJoin(suggestions, and(eq(suggestions.id, assignments.suggestionId), eq(suggestions.code, 'P-01')));
      expect(count?.n).toBe(12);
    }));

  it('never counts the close of the transfer window as an open or overdue step', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await seedOffice(db);
      await assignSuggestion(contextOf(db, people.supervisor), { code: 'W-1', lead: { text: '水利厅' }, co: [] });
      await acceptAssignment(contextOf(db, people.waterLiaison, new Date('2026-03-03T02:00:00Z')), { code: 'W-1' });
      // 03-12: the window closed on 03-09; the next step is 办前沟通 on 03-16.
      const at = new Date('2026-03-12T02:00:00Z');
      const list = await listSuggestions(contextOf(db, people.waterLiaison, at), { kind: 'all' });
      expect(list.lines[0]).toMatchObject({ code: 'W-1', nextNodeOn: '2026-03-16', overdueNodes: 0 });
      expect(await codes(db, people.supervisor, { kind: 'overdue' }, at)).toEqual([]);
    }));
});

describe('showSuggestion', () => {
  it('shows the suggestion with each unit, lead first, and its nodes in date order', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await ledger(db);
      const at = new Date('2026-03-04T02:00:00Z');
      await acceptAssignment(contextOf(db, people.civilLiaison, at), { code: 'L-2' });
      const detail = await showSuggestion(contextOf(db, people.waterLiaison), { code: 'L-2' });
      expect(detail.suggestion).toMatchObject({ code: 'L-2', title: '养老', statutoryDueOn: '2026-05-15', internalDueOn: '2026-04-30' });
      expect(detail.assignments.map((a) => [a.unitName, a.role, a.status])).toEqual([
        ['省民政厅', 'lead', 'accepted'],
        ['省水利厅', 'co', 'pending'],
      ]);
      expect(detail.assignments[0]?.acceptedAt).toEqual(at);
      const lead = detail.assignments[0]!.milestones;
      expect(lead[0]).toEqual({ id: expect.any(Number), kind: 'accept', plannedOn: '2026-03-05', doneAt: at });
      // The water liaison works on the co part, not the lead's: buttons only for what they may do.
      expect(detail.assignments.map((a) => [a.mayAccept, a.mayComplete])).toEqual([
        [false, false],
        [true, true],
      ]);
      expect(lead.map((n) => n.plannedOn)).toEqual([...lead.map((n) => n.plannedOn)].sort());
    }));

  it('refuses someone the suggestion does not involve, and an unknown code with the nearest one', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await ledger(db);
      expect(await refusalOf(showSuggestion(contextOf(db, people.civilLiaison), { code: 'L-1' }))).toEqual({
        code: 'forbidden',
        needs: ['supervisor', 'member'],
      });
      expect(await refusalOf(showSuggestion(contextOf(db, people.handler), { code: 'L-9' }))).toMatchObject({
        code: 'unknown_suggestion',
        closest: 'L-1',
      });
      // A hint never names a suggestion the person could not open.
      expect(await refusalOf(showSuggestion(contextOf(db, people.stranger), { code: 'L-9' }))).toEqual({
        code: 'unknown_suggestion',
        given: 'L-9',
      });
      // A unit whose assignment was transferred away no longer sees the suggestion.
      const [l2] = await db.select().from(suggestions).where(eq(suggestions.code, 'L-2'));
      await db
        .update(assignments)
        .set({ status: 'transferred' })
        .where(and(eq(assignments.suggestionId, l2!.id), eq(assignments.role, 'co')));
      expect(await refusalOf(showSuggestion(contextOf(db, people.waterLiaison), { code: 'L-2' }))).toMatchObject({ code: 'forbidden' });
      // The handler named on an assignment sees it even without a unit role.
      expect((await showSuggestion(contextOf(db, people.handler), { code: 'L-1' })).suggestion.code).toBe('L-1');
    }));
});
