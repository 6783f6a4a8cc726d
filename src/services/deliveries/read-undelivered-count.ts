import { and, count, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { outbox } from '../../db/schema.js';
import { undeliveredWhere } from './undelivered-where.js';

/** How many messages the office must see to, in all or for one reader: refused and retried, and given up on lately. */
export async function readUndeliveredCount(db: Database, now: Date, reader?: string): Promise<{ retrying: number; dead: number }> {
  const where = undeliveredWhere(now);
  const forReader = reader === undefined ? undefined : eq(outbox.channel, reader);
  const [retrying, dead] = await Promise.all(
    [where.retrying, where.dead].map(async (kind) => (await db.select({ n: count() }).from(outbox).where(and(kind, forReader)))[0]?.n ?? 0),
  );
  return { retrying: retrying ?? 0, dead: dead ?? 0 };
}
