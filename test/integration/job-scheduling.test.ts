// Each scheduled fire runs once across every instance on the database, and one missed while the
// bot was down is caught up.
import { LogLevel } from '@slack/bolt';
import { sql } from 'drizzle-orm';
import cron from 'node-cron';
import { describe, expect, it } from 'vitest';
import { jobRuns, outbox } from '../../src/db/schema.js';
import { jobRunCoordinator } from '../../src/jobs/job-run-coordinator.js';
import { claimJobRun, findJobRun } from '../../src/jobs/job-runs.js';
import { startScheduler } from '../../src/jobs/scheduler.js';
import { createLogger } from '../../src/log.js';
import { assignSuggestion } from '../../src/services/suggestions/assign-suggestion.js';
import { contextOf, people, seedOffice } from '../support/fixtures.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();
const logger = createLogger('test', LogLevel.ERROR);

describe('job runs', () => {
  it('lets one instance of many claim a fire, and another take over one that failed or outlived its lease', async () => {
    const { db } = database();
    const fire = { job: 'claim-test', scheduledFor: new Date('2026-03-03T01:00:00Z') };
    const claims = await Promise.all(['a', 'b', 'c', 'd'].map((instance) => claimJobRun(db, fire, instance, 60_000)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    // Still within its lease: nobody else.
    expect(await claimJobRun(db, fire, 'e', 60_000)).toBe(false);
    // Its holder died long ago (the lease here is 0): taken over.
    expect(await claimJobRun(db, fire, 'e', 0)).toBe(true);
    expect((await findJobRun(db, fire))?.instance).toBe('e');
  });

  it('runs each node-cron fire on exactly one of two instances', async () => {
    const { db } = database();
    const ran: string[] = [];
    // Two instances whose clocks both fire every second, coordinated through job_runs.
    const tasks = ['one', 'two'].map((instance) =>
      cron.schedule('* * * * * *', (context) => void ran.push(`${instance}@${context.date.toISOString()}`), {
        name: 'every-second',
        distributed: true,
        runCoordinator: jobRunCoordinator(db, instance, 60_000),
        noOverlap: true,
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 3500));
    await Promise.all(tasks.map((task) => task.destroy()));
    const slots = ran.map((entry) => entry.split('@')[1]);
    expect(slots.length).toBeGreaterThanOrEqual(2);
    expect(new Set(slots).size).toBe(slots.length);
    const recorded = await db.$count(jobRuns, sql`${jobRuns.job} = 'every-second'`);
    expect(recorded).toBe(slots.length);
  });
});

describe('the scheduler', () => {
  it('catches up today’s reminders when started after 09:00, once however many instances start', async () => {
    const { db } = database();
    await seedOffice(db);
    await assignSuggestion(contextOf(db, people.supervisor), { code: 'S-1', title: '河湖', lead: { text: '水利厅' }, co: [] });
    const elevenOClock = new Date('2026-03-03T03:00:00Z'); // Tuesday 11:00 in Shanghai
    let queued = 0;
    const start = (instance: string) =>
      startScheduler({ db, timezone: 'Asia/Shanghai', logger, instance, now: () => elevenOClock, messagesQueued: () => (queued += 1) });
    const schedulers = [start('first'), start('second')];
    await Promise.all(schedulers.map((scheduler) => scheduler.catchUp()));
    await Promise.all(schedulers.map((scheduler) => scheduler.stop()));

    const fire = { job: 'reminders', scheduledFor: new Date('2026-03-03T01:00:00Z') };
    expect(await findJobRun(db, fire)).toMatchObject({ status: 'succeeded', detail: { day: '2026-03-03', people: 1 } });
    // Each job owed at 11:00 (the calendar checked at 08:45, delegations closed at 08:50, the
    // reminders at 09:00, the weekly report at 09:30, the monthly at 10:00) ran once across both instances.
    expect(await findJobRun(db, { job: 'delegations', scheduledFor: new Date('2026-03-03T00:50:00Z') })).toMatchObject({
      status: 'succeeded',
    });
    expect(await findJobRun(db, { job: 'weekly', scheduledFor: new Date('2026-03-03T01:30:00Z') })).toMatchObject({ status: 'succeeded' });
    expect(await findJobRun(db, { job: 'monthly', scheduledFor: new Date('2026-03-03T02:00:00Z') })).toMatchObject({ status: 'succeeded' });
    expect(await findJobRun(db, { job: 'calendar', scheduledFor: new Date('2026-03-03T00:45:00Z') })).toMatchObject({
      status: 'succeeded',
      detail: [],
    });
    expect(queued).toBe(5);
    expect(await db.$count(outbox, sql`${outbox.idempotencyKey} = ${`reminder:2026-03-03:${people.waterLiaison}`}`)).toBe(1);

    // Before 09:00 nothing is owed yet.
    const early = startScheduler({
      db,
      timezone: 'Asia/Shanghai',
      logger,
      instance: 'early',
      now: () => new Date('2026-03-04T00:30:00Z'),
      messagesQueued: () => {},
    });
    await early.catchUp();
    await early.stop();
    expect(await findJobRun(db, { job: 'reminders', scheduledFor: new Date('2026-03-04T01:00:00Z') })).toBeUndefined();
  });
});
