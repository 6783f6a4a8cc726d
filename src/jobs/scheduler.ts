// Runs the jobs on their schedules with node-cron, each fire once across every instance on the
// database: node-cron asks the run coordinator, which claims the fire in job_runs. At start, and
// every few minutes after, a fire still owed today is claimed and run: one missed while the bot
// was down, one that failed, or one whose instance died holding it.

import type { Logger } from '@slack/bolt';
import cron, { type ScheduledTask } from 'node-cron';
import type { Database } from '../db/client.js';
import { errorMessage } from '../log.js';
import { type JobName, jobDefinitions } from './definitions.js';
import { jobRunCoordinator } from './job-run-coordinator.js';
import { claimJobRun, finishJobRun, type JobFire } from './job-runs.js';

export interface SchedulerOptions {
  db: Database;
  timezone: string;
  logger: Logger;
  /** This process, as job_runs records who holds a fire. */
  instance: string;
  /** Called when a run queued messages, so they go out at once. */
  messagesQueued: () => void;
  now?: () => Date;
  /** How long a fire may run before another instance may take it over (default 10 minutes). */
  leaseMs?: number;
  /** How often to look for a fire still owed (default 5 minutes). */
  sweepMs?: number;
}

export interface Scheduler {
  /** Claims and runs every fire still owed now; resolves when they are done. */
  catchUp(): Promise<void>;
  stop(): Promise<void>;
}

const defaultLeaseMs = 10 * 60_000;
const defaultSweepMs = 5 * 60_000;

export function startScheduler(options: SchedulerOptions): Scheduler {
  const { db, timezone, logger, instance } = options;
  const now = options.now ?? (() => new Date());
  const leaseMs = options.leaseMs ?? defaultLeaseMs;
  const running = new Set<Promise<void>>();
  let stopped = false;

  const track = (work: Promise<void>) => {
    running.add(work);
    void work.finally(() => running.delete(work));
    return work;
  };

  async function execute(fire: JobFire & { job: JobName }): Promise<void> {
    try {
      const detail = await jobDefinitions[fire.job].run(db, fire.scheduledFor, timezone);
      await finishJobRun(db, fire, instance, { ok: true, detail });
      logger.info(`job ${fire.job} for ${fire.scheduledFor.toISOString()}: ${JSON.stringify(detail)}`);
      options.messagesQueued();
    } catch (error) {
      logger.error(`job ${fire.job} for ${fire.scheduledFor.toISOString()} failed: ${errorMessage(error)}`);
      await finishJobRun(db, fire, instance, { ok: false, detail: { error: errorMessage(error) } }).catch(() => {});
    }
  }

  const coordinator = jobRunCoordinator(db, instance, leaseMs);

  const tasks: ScheduledTask[] = (Object.keys(jobDefinitions) as JobName[]).map((job) =>
    cron.schedule(jobDefinitions[job].cron, (context) => track(execute({ job, scheduledFor: context.date })), {
      name: job,
      timezone,
      distributed: true,
      runCoordinator: coordinator,
      distributedLease: leaseMs,
      noOverlap: true,
    }),
  );

  async function catchUp(): Promise<void> {
    for (const job of Object.keys(jobDefinitions) as JobName[]) {
      if (stopped) return;
      const scheduledFor = jobDefinitions[job].owedFire(now(), timezone);
      if (!scheduledFor) continue;
      const fire = { job, scheduledFor };
      try {
        if (await claimJobRun(db, fire, instance, leaseMs)) await track(execute(fire));
      } catch (error) {
        logger.error(`could not catch up job ${job}: ${errorMessage(error)}`);
      }
    }
  }

  const sweep = setInterval(() => void catchUp(), options.sweepMs ?? defaultSweepMs);
  sweep.unref();

  return {
    catchUp,
    async stop() {
      stopped = true;
      clearInterval(sweep);
      await Promise.all(tasks.map((task) => task.destroy()));
      await Promise.allSettled([...running]);
    },
  };
}
