import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { readRows } from '../../db/read-rows.js';

/**
 * Whether every one of these messages is in the outbox already: a report's job fires every day
 * and is due once, so a later run asks this (by exact key, through the unique index) before it
 * reads the ledger for content it would not send. No messages to send (nobody to send them to)
 * counts as all queued: there is nothing to read the ledger for.
 */
export async function alreadyQueued(db: Database, keys: readonly string[]): Promise<boolean> {
  if (keys.length === 0) return true;
  const [row] = await readRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from outbox where idempotency_key = any(${sql.param([...keys])}::text[])`,
  );
  return (row?.n ?? 0) === new Set(keys).size;
}
