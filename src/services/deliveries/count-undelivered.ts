import { count, or } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { outbox } from '../../db/schema.js';
import { undeliveredWhere } from './undelivered-where.js';

/** How many messages the office must see to (the figure its Home tab shows beside `/suggest outbox`). */
export async function countUndelivered(db: Database, now: Date): Promise<number> {
  const where = undeliveredWhere(now);
  const [row] = await db.select({ n: count() }).from(outbox).where(or(where.retrying, where.dead));
  return row?.n ?? 0;
}
