import { eq, like, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { assignments, milestones, outbox, replies, suggestions } from '../../src/db/schema.js';
import { type LeaderAlertNotice, type ReminderNotice, reminderLinesKept, type SupervisionAlertNotice } from '../../src/domain/notices.js';
import { acceptAssignment } from '../../src/services/assignments/accept-assignment.js';
import { markReplyPublished } from '../../src/services/publication/mark-reply-published.js';
import { queueDailyReminders } from '../../src/services/reports/queue-daily-reminders.js';
import { assignSuggestion } from '../../src/services/suggestions/assign-suggestion.js';
import { contextOf, people, seedOffice } from '../support/fixtures.js';
import { inRolledBackTransaction } from '../support/rollback.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();
const timezone = 'Asia/Shanghai';
/** 09:00 in Shanghai on a day. */
const at = (day: string) => new Date(`${day}T01:00:00Z`);

/** Assigned Monday 2026-03-02: 签收 due Thursday 03-05. The court has no liaison. */
async function ledger(db: Database) {
  await seedOffice(db);
  const as = contextOf(db, people.supervisor);
  await assignSuggestion(as, {
    code: 'R-1',
    title: '河湖',
    lead: { text: '水利厅' },
    co: [{ text: '民政厅' }],
    handlerUserId: people.handler,
  });
  await assignSuggestion(as, { code: 'R-2', title: '诉源', lead: { text: '省高院' }, co: [] });
}

const queued = async (db: Database, prefix: string) =>
  (
    await db
      .select()
      .from(outbox)
      .where(like(outbox.idempotencyKey, `${prefix}%`))
  ).map((row) => ({ key: row.idempotencyKey, channel: row.channel, payload: row.payload }));

describe('queueDailyReminders', () => {
  it('queues one reminder per person with a node due within 3 working days, once however often it runs', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await ledger(db);
      const run = await queueDailyReminders(db, at('2026-03-03'), timezone);
      expect(run).toMatchObject({ day: '2026-03-03', restDay: false, people: 3, leaders: 0 });
      const reminders = await queued(db, 'reminder:2026-03-03:');
      expect(reminders.map((r) => r.channel).sort()).toEqual([people.civilLiaison, people.handler, people.waterLiaison].sort());
      const water = reminders.find((r) => r.channel === people.waterLiaison)?.payload as ReminderNotice;
      expect(water.items.map((item) => [item.code, item.kind, item.urgency])).toEqual([['R-1', 'accept', { dueIn: 2 }]]);

      // The court has nobody to remind: the supervision office hears of it (by DM: no channel set).
      const alerts = await queued(db, 'supervision-alert:2026-03-03:');
      expect(alerts.map((a) => a.channel)).toEqual([people.supervisor]);
      expect((alerts[0]!.payload as SupervisionAlertNotice).unowned.map((item) => item.code)).toEqual(['R-2']);

      const before = await db.$count(outbox);
      await queueDailyReminders(db, at('2026-03-03'), timezone);
      await queueDailyReminders(db, new Date('2026-03-03T09:59:00Z'), timezone); // 17:59 the same day
      expect(await db.$count(outbox)).toBe(before);
    }));

  it('tells the office of a may-publish reply from 3 working days before its publish-by date until it is marked published', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await ledger(db);
      // Nothing else for the office: every step of both suggestions done.
      await db.update(milestones).set({ doneAt: at('2026-03-02'), doneBy: people.handler });
      const [r1] = await db.select().from(suggestions).where(eq(suggestions.code, 'R-1'));
      // Sent Monday 2 March: to be published by Monday 30 March.
      const [reply] = await db
        .insert(replies)
        .values({ suggestionId: r1!.id, replyClass: 'A', summary: '已办理', draftedBy: people.handler, mayPublish: true })
        .returning();
      await db.update(replies).set({ status: 'sent', sentOn: '2026-03-02' }).where(eq(replies.id, reply!.id));

      await queueDailyReminders(db, at('2026-03-24'), timezone);
      expect(await queued(db, 'supervision-alert:2026-03-24:')).toEqual([]);
      await queueDailyReminders(db, at('2026-03-25'), timezone);
      const [alert] = await queued(db, 'supervision-alert:2026-03-25:');
      const notice = alert?.payload as SupervisionAlertNotice;
      expect([notice.overdue, notice.nearStatutory, notice.unowned]).toEqual([[], [], []]);
      expect(notice.publication).toMatchObject({ windowWorkingDays: 3, total: 1 });
      expect(notice.publication!.items.map((item) => [item.code, item.publishBy, item.urgency])).toEqual([
        ['R-1', '2026-03-30', { dueIn: 3 }],
      ]);
      // Late, it stays until the office marks it published; then it is gone.
      await queueDailyReminders(db, at('2026-04-01'), timezone);
      const [late] = await queued(db, 'supervision-alert:2026-04-01:');
      expect((late!.payload as SupervisionAlertNotice).publication!.items[0]!.urgency).toEqual({ overdue: 2 });
      await markReplyPublished(contextOf(db, people.supervisor, at('2026-04-02')), { replyId: reply!.id });
      await queueDailyReminders(db, at('2026-04-02'), timezone);
      expect(await queued(db, 'supervision-alert:2026-04-02:')).toEqual([]);
    }));

  it('keeps the first lines of a long reminder in the message and counts the rest', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await ledger(db);
      // 130 more suggestions for the court, each with its handler's 签收 due on Thursday 03-05.
      await db.execute(sql`
        insert into suggestions (session_id, code, assigned_on, statutory_due_on, internal_due_on, created_by, created_at)
        select session_id, 'M-' || g, assigned_on, statutory_due_on, internal_due_on, created_by, created_at
        from suggestions, generate_series(1, 130) g where code = 'R-2'`);
      await db.execute(sql`
        insert into assignments (suggestion_id, unit_id, role, handler_user_id, started_on, created_at)
        select s.id, a.unit_id, 'lead', 'UMANY', s.assigned_on, s.created_at
        from suggestions s join assignments a on a.suggestion_id = (select id from suggestions where code = 'R-2')
        where s.code like 'M-%'`);
      await db.execute(sql`
        insert into milestones (assignment_id, kind, planned_on, created_at)
        select a.id, 'accept', '2026-03-05', a.created_at from assignments a where a.handler_user_id = 'UMANY'`);
      await queueDailyReminders(db, at('2026-03-10'), timezone);
      const [many] = await queued(db, 'reminder:2026-03-10:UMANY');
      const notice = many?.payload as ReminderNotice;
      expect([notice.items.length, notice.total, notice.overdue]).toEqual([reminderLinesKept, 130, 130]);
    }));

  it('sends nothing on a rest day, and nothing about a node once it is done', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await ledger(db);
      expect(await queueDailyReminders(db, at('2026-03-07'), timezone)).toEqual({ day: '2026-03-07', restDay: true });
      await acceptAssignment(contextOf(db, people.waterLiaison, at('2026-03-03')), { code: 'R-1' });
      await acceptAssignment(contextOf(db, people.civilLiaison, at('2026-03-03')), { code: 'R-1' });
      await queueDailyReminders(db, at('2026-03-04'), timezone);
      // The one reminder is the digest of the one who assigned it: the two 签收, no node.
      const digests = await queued(db, 'reminder:2026-03-04:');
      expect(digests.map((row) => row.channel)).toEqual([people.supervisor]);
      const digest = digests[0]!.payload as ReminderNotice;
      expect([digest.items, digest.total]).toEqual([[], 0]);
      expect(digest.since?.map((item) => item.notice.type)).toEqual(['accepted', 'accepted']);
    }));

  it('carries each notice that asked nothing in exactly one digest, and holds what came after it', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await ledger(db);
      await acceptAssignment(contextOf(db, people.waterLiaison, at('2026-03-03')), { code: 'R-1' });
      await queueDailyReminders(db, at('2026-03-04'), timezone);
      await acceptAssignment(contextOf(db, people.civilLiaison, new Date('2026-03-04T05:00:00Z')), { code: 'R-1' });
      // Run again the same day: the digest is queued already, so the later 签收 waits for tomorrow's.
      await queueDailyReminders(db, new Date('2026-03-04T06:00:00Z'), timezone);
      await queueDailyReminders(db, at('2026-03-05'), timezone);
      const receipts = await db.select().from(outbox).where(like(outbox.idempotencyKey, 'accepted:%'));
      const carriers = await db.select().from(outbox).where(like(outbox.idempotencyKey, 'reminder:%'));
      const carrierOf = new Map(carriers.map((row) => [row.id, row.idempotencyKey]));
      expect(receipts.map((row) => [row.status, carrierOf.get(row.gatheredInto!)])).toEqual([
        ['gathered', `reminder:2026-03-04:${people.supervisor}`],
        ['gathered', `reminder:2026-03-05:${people.supervisor}`],
      ]);
      for (const carrier of carriers) {
        const carried = ((carrier.payload as ReminderNotice).since ?? []).map((item) => item.key);
        expect(carried).toEqual(receipts.filter((row) => row.gatheredInto === carrier.id).map((row) => row.idempotencyKey));
      }
    }));

  it('climbs to the unit’s leader from 3 working days overdue and to the supervision channel from 5', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await ledger(db);
      // 签收 was due Thursday 03-05; by Tuesday 03-10 it is 3 working days late.
      await queueDailyReminders(db, at('2026-03-10'), timezone);
      const leader = await queued(db, 'leader-alert:2026-03-10:');
      expect(leader.map((l) => l.channel)).toEqual([people.waterLeader]);
      expect((leader[0]!.payload as LeaderAlertNotice).items.map((item) => [item.code, item.urgency])).toEqual([['R-1', { overdue: 3 }]]);

      const [session] = await db.select({ id: suggestions.sessionId }).from(suggestions).limit(1);
      expect(session).toBeDefined();
      await db.execute(sqlSetChannel(session!.id));
      await queueDailyReminders(db, at('2026-03-12'), timezone);
      const alerts = await queued(db, 'supervision-alert:2026-03-12:');
      expect(alerts.map((a) => a.channel)).toEqual(['CSUPERVISION']);
      expect((alerts[0]!.payload as SupervisionAlertNotice).overdue.map((item) => [item.code, item.kind, item.urgency])).toContainEqual([
        'R-1',
        'accept',
        { overdue: 5 },
      ]);
    }));

  it('alerts the office when the statutory deadline is 10 days away, however late the reply step is planned', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await ledger(db);
      // An office that plans the reply a day before the deadline (statutory 06-02 for both).
      const [session] = await db.select({ id: suggestions.sessionId }).from(suggestions).limit(1);
      await db.execute(sqlSetChannel(session!.id));
      await db.execute(sql`update sessions set settings = settings || '{"internalLeadDays": 1}'::jsonb where id = ${session!.id}`);
      const [r1] = await db.select().from(suggestions).where(eq(suggestions.code, 'R-1'));
      expect(r1!.statutoryDueOn).toBe('2026-06-02');
      const [lead] = await db.select().from(assignments).where(eq(assignments.handlerUserId, people.handler));
      await db
        .update(milestones)
        .set({ plannedOn: '2026-06-01' })
        .where(sql`${milestones.assignmentId} = ${lead!.id} and ${milestones.kind} = 'reply'`);
      // Monday 05-25: 8 days to go, the reply step beyond the 3 working days a reminder looks ahead.
      await queueDailyReminders(db, at('2026-05-25'), timezone);
      const [alert] = await queued(db, 'supervision-alert:2026-05-25:');
      expect((alert!.payload as SupervisionAlertNotice).nearStatutory.map((item) => item.code)).toContain('R-1');
    }));

  it('keeps a node a person pushed to a later day out of the reminder until then', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await ledger(db);
      const [water] = await db.select().from(assignments).where(eq(assignments.handlerUserId, people.handler));
      await db.update(milestones).set({ remindFrom: '2026-03-05' }).where(eq(milestones.assignmentId, water!.id));
      await queueDailyReminders(db, at('2026-03-03'), timezone);
      expect((await queued(db, 'reminder:2026-03-03:')).map((r) => r.channel)).not.toContain(people.handler);
      await queueDailyReminders(db, at('2026-03-05'), timezone);
      expect((await queued(db, 'reminder:2026-03-05:')).map((r) => r.channel)).toContain(people.handler);
    }));
});

/** The supervision channel, as `/suggest config supervision-channel` will set it. */
const sqlSetChannel = (sessionId: number) =>
  sql`update sessions set settings = settings || '{"supervisionChannel": "CSUPERVISION"}'::jsonb where id = ${sessionId}`;
