import { createHash } from 'node:crypto';
import { lt } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { seenRequests } from '../../db/schema.js';

/** Whether a signed request is seen for the first time by any instance; it is recorded as seen. */
export type FirstSeen = (signature: string, sentAtSeconds: number, nowMs: number) => Promise<boolean>;

/** Sweeps at most this often per instance: the rows are few (the requests of five minutes). */
const sweepEveryMs = 30_000;

/**
 * Requests served, recorded in the database: a replay is refused by whichever instance it reaches,
 * before or after a restart. One insert on the ack path; rows older than the window are swept
 * now and then, by whichever instance comes by.
 */
export function rememberRequestsIn(db: Database, windowSeconds: number): FirstSeen {
  let lastSweep = 0;
  return async (signature, sentAtSeconds, at) => {
    if (at - lastSweep > sweepEveryMs) {
      lastSweep = at;
      await db.delete(seenRequests).where(lt(seenRequests.sentAt, new Date(at - 2 * windowSeconds * 1000)));
    }
    const inserted = await db
      .insert(seenRequests)
      .values({ signatureHash: createHash('sha256').update(signature).digest('hex'), sentAt: new Date(sentAtSeconds * 1000) })
      .onConflictDoNothing()
      .returning({ hash: seenRequests.signatureHash });
    return inserted.length > 0;
  };
}
