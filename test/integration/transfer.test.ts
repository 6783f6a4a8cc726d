import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { assignments, milestones, outbox, transferRequests } from '../../src/db/schema.js';
import { decideExtension } from '../../src/services/requests/decide-extension.js';
import { decideTransfer } from '../../src/services/requests/decide-transfer.js';
import { requestExtension } from '../../src/services/requests/request-extension.js';
import { requestTransfer } from '../../src/services/requests/request-transfer.js';
import { assignSuggestion } from '../../src/services/suggestions/assign-suggestion.js';
import { addUnitMember } from '../../src/services/units/add-unit-member.js';
import { contextOf, joinOffice, people, seedOffice } from '../support/fixtures.js';
import { refusalOf } from '../support/refusal.js';
import { inRolledBackTransaction } from '../support/rollback.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();
const wednesday = new Date('2026-03-04T02:00:00Z');

async function transferAsked(db: Database) {
  await seedOffice(db);
  await assignSuggestion(contextOf(db, people.supervisor), {
    code: '2026-0701',
    lead: { text: '水利厅' },
    co: [],
    handlerUserId: people.handler,
  });
  const { requestId } = await requestTransfer(contextOf(db, people.waterLiaison, wednesday), {
    code: '2026-0701',
    reason: '应由省高院办理',
  });
  return requestId;
}

const nodesOf = async (db: Database, assignmentId: number) =>
  Object.fromEntries(
    (await db.select().from(milestones).where(eq(milestones.assignmentId, assignmentId))).map((n) => [n.kind, n.plannedOn]),
  );

describe('decideTransfer', () => {
  it('plans the new unit from its own start, and keeps doing so when an extension re-plans the suggestion', () =>
    inRolledBackTransaction(database().db, async (db) => {
      const requestId = await transferAsked(db);
      await decideTransfer(contextOf(db, people.supervisor, wednesday), { requestId, approve: true, toUnit: { text: '省高院' } });
      const [taken] = await db.select().from(assignments).where(eq(assignments.status, 'pending'));
      expect(taken?.startedOn).toBe('2026-03-04');
      expect((await nodesOf(db, taken!.id)).accept).toBe('2026-03-09');

      // The court asks for more time; the office approves; its forward steps stay counted from 3-04.
      await addUnitMember(contextOf(db, people.supervisor), { unit: { text: '省高院' }, userId: 'UCOURTLIA', role: 'liaison' });
      const { requestId: extension } = await requestExtension(contextOf(db, 'UCOURTLIA', wednesday), {
        code: '2026-0701',
        dueOn: '2026-08-31',
        reason: '需要调研',
      });
      const decision = await decideExtension(contextOf(db, people.supervisor, wednesday), { requestId: extension, approve: true });
      expect(decision.moved).toBeGreaterThan(0);
      const plan = await nodesOf(db, taken!.id);
      expect(plan.accept).toBe('2026-03-09');
      expect(plan.reply).toBe('2026-08-14');
    }));

  it('plans a unit that takes over late in order within the time left, and says which of its steps share a day', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await seedOffice(db);
      // Assigned Monday 2 Mar, due 1 Apr: the internal deadline is Tuesday 17 Mar.
      const assigned = await assignSuggestion(contextOf(db, people.supervisor), {
        code: '2026-0703',
        lead: { text: '水利厅' },
        co: [],
        dueOn: '2026-04-01',
      });
      expect(assigned).toMatchObject({ internalDueOn: '2026-03-17', sharedDays: [] });
      const { requestId } = await requestTransfer(contextOf(db, people.waterLiaison, wednesday), {
        code: '2026-0703',
        reason: '应由省高院办理',
      });
      // Handed over Thursday 12 Mar: 3 working days left for 8 steps.
      const late = new Date('2026-03-12T02:00:00Z');
      const decision = await decideTransfer(contextOf(db, people.supervisor, late), {
        requestId,
        approve: true,
        toUnit: { text: '省高院' },
      });
      expect(decision.sharedDays.length).toBeGreaterThan(0);
      const [taken] = await db.select().from(assignments).where(eq(assignments.status, 'pending'));
      const plan = await nodesOf(db, taken!.id);
      expect(plan).toMatchObject({ accept: '2026-03-13', pre_contact: '2026-03-13', division_review: '2026-03-16', reply: '2026-03-17' });
      const order = ['accept', 'transfer_window', 'pre_contact', 'draft', 'division_review', 'leader_review', 'head_signoff', 'reply'];
      const dates = order.map((kind) => plan[kind]!);
      expect([...dates].sort()).toEqual(dates);
      expect(decision.sharedDays.flatMap((day) => day.kinds)).toContain('reply');
    }));

  it('refuses to reassign to the unit that has it, and leaves everything as it was', () =>
    inRolledBackTransaction(database().db, async (db) => {
      const requestId = await transferAsked(db);
      const queued = (await db.select().from(outbox)).length;
      const problem = await refusalOf(
        decideTransfer(contextOf(db, people.supervisor, wednesday), { requestId, approve: true, toUnit: { text: '水利厅' } }),
      );
      expect(problem).toEqual({ code: 'same_unit', unitName: '省水利厅' });
      expect((await db.select().from(transferRequests))[0]?.status).toBe('pending');
      expect((await db.select().from(assignments)).map((a) => a.status)).toEqual(['pending']);
      expect((await db.select().from(outbox)).length).toBe(queued);
    }));

  it('refuses to hand a suggestion to a unit that took it over by another decision, and leaves that request pending', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await seedOffice(db);
      await assignSuggestion(contextOf(db, people.supervisor), { code: '2026-0702', lead: { text: '水利厅' }, co: [{ text: '民政厅' }] });
      const lead = await requestTransfer(contextOf(db, people.waterLiaison, wednesday), { code: '2026-0702', reason: '应由省高院办理' });
      const co = await requestTransfer(contextOf(db, people.civilLiaison, wednesday), { code: '2026-0702', reason: '应由省高院会办' });
      await decideTransfer(contextOf(db, people.supervisor, wednesday), {
        requestId: lead.requestId,
        approve: true,
        toUnit: { text: '省高院' },
      });
      const problem = await refusalOf(
        decideTransfer(contextOf(db, people.supervisor, wednesday), { requestId: co.requestId, approve: true, toUnit: { text: '省高院' } }),
      );
      expect(problem).toEqual({ code: 'unit_already_assigned', unitName: '省高院' });
      const [request] = await db.select().from(transferRequests).where(eq(transferRequests.id, co.requestId));
      expect(request?.status).toBe('pending');
    }));

  // Last in the file: it commits, as two instances deciding at once must each have their own transaction.
  it('decides once when two supervisors reassign at the same moment', async () => {
    const { db } = database();
    const requestId = await transferAsked(db);
    await joinOffice(db, ['USUP2']);
    const outcomes = await Promise.allSettled([
      decideTransfer(contextOf(db, people.supervisor, wednesday), { requestId, approve: true, toUnit: { text: '省高院' } }),
      decideTransfer(contextOf(db, 'USUP2', wednesday), { requestId, approve: true, toUnit: { text: '民政厅' } }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason.problem).toMatchObject({ code: 'already_decided', approved: true });
    const live = await db
      .select()
      .from(assignments)
      .where(and(eq(assignments.role, 'lead'), eq(assignments.status, 'pending')));
    expect(live).toHaveLength(1);
  });
});
