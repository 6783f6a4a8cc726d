// The job_runs ledger: one row per scheduled fire of a job, claimed by one instance at a time.
// A fire that failed, or whose instance stopped holding it (a crash) past its lease, may be
// claimed again; the jobs themselves queue messages under keys that make a second run harmless.
// Instants go to the database as ISO text: postgres.js takes no Date in a hand-written statement.
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { jsonValue, readRows } from '../db/read-rows.js';

export interface JobFire {
  job: string;
  scheduledFor: Date;
}

/** Whether this instance now holds the fire: new, failed, or left running past its lease. */
export async function claimJobRun(db: Database, fire: JobFire, instance: string, leaseMs: number): Promise<boolean> {
  const rows = await readRows<{ id: number }>(
    db,
    sql`
      insert into job_runs (job, scheduled_for, status, instance, started_at)
      values (${fire.job}, ${fire.scheduledFor.toISOString()}::timestamptz, 'running', ${instance}, now())
      on conflict (job, scheduled_for) do update
        set status = 'running', instance = excluded.instance, started_at = excluded.started_at, finished_at = null, detail = null
        where job_runs.status = 'failed'
          or (job_runs.status = 'running' and job_runs.started_at < now() - make_interval(secs => ${leaseMs / 1000}))
      returning id`,
  );
  return rows.length > 0;
}

/** Records how the fire ended, while this instance still holds it. */
export async function finishJobRun(
  db: Database,
  fire: JobFire,
  instance: string,
  outcome: { ok: boolean; detail: unknown },
): Promise<void> {
  await db.execute(sql`
    update job_runs set status = ${outcome.ok ? 'succeeded' : 'failed'}, finished_at = now(), detail = ${JSON.stringify(outcome.detail)}::jsonb
    where job = ${fire.job} and scheduled_for = ${fire.scheduledFor.toISOString()}::timestamptz and instance = ${instance} and status = 'running'`);
}

export interface JobRun {
  status: string;
  instance: string;
  detail: unknown;
}

export async function findJobRun(db: Database, fire: JobFire): Promise<JobRun | undefined> {
  const [row] = await readRows<JobRun>(
    db,
    sql`select status, instance, detail from job_runs where job = ${fire.job} and scheduled_for = ${fire.scheduledFor.toISOString()}::timestamptz`,
  );
  return row ? { ...row, detail: jsonValue(row.detail) } : undefined;
}
