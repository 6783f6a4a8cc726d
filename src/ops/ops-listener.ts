// The endpoints an office's IT staff point their checks at, beside Slack's: GET /healthz (the
// process answers), GET /readyz (the database answers and holds every migration this version
// ships; 503 with the reason otherwise) and GET /metrics. They need no signature and say nothing
// about the ledger.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { readRows } from '../db/read-rows.js';
import { errorMessage } from '../log.js';
import type { DubanMetrics } from './duban-metrics.js';

export interface OpsOptions {
  db: Database;
  metrics: DubanMetrics;
  /** The migrations this version ships (db/migrate.ts). */
  migrations: number;
}

/** A request listener for those paths; false for any other request, which the caller answers. */
export type OpsListener = (req: IncomingMessage, res: ServerResponse) => boolean;

const plain = (res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8') => {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
};

export function opsListener(options: OpsOptions): OpsListener {
  const { db, metrics } = options;
  async function readiness(): Promise<string | undefined> {
    try {
      const [row] = await readRows<{ n: number }>(db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
      const applied = row?.n ?? 0;
      return applied < options.migrations ? `migrations not applied: ${applied} of ${options.migrations}` : undefined;
    } catch (error) {
      return `database not answering: ${errorMessage(error)}`;
    }
  }
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const path = (req.url ?? '').split('?')[0];
    if (path === '/healthz') {
      plain(res, 200, 'ok\n');
      return true;
    }
    if (path === '/readyz') {
      void readiness().then((problem) => plain(res, problem ? 503 : 200, `${problem ?? 'ready'}\n`));
      return true;
    }
    if (path === '/metrics') {
      metrics.registry
        .metrics()
        .then((text) => plain(res, 200, text, metrics.registry.contentType))
        .catch((error: unknown) => plain(res, 503, `metrics unavailable: ${errorMessage(error)}\n`));
      return true;
    }
    return false;
  };
}
