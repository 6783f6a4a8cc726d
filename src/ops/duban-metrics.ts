// What an office's IT staff scrape (GET /metrics, Prometheus text): this process's requests and
// its Slack API errors as they happen, and what the database holds for every instance alike (the
// outbox and the job runs), read at each scrape. Names start with duban_; nothing names a
// suggestion, a person or a message.
import { sql } from 'drizzle-orm';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../db/client.js';
import { readRows } from '../db/read-rows.js';

export interface DubanMetrics {
  registry: Registry;
  /** A request from Slack answered: over HTTP (its status) or Socket Mode, and how long until the answer. */
  requestAnswered(status: number, seconds: number, transport?: 'http' | 'socket'): void;
  /** Slack refused a call the outbox made, or it failed: by method and Slack's error. */
  slackApiError(method: string, error: string): void;
}

export function createDubanMetrics(db: Database): DubanMetrics {
  const registry = new Registry();
  const requests = new Counter({
    name: 'duban_slack_requests_total',
    help: 'Requests from Slack answered, by transport (http, socket) and status (200 served and acknowledged; 401 refused signature; 404, 408, 413; 500 failed)',
    labelNames: ['transport', 'status'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'duban_slack_request_duration_seconds',
    help: 'Time from a request of Slack to its answer (over HTTP, until the ack is sent; in Socket Mode, until its handling ends), by transport and status',
    labelNames: ['transport', 'status'],
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5],
    registers: [registry],
  });
  const apiErrors = new Counter({
    name: 'duban_slack_api_errors_total',
    help: 'Slack Web API calls of the outbox that failed, by method and error',
    labelNames: ['method', 'error'],
    registers: [registry],
  });
  new Gauge({
    name: 'duban_outbox_messages',
    help: 'Messages in the outbox by state: pending (queued or retried), sending, held (for a digest), sent, dead',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      const rows = await readRows<{ status: string; n: number }>(db, sql`select status, count(*)::int as n from outbox group by status`);
      this.reset();
      for (const status of ['pending', 'sending', 'held', 'sent', 'dead'])
        this.set({ status }, rows.find((r) => r.status === status)?.n ?? 0);
    },
  });
  new Gauge({
    name: 'duban_outbox_retrying_messages',
    help: 'Messages waiting to be sent again after a failed attempt',
    registers: [registry],
    async collect() {
      const [row] = await readRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from outbox where status in ('pending', 'sending') and (attempts > 0 or permanent_failures > 0)`,
      );
      this.set(row?.n ?? 0);
    },
  });
  new Gauge({
    name: 'duban_outbox_oldest_waiting_seconds',
    help: 'Age of the oldest message still waiting to be sent (0 when none waits)',
    registers: [registry],
    async collect() {
      const [row] = await readRows<{ age: number | null }>(
        db,
        sql`select extract(epoch from now() - min(created_at))::float8 as age from outbox where status in ('pending', 'sending')`,
      );
      this.set(Math.max(0, Number(row?.age ?? 0)));
    },
  });
  new Gauge({
    name: 'duban_job_runs',
    help: 'Scheduled job runs recorded, by job and outcome',
    labelNames: ['job', 'outcome'],
    registers: [registry],
    async collect() {
      const rows = await readRows<{ job: string; outcome: string; n: number }>(
        db,
        sql`select job, status as outcome, count(*)::int as n from job_runs group by 1, 2`,
      );
      this.reset();
      for (const row of rows) this.set({ job: row.job, outcome: row.outcome }, row.n);
    },
  });
  return {
    registry,
    requestAnswered(status, seconds, transport = 'http') {
      requests.inc({ transport, status: String(status) });
      latency.observe({ transport, status: String(status) }, seconds);
    },
    slackApiError(method, error) {
      apiErrors.inc({ method, error });
    },
  };
}
