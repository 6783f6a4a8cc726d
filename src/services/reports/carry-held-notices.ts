// The daily digest's other half (DESIGN §4): the notices that asked nothing of their reader wait,
// held, until the reader's next daily message carries them: a person's reminder, a channel's
// daily summary. Each held notice is marked as carried by that message's row in the transaction
// that writes the row, so it is shown once and never lost.
import { and, eq, inArray, lte } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { jsonValue } from '../../db/read-rows.js';
import { outbox } from '../../db/schema.js';
import type { CalendarDate } from '../../domain/calendar-date.js';
import { groupBy } from '../../domain/group-by.js';
import type { CarriedNotice, MessageNotice, ReminderNotice } from '../../domain/notices.js';
import type { OutgoingNotice } from '../shared/enqueue-notices.js';
import { isPersonAddress } from '../shared/is-person-address.js';

/**
 * Adds to the day's messages each reader's held notices (a person's in their reminder, one
 * written for them if they have none; a channel's in its daily summary), and resolves to the
 * held rows each message's key carries, for markCarried once they are queued.
 */
export async function carryHeldNotices(
  tx: Database,
  at: Date,
  day: CalendarDate,
  messages: OutgoingNotice[],
  emptyReminder: () => ReminderNotice,
): Promise<Map<string, number[]>> {
  const held = await tx
    .select({ id: outbox.id, key: outbox.idempotencyKey, channel: outbox.channel, payload: outbox.payload })
    .from(outbox)
    .where(and(eq(outbox.status, 'held'), lte(outbox.createdAt, at)))
    .orderBy(outbox.id)
    .for('update');
  const byReader = groupBy(held, (row) => row.channel);
  const carriers = new Map<string, number[]>();
  for (const [reader, rows] of byReader) {
    const since: CarriedNotice[] = rows.map((row) => ({ key: row.key, notice: jsonValue<MessageNotice>(row.payload) }));
    const key = isPersonAddress(reader) ? `reminder:${day}:${reader}` : `summary:${day}:${reader}`;
    const reminder = messages.find((message) => message.key === key);
    if (reminder) reminder.notice = { ...(reminder.notice as ReminderNotice), since };
    else if (isPersonAddress(reader)) messages.push({ key, channel: reader, notice: { ...emptyReminder(), since } });
    else messages.push({ key, channel: reader, notice: { type: 'daily_summary', day, items: since } });
    carriers.set(
      key,
      rows.map((row) => row.id),
    );
  }
  return carriers;
}

/**
 * Marks each held notice as carried by the message queued under its carrier's key, for the keys
 * this run queued: a message of the day queued already (the job run again, even at the same
 * moment on another instance) does not hold them, and they wait for tomorrow's.
 */
export async function markCarried(tx: Database, carriers: Map<string, number[]>, queued: readonly string[]): Promise<void> {
  const keys = queued.filter((key) => carriers.has(key));
  if (keys.length === 0) return;
  const rows = await tx.select({ id: outbox.id, key: outbox.idempotencyKey }).from(outbox).where(inArray(outbox.idempotencyKey, keys));
  for (const row of rows) {
    await tx
      .update(outbox)
      .set({ status: 'gathered', gatheredInto: row.id })
      .where(and(inArray(outbox.id, carriers.get(row.key) ?? []), eq(outbox.status, 'held')));
  }
}
