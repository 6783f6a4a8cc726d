// The scheduled jobs (DESIGN §4, §6): when each fires in the office's zone, which fire a start-up
// still owes when the bot was down at the time, and the verb it runs. Each queues its messages
// under keys that make a second run of the same fire harmless.
import type { Database } from '../db/client.js';
import { dateInZone, instantInZone } from '../domain/calendar-date.js';
import { endLapsedDelegations } from '../services/people/end-lapsed-delegations.js';
import { queueDailyReminders } from '../services/reports/queue-daily-reminders.js';
import { queueMonthlyReport } from '../services/reports/queue-monthly-report.js';
import { queueWeeklyReport } from '../services/reports/queue-weekly-report.js';
import { tellCalendarGaps } from '../services/sessions/tell-calendar-gaps.js';

export interface JobDefinition {
  /** A node-cron expression, read in the office's time zone. */
  cron: string;
  /** The latest fire at or before now that is still worth running late, if any. */
  owedFire(now: Date, timezone: string): Date | undefined;
  /** Runs the fire as of `at`; resolves to what to record of it. */
  run(db: Database, at: Date, timezone: string): Promise<unknown>;
}

/** A fire at a wall-clock time each day, owed until the end of that day. */
const daily = (time: string, run: JobDefinition['run']): JobDefinition => {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return {
    cron: `${minute} ${hour} * * *`,
    owedFire(now, timezone) {
      const fire = instantInZone(dateInZone(now, timezone), time, timezone);
      return fire <= now ? fire : undefined;
    },
    run,
  };
};

export const jobDefinitions = {
  // Before the day's reminders: delegations whose last day has passed are closed and both people
  // told (their rights ended with the date already; this records it and says so).
  delegations: daily('08:50', (db, at) => endLapsedDelegations(db, at)),
  // Each day: whether the working calendar knows this year's holidays, and from December the
  // next year's; the office is told once a year missing.
  calendar: daily('08:45', tellCalendarGaps),
  // Every day at 09:00; the job itself stays quiet on rest days, so adjusted working Saturdays
  // (调休) get their reminders and holidays do not.
  reminders: daily('09:00', queueDailyReminders),
  // 每周一通报 at 09:30: queued once a week, on its first working day the bot is up (see the verb).
  weekly: daily('09:30', queueWeeklyReport),
  // 每月一督办 at 10:00: queued once a month, on its first working day the bot is up.
  monthly: daily('10:00', queueMonthlyReport),
} satisfies Record<string, JobDefinition>;

export type JobName = keyof typeof jobDefinitions;
