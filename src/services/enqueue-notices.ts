import { outbox } from '../db/schema.js';
import type { Database } from '../db/client.js';
import type { Notice } from '../domain/notices.js';

export interface OutgoingNotice {
  /** Unique per message ever meant: the same key twice is the same message, sent once. */
  key: string;
  /** A channel id, or a user id for a DM. */
  channel: string;
  notice: Notice;
}

/** Queues messages in the change's own transaction; a key already queued is left as it is. */
export async function enqueueNotices(tx: Database, now: Date, messages: OutgoingNotice[]): Promise<void> {
  if (messages.length === 0) return;
  await tx
    .insert(outbox)
    .values(
      messages.map((message) => ({
        idempotencyKey: message.key,
        method: 'chat.postMessage',
        channel: message.channel,
        payload: message.notice,
        // not_before keeps its default, the database's clock: when a message may go is real time,
        // while created_at records the change's own time.
        createdAt: now,
      })),
    )
    .onConflictDoNothing({ target: outbox.idempotencyKey });
}
