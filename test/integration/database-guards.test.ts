// The database itself refuses bad states, whatever code writes to it.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { assignments, auditEvents, members, replies, suggestions } from '../../src/db/schema.js';
import { assignSuggestion } from '../../src/services/suggestions/assign-suggestion.js';
import { contextOf, people, seedOffice } from '../support/fixtures.js';
import { inRolledBackTransaction } from '../support/rollback.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();

/** Runs a statement in its own savepoint and returns the error text it raised. */
async function refusedBy(db: Database, work: (tx: Database) => Promise<unknown>): Promise<string> {
  try {
    await db.transaction(async (tx) => {
      // Deferred rules are checked now instead of at the outer commit, which a rolled-back test never reaches.
      await tx.execute(sql`set constraints all immediate`);
      await work(tx);
    });
  } catch (error) {
    let cause: unknown = error;
    const texts: string[] = [];
    while (cause) {
      texts.push(String((cause as Error).message));
      cause = (cause as { cause?: unknown }).cause;
    }
    return texts.join(' | ');
  }
  throw new Error('the database accepted it');
}

async function withSuggestion(db: Database) {
  const units = await seedOffice(db);
  await assignSuggestion(contextOf(db, people.supervisor), { code: 'G-1', lead: { text: '省高院' }, co: [{ text: '水利厅' }] });
  const [suggestion] = await db.select().from(suggestions);
  return { ...units, suggestion: suggestion! };
}

const base = { assignedOn: '2026-03-02', statutoryDueOn: '2026-06-02', internalDueOn: '2026-05-18', createdBy: 'U1' };

describe('database guards', () => {
  it('refuses a suggestion without a live lead unit', () =>
    inRolledBackTransaction(database().db, async (db) => {
      const { suggestion } = await withSuggestion(db);
      expect(await refusedBy(db, (tx) => tx.insert(suggestions).values({ ...base, sessionId: suggestion.sessionId, code: 'G-2' }))).toMatch(
        /no live lead/,
      );
      expect(await refusedBy(db, (tx) => tx.update(assignments).set({ status: 'transferred' }).where(sql`role = 'lead'`))).toMatch(
        /no live lead/,
      );
    }));

  it('refuses a second live lead, the same unit twice, and an unknown unit', () =>
    inRolledBackTransaction(database().db, async (db) => {
      const { suggestion, civil, water } = await withSuggestion(db);
      expect(
        await refusedBy(db, (tx) =>
          tx.insert(assignments).values({ suggestionId: suggestion.id, unitId: civil.id, role: 'lead', startedOn: suggestion.assignedOn }),
        ),
      ).toMatch(/assignments_one_live_lead/);
      expect(
        await refusedBy(db, (tx) =>
          tx.insert(assignments).values({ suggestionId: suggestion.id, unitId: water.id, role: 'co', startedOn: suggestion.assignedOn }),
        ),
      ).toMatch(/assignments_live_unit_unique/);
      expect(
        await refusedBy(db, (tx) =>
          tx.insert(assignments).values({ suggestionId: suggestion.id, unitId: 424242, role: 'co', startedOn: suggestion.assignedOn }),
        ),
      ).toMatch(/foreign key/);
    }));

  it('refuses a duplicate code in the session, dates out of order and values outside their set', () =>
    inRolledBackTransaction(database().db, async (db) => {
      const { suggestion, court } = await withSuggestion(db);
      const sessionId = suggestion.sessionId;
      expect(await refusedBy(db, (tx) => tx.insert(suggestions).values({ ...base, sessionId, code: 'G-1' }))).toMatch(
        /suggestions_session_code_unique/,
      );
      expect(
        await refusedBy(db, (tx) => tx.insert(suggestions).values({ ...base, sessionId, code: 'G-3', internalDueOn: '2026-06-03' })),
      ).toMatch(/suggestions_internal_before_statutory/);
      expect(
        await refusedBy(db, (tx) => tx.insert(suggestions).values({ ...base, sessionId, code: 'G-4', statutoryDueOn: '2026-03-01' })),
      ).toMatch(/suggestions_due_after_assigned/);
      expect(
        await refusedBy(db, (tx) => tx.execute(sql`insert into members (unit_id, user_id, role) values (${court.id}, 'U9', 'boss')`)),
      ).toMatch(/members_role_check/);
      expect(
        await refusedBy(db, (tx) =>
          tx
            .insert(members)
            .values({ unitId: court.id, userId: people.stranger, role: 'member' })
            .then(() => tx.insert(members).values({ unitId: court.id, userId: people.stranger, role: 'member' })),
        ),
      ).toMatch(/members_unit_user_role_unique/);
    }));

  it('marks published only a sent reply that may be published, on or after the day it was sent, and says by whom', () =>
    inRolledBackTransaction(database().db, async (db) => {
      const { suggestion } = await withSuggestion(db);
      const reply = { suggestionId: suggestion.id, replyClass: 'A' as const, summary: '已办理', draftedBy: 'U1' };
      const [draft] = await db
        .insert(replies)
        .values({ ...reply, mayPublish: true })
        .returning();
      const published = { publishedOn: '2026-04-01', publishedBy: 'USUP' };
      const mark = (id: number, set: Partial<typeof replies.$inferInsert>) => (tx: Database) =>
        tx.update(replies).set(set).where(sql`id = ${id}`);
      expect(await refusedBy(db, mark(draft!.id, published))).toMatch(/replies_published_when_public/);
      await db.update(replies).set({ status: 'sent', sentOn: '2026-04-02' }).where(sql`id = ${draft!.id}`);
      expect(await refusedBy(db, mark(draft!.id, published))).toMatch(/replies_published_when_public/);
      expect(await refusedBy(db, mark(draft!.id, { publishedOn: '2026-04-03' }))).toMatch(/replies_published_consistent/);
      await db.update(replies).set({ mayPublish: false }).where(sql`id = ${draft!.id}`);
      expect(await refusedBy(db, mark(draft!.id, { publishedOn: '2026-04-03', publishedBy: 'USUP' }))).toMatch(
        /replies_published_when_public/,
      );
    }));

  it('keeps the audit log append-only', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await withSuggestion(db);
      expect(await refusedBy(db, (tx) => tx.update(auditEvents).set({ actor: 'someone-else' }))).toMatch(/append-only/);
      expect(await refusedBy(db, (tx) => tx.delete(auditEvents))).toMatch(/append-only/);
    }));
});
