import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { assignments, auditEvents, milestones, outbox } from '../../src/db/schema.js';
import { acceptAssignment } from '../../src/services/assignments/accept-assignment.js';
import { assignSuggestion } from '../../src/services/suggestions/assign-suggestion.js';
import { contextOf, people, seedOffice } from '../support/fixtures.js';
import { refusalOf } from '../support/refusal.js';
import { inRolledBackTransaction } from '../support/rollback.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();

async function assigned(db: Database) {
  const units = await seedOffice(db);
  await assignSuggestion(contextOf(db, people.supervisor), {
    code: '2026-0201',
    title: '关于农村饮水安全的建议',
    lead: { text: '水利厅' },
    co: [{ text: '民政厅' }],
    handlerUserId: people.handler,
  });
  const rows = await db.select().from(assignments);
  return { ...units, lead: rows.find((a) => a.role === 'lead')!, co: rows.find((a) => a.role === 'co')! };
}

describe('acceptAssignment', () => {
  it('lets the liaison accept by code: the node is done, the assigner told, the change audited', () =>
    inRolledBackTransaction(database().db, async (db) => {
      const { lead } = await assigned(db);
      const at = new Date('2026-03-04T02:00:00Z');
      const result = await acceptAssignment(contextOf(db, people.waterLiaison, at), { code: '2026-0201' });
      expect(result.accepted).toEqual([
        { assignmentId: lead.id, unitName: '省水利厅', role: 'lead', plannedOn: '2026-03-05', onTime: true },
      ]);

      const [row] = await db.select().from(assignments).where(eq(assignments.id, lead.id));
      expect(row).toMatchObject({ status: 'accepted', acceptedBy: people.waterLiaison, acceptedAt: at });
      const [node] = await db
        .select()
        .from(milestones)
        .where(and(eq(milestones.assignmentId, lead.id), eq(milestones.kind, 'accept')));
      expect(node).toMatchObject({ doneBy: people.waterLiaison, doneAt: at });
      const [notice] = await db
        .select()
        .from(outbox)
        .where(eq(outbox.idempotencyKey, `accepted:${lead.id}`));
      expect(notice).toMatchObject({
        channel: people.supervisor,
        payload: { type: 'accepted', unitName: '省水利厅', acceptedOn: '2026-03-04' },
      });
      const audit = await db.select().from(auditEvents).where(eq(auditEvents.action, 'assignment.accept'));
      expect(audit).toMatchObject([{ actor: people.waterLiaison, entityId: String(lead.id), before: { status: 'pending' } }]);
    }));

  it('lets the named handler accept, and marks a late acceptance as late', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await assigned(db);
      const late = new Date('2026-03-06T02:00:00Z'); // the day after the 03-05 deadline
      const result = await acceptAssignment(contextOf(db, people.handler, late), { code: '2026-0201' });
      expect(result.accepted).toMatchObject([{ unitName: '省水利厅', onTime: false }]);
    }));

  it('accepts only the units the person belongs to', () =>
    inRolledBackTransaction(database().db, async (db) => {
      const { co, lead } = await assigned(db);
      const result = await acceptAssignment(contextOf(db, people.civilLiaison), { code: '2026-0201' });
      expect(result.accepted.map((a) => a.assignmentId)).toEqual([co.id]);
      const [still] = await db.select().from(assignments).where(eq(assignments.id, lead.id));
      expect(still?.status).toBe('pending');
    }));

  it('refuses a stranger, a second acceptance and an unknown code, changing nothing', () =>
    inRolledBackTransaction(database().db, async (db) => {
      const { lead } = await assigned(db);
      expect(await refusalOf(acceptAssignment(contextOf(db, people.stranger), { code: '2026-0201' }))).toEqual({
        code: 'forbidden',
        needs: ['liaison', 'handler'],
      });
      expect(await refusalOf(acceptAssignment(contextOf(db, people.stranger), { assignmentId: lead.id }))).toEqual({
        code: 'forbidden',
        needs: ['liaison', 'handler'],
      });
      await acceptAssignment(contextOf(db, people.waterLiaison), { code: '2026-0201' });
      expect(await refusalOf(acceptAssignment(contextOf(db, people.handler), { assignmentId: lead.id }))).toEqual({
        code: 'already_accepted',
        unitName: '省水利厅',
      });
      expect(await refusalOf(acceptAssignment(contextOf(db, people.waterLiaison), { code: '2026-0210' }))).toEqual({
        code: 'unknown_suggestion',
        given: '2026-0210',
        closest: '2026-0201',
      });
      expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'assignment.accept'))).toHaveLength(1);
    }));

  it('lets the supervision office accept for a unit from the notice button', () =>
    inRolledBackTransaction(database().db, async (db) => {
      const { co } = await assigned(db);
      const result = await acceptAssignment(contextOf(db, people.supervisor), { assignmentId: co.id });
      expect(result.accepted).toMatchObject([{ assignmentId: co.id, unitName: '省民政厅' }]);
      expect(await refusalOf(acceptAssignment(contextOf(db, people.supervisor), { assignmentId: 999_999 }))).toEqual({
        code: 'unknown_assignment',
      });
    }));
});
