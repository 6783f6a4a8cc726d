import { createHash } from 'node:crypto';
import { lt } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { type ReadMany, readTogether } from '../../db/read-together.js';
import { seenRequests } from '../../db/schema.js';

/** Whether a signed request is seen for the first time by any instance; it is recorded as seen. */
export type FirstSeen = (signature: string, sentAtSeconds: number, nowMs: number) => Promise<boolean>;

/** Sweeps at most this often per instance: the rows are few (the requests of minutes). */
const sweepEveryMs = 30_000;

interface Seen {
  hash: string;
  sentAt: Date;
}

/**
 * The requests of one turn of the event loop, recorded in one statement: under load an insert a
 * request would queue every ack behind the database's commits. Within a batch, as across
 * batches, only the first of the same signature is new.
 */
const recordMany: ReadMany<Seen, true> = async (db, seen) => {
  const inserted = await db
    .insert(seenRequests)
    .values(seen.map(({ hash, sentAt }) => ({ signatureHash: hash, sentAt })))
    .onConflictDoNothing()
    .returning({ hash: seenRequests.signatureHash });
  const fresh = new Set(inserted.map((row) => row.hash));
  return seen.map(({ hash }) => (fresh.delete(hash) ? true : undefined));
};

const record = readTogether(recordMany);

/**
 * Requests served, recorded in the database: a replay is refused by whichever instance it reaches,
 * before or after a restart. Rows older than twice the window (a replay of them is stale anyway)
 * are swept now and then, by whichever instance comes by.
 */
export function rememberRequestsIn(db: Database, windowSeconds: number): FirstSeen {
  let lastSweep = 0;
  return async (signature, sentAtSeconds, nowMs) => {
    if (nowMs - lastSweep > sweepEveryMs) {
      lastSweep = nowMs;
      await db.delete(seenRequests).where(lt(seenRequests.sentAt, new Date(nowMs - 2 * windowSeconds * 1000)));
    }
    const hash = createHash('sha256').update(signature).digest('hex');
    return (await record(db, { hash, sentAt: new Date(sentAtSeconds * 1000) })) === true;
  };
}
