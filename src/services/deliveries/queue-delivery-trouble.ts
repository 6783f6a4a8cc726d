import { and, count, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { outbox, supervisors } from '../../db/schema.js';
import { dateInZone } from '../../domain/calendar-date.js';
import type { DeliveryTroubleNotice } from '../../domain/notices.js';
import { currentSession } from '../sessions/current-session.js';
import { enqueueNotices } from '../shared/enqueue-notices.js';
import { supervisionAudience } from '../shared/supervision-audience.js';

export type DeliveryTrouble = Omit<DeliveryTroubleNotice, 'type' | 'undelivered'>;

/**
 * Tells the supervision office that a reader's messages are not getting through: once a day for
 * each reader and problem, however many messages are stuck or however often they are tried (the
 * key says so), and never through the very channel or person that cannot be reached.
 */
export async function queueDeliveryTrouble(db: Database, at: Date, timezone: string, trouble: DeliveryTrouble): Promise<void> {
  const { settings } = await currentSession(db, at, timezone);
  const office = await supervisionAudience(db, settings);
  const audience = office.includes(trouble.reader)
    ? (await db.select({ userId: supervisors.userId }).from(supervisors)).map((row) => row.userId).filter((id) => id !== trouble.reader)
    : office;
  if (audience.length === 0) return;
  const [waiting] = await db
    .select({ undelivered: count() })
    .from(outbox)
    .where(and(eq(outbox.channel, trouble.reader), inArray(outbox.status, ['pending', 'sending', 'dead'])));
  const day = dateInZone(at, timezone);
  const notice: DeliveryTroubleNotice = { type: 'delivery_trouble', ...trouble, undelivered: waiting?.undelivered ?? 0 };
  await enqueueNotices(
    db,
    at,
    audience.map((to) => ({
      key: `delivery-trouble:${trouble.reader}:${trouble.state}:${trouble.problem}:${day}:${to}`,
      channel: to,
      notice,
    })),
  );
}
