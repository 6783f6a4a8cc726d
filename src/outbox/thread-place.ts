// Where a thread reply goes: under the post it follows up (or the gathered message that carried
// that post), once that post is in the channel.
import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client.js';
import { outbox } from '../db/schema.js';
import type { Sent } from './delivery.js';

/** In this thread; at the top level (the post it follows was never sent); or not yet (it is still on its way). */
export type ThreadPlace = { threadTs?: string } | 'wait';

const carrier = alias(outbox, 'carrier');

export async function threadPlace(db: Database, parentKey: string): Promise<ThreadPlace> {
  const [parent] = await db
    .select({ status: outbox.status, result: outbox.result, carrierStatus: carrier.status, carrierResult: carrier.result })
    .from(outbox)
    .leftJoin(carrier, eq(carrier.id, outbox.gatheredInto))
    .where(eq(outbox.idempotencyKey, parentKey));
  if (!parent) return {};
  const status = parent.status === 'gathered' ? parent.carrierStatus : parent.status;
  const result = (parent.status === 'gathered' ? parent.carrierResult : parent.result) as Sent | null;
  if (status === 'sent') return result?.ts ? { threadTs: result.ts } : {};
  return status === 'dead' ? {} : 'wait';
}
