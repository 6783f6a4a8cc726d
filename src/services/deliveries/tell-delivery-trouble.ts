import { and, count, eq, gt, inArray, min } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { outbox, supervisors } from '../../db/schema.js';
import { dateInZone } from '../../domain/calendar-date.js';
import type { DeliveryTrouble, DeliveryTroubleNotice } from '../../domain/notices.js';
import { currentSession } from '../sessions/current-session.js';
import { enqueueNotices } from '../shared/enqueue-notices.js';
import { supervisionAudience } from '../shared/supervision-audience.js';
import { readUndeliveredCount } from './read-undelivered-count.js';

/**
 * What a telling is about: a reader's messages refused, from the oldest one still waiting (told
 * once, however long it lasts or however often they are tried; a new refusal after they went is
 * a new telling), or a reader's messages given up on, told once a day.
 */
async function troubleKey(tx: Database, at: Date, timezone: string, trouble: DeliveryTrouble): Promise<string> {
  if (trouble.state === 'dead') return `delivery-trouble:${trouble.reader}:dead:${dateInZone(at, timezone)}`;
  const [oldest] = await tx
    .select({ id: min(outbox.id) })
    .from(outbox)
    .where(and(eq(outbox.channel, trouble.reader), inArray(outbox.status, ['pending', 'sending']), gt(outbox.permanentFailures, 0)));
  return `delivery-trouble:${trouble.reader}:${trouble.problem}:since:${oldest?.id ?? 0}`;
}

/** The reader's messages not delivered: every one still waiting (tried or not: none can go), and those given up on lately. */
async function undeliveredFor(tx: Database, at: Date, reader: string): Promise<number> {
  const [waiting] = await tx
    .select({ n: count() })
    .from(outbox)
    .where(and(eq(outbox.channel, reader), inArray(outbox.status, ['pending', 'sending'])));
  return (waiting?.n ?? 0) + (await readUndeliveredCount(tx, at, reader)).dead;
}

/**
 * Tells the supervision office, in plain words, that a reader's messages are not getting
 * through, never through the very channel or person that cannot be reached. Called by the
 * outbox in the transaction that records the refusal; what was told already is not read again.
 */
export async function tellDeliveryTrouble(tx: Database, at: Date, timezone: string, trouble: DeliveryTrouble): Promise<void> {
  const key = await troubleKey(tx, at, timezone, trouble);
  const { settings } = await currentSession(tx, at, timezone);
  const office = await supervisionAudience(tx, settings);
  const audience = office.includes(trouble.reader)
    ? (await tx.select({ userId: supervisors.userId }).from(supervisors)).map((row) => row.userId).filter((id) => id !== trouble.reader)
    : office;
  const keys = audience.map((to) => `${key}:${to}`);
  if (keys.length === 0) return;
  const told = await tx.select({ key: outbox.idempotencyKey }).from(outbox).where(inArray(outbox.idempotencyKey, keys));
  if (told.length === keys.length) return;
  const notice: DeliveryTroubleNotice = { type: 'delivery_trouble', ...trouble, undelivered: await undeliveredFor(tx, at, trouble.reader) };
  await enqueueNotices(
    tx,
    at,
    audience.map((to, index) => ({ key: keys[index]!, channel: to, notice })),
  );
}
