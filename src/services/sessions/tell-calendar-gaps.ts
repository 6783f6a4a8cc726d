import type { Database } from '../../db/client.js';
import { dateInZone } from '../../domain/calendar-date.js';
import { enqueueNotices } from '../shared/enqueue-notices.js';
import { supervisionAudience } from '../shared/supervision-audience.js';
import { currentSession } from './current-session.js';
import { readCalendarGaps } from './read-calendar-gaps.js';

/**
 * Tells the supervision office, once a year missing (at start, and with each daily run, so from
 * December the next year too), that the working calendar lacks that year's holidays and what to
 * do. Once: the notice's key is the year, whatever the instance or the restart.
 */
export async function tellCalendarGaps(db: Database, at: Date, timezone: string): Promise<number[]> {
  const gaps = await readCalendarGaps(db, dateInZone(at, timezone));
  if (gaps.length === 0) return gaps;
  const { settings } = await currentSession(db, at, timezone);
  const audience = await supervisionAudience(db, settings);
  await db.transaction((tx) =>
    enqueueNotices(
      tx,
      at,
      gaps.flatMap((year) =>
        audience.map((to) => ({ key: `calendar-gap:${year}:${to}`, channel: to, notice: { type: 'calendar_gap' as const, year } })),
      ),
    ),
  );
  return gaps;
}
