// Claiming messages to send: the oldest waiting message of each channel whose pace allows one
// now, locked with SKIP LOCKED so that instances never take the same row, leased for a while, and
// its channel's next turn set, all in one transaction on the database's clock.
import { and, asc, inArray, lte, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { readRows } from '../db/read-rows.js';
import { outbox, outboxChannelPace } from '../db/schema.js';

export type OutboxRow = typeof outbox.$inferSelect;

/** An instant `seconds` from now by the database's clock, which every instance shares. */
export const inSeconds = (seconds: number) => sql`now() + make_interval(secs => ${seconds})`;

/**
 * Waiting and due, or claimed by an instance whose lease ran out. A notice that gathers waits out
 * the notice window first, for others to its reader to go with it (gather-notices.ts); one
 * already tried has had its wait.
 */
const ready = (windowSeconds: number, gathering: boolean) => sql`${outbox.notBefore} <= now()
  and (${outbox.status} = 'pending' or (${outbox.status} = 'sending' and ${outbox.leaseUntil} <= now()))
  and (not ${outbox.gathers} or ${outbox.attempts} > 0 or (${outbox.notBefore} <= now() - make_interval(secs => ${windowSeconds})
    ${gathering ? waitsWithOthers : sql``}))`;

/**
 * While gathering, a notice with others waiting for its reader is left to gatherNotices, however
 * many readers a burst reached (it gathers a few dozen a pass) and whichever instance gathers.
 */
const waitsWithOthers = sql`and not exists (
  select 1 from ${outbox} sibling
  where sibling.channel = ${outbox.channel} and sibling.gathers and sibling.attempts = 0
    and sibling.status = 'pending' and sibling.id <> ${outbox.id})`;

export interface ClaimOptions {
  instanceId: string;
  batchSize: number;
  leaseSeconds: number;
  channelIntervalMs: number;
  /** How long a notice that gathers waits for others to its reader (NOTICE_WINDOW_SECONDS). */
  noticeWindowSeconds: number;
  /** Whether notices are gathered at all (a window of 0 sends each at once). */
  gathering: boolean;
}

export async function claimMessages(db: Database, claim: ClaimOptions): Promise<OutboxRow[]> {
  const { instanceId, batchSize, leaseSeconds, channelIntervalMs } = claim;
  const isReady = ready(claim.noticeWindowSeconds, claim.gathering);
  // The oldest waiting message of each channel whose pace allows one now, oldest first: a
  // backlog in one channel never holds the others back.
  const heads = await readRows<{ id: number }>(
    db,
    sql`select id from (
          select distinct on (${outbox.channel}) ${outbox.id}
          from ${outbox} left join ${outboxChannelPace} on ${outboxChannelPace.channel} = ${outbox.channel}
          where ${isReady} and (${outboxChannelPace.nextSendAt} is null or ${outboxChannelPace.nextSendAt} <= now())
          order by ${outbox.channel}, ${outbox.id}
        ) heads order by id limit ${sql.raw(String(batchSize))}`,
  );
  if (heads.length === 0) return [];
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: outbox.id, channel: outbox.channel })
      .from(outbox)
      .where(
        and(
          inArray(
            outbox.id,
            heads.map((head) => Number(head.id)),
          ),
          isReady,
        ),
      )
      .for('update', { skipLocked: true });
    // Pace rows are created and locked in channel order, so two instances never deadlock.
    const channels = [...new Set(rows.map((row) => row.channel))].sort();
    if (channels.length === 0) return [];
    await tx
      .insert(outboxChannelPace)
      .values(channels.map((channel) => ({ channel, nextSendAt: sql`now()` })))
      .onConflictDoNothing();
    const open = await tx
      .select({ channel: outboxChannelPace.channel })
      .from(outboxChannelPace)
      .where(and(inArray(outboxChannelPace.channel, channels), lte(outboxChannelPace.nextSendAt, sql`now()`)))
      .orderBy(asc(outboxChannelPace.channel))
      .for('update', { skipLocked: true });
    if (open.length === 0) return [];
    const openChannels = new Set(open.map((row) => row.channel));
    await tx
      .update(outboxChannelPace)
      .set({ nextSendAt: inSeconds(channelIntervalMs / 1000) })
      .where(inArray(outboxChannelPace.channel, [...openChannels]));
    return tx
      .update(outbox)
      .set({
        status: 'sending',
        leaseUntil: inSeconds(leaseSeconds),
        attempts: sql`${outbox.attempts} + 1`,
        claimedBy: instanceId,
        firstAttemptAt: sql`coalesce(${outbox.firstAttemptAt}, now())`,
        // A row still 'sending' here was claimed by an instance that died mid-send.
        maybeSent: sql`${outbox.maybeSent} or ${outbox.status} = 'sending'`,
      })
      .where(
        inArray(
          outbox.id,
          rows.filter((row) => openChannels.has(row.channel)).map((row) => row.id),
        ),
      )
      .returning();
  });
}
