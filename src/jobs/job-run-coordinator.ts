// node-cron's RunCoordinator backed by job_runs: of all the instances whose clocks fire the same
// slot, the one whose claim lands runs it.
import type { RunCoordinator } from 'node-cron';
import type { Database } from '../db/client.js';
import { claimJobRun } from './job-runs.js';

export function jobRunCoordinator(db: Database, instance: string, leaseMs: number): RunCoordinator {
  return {
    shouldRun(key) {
      // node-cron's key is `${task name}:${slot as ISO}`; task names hold no colon.
      const split = key.indexOf(':');
      return claimJobRun(db, { job: key.slice(0, split), scheduledFor: new Date(key.slice(split + 1)) }, instance, leaseMs);
    },
  };
}
