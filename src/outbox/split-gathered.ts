// A gathered message Slack refuses as too big is split, never dropped: the first half keeps the
// row and its key (nothing went out under it), the second half becomes a row of its own, and the
// notices of that half are carried by it, all in one transaction while the claim still holds.
import { inArray, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { jsonValue } from '../db/read-rows.js';
import { outbox } from '../db/schema.js';
import type { Notice } from '../domain/notices.js';
import type { OutboxRow } from './claim-messages.js';

/** Slack's refusals of a message that smaller ones may pass (too long, or one notice's blocks it cannot take). */
export const splittableRefusals = new Set(['msg_blocks_too_long', 'msg_too_long', 'invalid_blocks']);

/** Whether the row is a gathered message of more than one notice, which splitGathered can halve. */
export function canSplit(row: OutboxRow): boolean {
  const notice = jsonValue<Notice>(row.payload);
  return notice.type === 'gathered' && notice.items.length > 1;
}

/** Halves the gathered message, while the claim (`held`) still holds it. */
export async function splitGathered(db: Database, row: OutboxRow, held: SQL | undefined): Promise<void> {
  const notice = jsonValue<Notice>(row.payload);
  if (notice.type !== 'gathered') return;
  const middle = Math.ceil(notice.items.length / 2);
  const first = notice.items.slice(0, middle);
  const second = notice.items.slice(middle);
  await db.transaction(async (tx) => {
    const kept = await tx
      .update(outbox)
      .set({ payload: { type: 'gathered', items: first }, status: 'pending', leaseUntil: null, attempts: 0, maybeSent: false })
      .where(held)
      .returning({ id: outbox.id });
    if (kept.length === 0) return;
    const [rest] = await tx
      .insert(outbox)
      .values({
        // Named after its first notice, which it alone carries: a half split again never collides.
        idempotencyKey: `${row.idempotencyKey}/${second[0]!.key}`,
        method: row.method,
        channel: row.channel,
        payload: { type: 'gathered', items: second },
        createdAt: row.createdAt,
      })
      .returning({ id: outbox.id });
    await tx
      .update(outbox)
      .set({ gatheredInto: rest!.id })
      .where(
        inArray(
          outbox.idempotencyKey,
          second.map((item) => item.key),
        ),
      );
  });
}
