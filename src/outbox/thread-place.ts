// Where a thread reply goes: under the post it follows up (or the gathered message that carried
// that post), once that post is in the channel.
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { outbox } from '../db/schema.js';
import type { Sent } from './delivery.js';

/** In this thread; at the top level (the post it follows was never sent); or not yet (it is still on its way). */
export type ThreadPlace = { threadTs?: string } | 'wait';

const postOf = (db: Database, where: ReturnType<typeof eq>) =>
  db.select({ status: outbox.status, result: outbox.result, gatheredInto: outbox.gatheredInto }).from(outbox).where(where);

export async function threadPlace(db: Database, parentKey: string): Promise<ThreadPlace> {
  let [post] = await postOf(db, eq(outbox.idempotencyKey, parentKey));
  // Two lookups by key and by id, each on its index: a join of the table with itself was planned as a scan.
  if (post?.status === 'gathered' && post.gatheredInto !== null) [post] = await postOf(db, eq(outbox.id, post.gatheredInto));
  if (!post) return {};
  if (post.status === 'sent') {
    const ts = (post.result as Sent | null)?.ts;
    return ts ? { threadTs: ts } : {};
  }
  return post.status === 'dead' ? {} : 'wait';
}
