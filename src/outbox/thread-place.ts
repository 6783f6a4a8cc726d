// Where a thread reply goes: under the post it follows up (or the gathered message that carried
// that post), once that post is in the channel.
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { outbox } from '../db/schema.js';
import type { Sent } from './delivery.js';

/** In this thread; at the top level (the post it follows was never sent); or not yet (it is still on its way): look again in so many seconds. */
export type ThreadPlace = { threadTs?: string } | { waitSeconds: number };

/** How soon a reply looks again for a post on its way. */
const lookAgainSeconds = 2;

const postOf = (db: Database, where: ReturnType<typeof eq>) =>
  db
    .select({
      status: outbox.status,
      result: outbox.result,
      gatheredInto: outbox.gatheredInto,
      refused: sql<boolean>`${outbox.permanentFailures} > 0`,
      dueInSeconds: sql<number>`extract(epoch from (${outbox.notBefore} - now()))::float8`,
    })
    .from(outbox)
    .where(where);

export async function threadPlace(db: Database, parentKey: string): Promise<ThreadPlace> {
  let [post] = await postOf(db, eq(outbox.idempotencyKey, parentKey));
  // Two lookups by key and by id, each on its index: a join of the table with itself was planned as a scan.
  if (post?.status === 'gathered' && post.gatheredInto !== null) [post] = await postOf(db, eq(outbox.id, post.gatheredInto));
  if (!post) return {};
  if (post.status === 'sent') {
    const ts = (post.result as Sent | null)?.ts;
    return ts ? { threadTs: ts } : {};
  }
  if (post.status === 'dead') return {};
  // A post Slack refused (the bot not in the channel) waits for its next try, perhaps an hour: so does its reply.
  return { waitSeconds: post.refused ? Math.max(lookAgainSeconds, Number(post.dueInSeconds)) : lookAgainSeconds };
}
