import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { extensionRequests, milestones, outbox, suggestions } from '../../src/db/schema.js';
import type { ReminderNotice } from '../../src/domain/notices.js';
import { defaultSessionSettings } from '../../src/domain/settings.js';
import { queueDailyReminders } from '../../src/services/reports/queue-daily-reminders.js';
import { decideExtension } from '../../src/services/requests/decide-extension.js';
import { requestExtension } from '../../src/services/requests/request-extension.js';
import type { AuditEntry } from '../../src/services/shared/record-audit.js';
import { assignSuggestion } from '../../src/services/suggestions/assign-suggestion.js';
import { startNextRound } from '../../src/services/verdicts/start-next-round.js';
import { contextOf, people, seedOffice } from '../support/fixtures.js';
import { refusalOf } from '../support/refusal.js';
import { inRolledBackTransaction } from '../support/rollback.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();
const reopenedAt = new Date('2026-06-15T02:00:00Z'); // Monday

/** R-1 answered in its first round, every step done but 初稿, which nobody marked; then sent back. */
async function reopened(db: Database, before?: () => Promise<unknown>) {
  await seedOffice(db);
  await assignSuggestion(contextOf(db, people.supervisor), {
    code: 'R-1',
    lead: { text: '水利厅' },
    co: [{ text: '民政厅' }],
    handlerUserId: people.handler,
  });
  await before?.();
  await db.execute(sql`update milestones set done_at = now(), done_by = 'UHANDLER' where kind <> 'draft'`);
  const [suggestion] = await db.select().from(suggestions);
  const audit: AuditEntry[] = [];
  const round = await startNextRound(
    db,
    { actor: 'USUP', now: reopenedAt, timezone: 'Asia/Shanghai' },
    suggestion!,
    defaultSessionSettings(),
    audit,
  );
  return { round, audit };
}

describe('startNextRound', () => {
  it('cancels an extension the round that ended was still waiting on, and tells who asked', () =>
    inRolledBackTransaction(database().db, async (db) => {
      let requestId = 0;
      await reopened(db, async () => {
        ({ requestId } = await requestExtension(contextOf(db, people.waterLiaison), {
          code: 'R-1',
          dueOn: '2026-07-31',
          reason: '需协调',
        }));
      });
      const [request] = await db.select().from(extensionRequests).where(eq(extensionRequests.id, requestId));
      expect(request).toMatchObject({ status: 'cancelled', decidedBy: 'USUP' });
      const told = await db.select().from(outbox).where(sql`${outbox.payload}->>'type' = 'request_cancelled'`);
      expect(told.map((row) => [row.channel, (row.payload as { because: string }).because])).toEqual([[people.waterLiaison, 'next_round']]);
      expect(await refusalOf(decideExtension(contextOf(db, people.supervisor, reopenedAt), { requestId, approve: true }))).toEqual({
        code: 'request_cancelled',
      });
    }));

  it('opens round 2 due a month later, planning the lead unit’s steps beside round 1, which stays as it was', () =>
    inRolledBackTransaction(database().db, async (db) => {
      const { round, audit } = await reopened(db);
      expect(round).toMatchObject({ round: 2, statutoryDueOn: '2026-07-15', internalDueOn: '2026-06-30' });
      expect((await db.select().from(suggestions))[0]).toMatchObject({ round: 2, status: 'reopened', statutoryDueOn: '2026-07-15' });
      const second = await db.select().from(milestones).where(eq(milestones.round, 2));
      expect(second.map((node) => node.kind).sort()).toEqual([
        'division_review',
        'draft',
        'feedback',
        'head_signoff',
        'leader_review',
        'pre_contact',
        'reply',
      ]);
      expect(second.every((node) => node.doneAt === null)).toBe(true);
      const first = await db.select().from(milestones).where(eq(milestones.round, 1));
      expect(first.filter((node) => node.doneAt === null).map((node) => node.kind)).toEqual(['draft']);
      expect(audit.map((entry) => entry.action)).toEqual(['suggestion.reopen']);
    }));

  it('reminds of the current round only, and an extension moves that round’s deadline-bound steps', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await reopened(db);
      // Wednesday 06-17: round 2's first steps are near; round 1's never-marked 初稿 is history.
      await queueDailyReminders(db, new Date('2026-06-17T01:00:00Z'), 'Asia/Shanghai');
      const [reminder] = await db
        .select()
        .from(outbox)
        .where(eq(outbox.idempotencyKey, `reminder:2026-06-17:${people.handler}`));
      const round2 = new Set((await db.select().from(milestones).where(eq(milestones.round, 2))).map((node) => node.id));
      const items = (reminder!.payload as ReminderNotice).items;
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((item) => round2.has(item.milestoneId))).toBe(true);

      const at = new Date('2026-06-17T02:00:00Z');
      const { requestId } = await requestExtension(contextOf(db, people.handler, at), {
        code: 'R-1',
        dueOn: '2026-08-31',
        reason: '代表要求实地调研',
      });
      const dateOf = async (round: number, kind: 'pre_contact' | 'draft') =>
        (
          await db
            .select()
            .from(milestones)
            .where(and(eq(milestones.round, round), eq(milestones.kind, kind)))
        )[0]?.plannedOn;
      const [preContactBefore, firstDraftBefore] = [await dateOf(2, 'pre_contact'), await dateOf(1, 'draft')];
      await decideExtension(contextOf(db, people.supervisor, at), { requestId, approve: true });
      const after = Object.fromEntries(
        (await db.select().from(milestones).where(eq(milestones.round, 2))).map((node) => [node.kind, node.plannedOn]),
      );
      expect(after.reply).toBe('2026-08-14');
      // The round is planned again in its longer window, from the day it opened: 办前沟通 gets its
      // usual 10 working days (Dragon Boat on 19 Jun), later than in the short window, never earlier.
      expect(preContactBefore! < '2026-06-30').toBe(true);
      expect(after.pre_contact).toBe('2026-06-30');
      // The first round is history: it does not move.
      expect(await dateOf(1, 'draft')).toBe(firstDraftBefore);
    }));
});
