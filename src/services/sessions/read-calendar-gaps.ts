import type { Database } from '../../db/client.js';
import { calendarOverrides } from '../../db/schema.js';
import { yearsWithoutHolidays } from '../../domain/calendar-coverage.js';
import type { CalendarDate } from '../../domain/calendar-date.js';

/** The years needed on `today` whose holidays neither the calendar package nor the office's own days give. */
export async function readCalendarGaps(db: Database, today: CalendarDate): Promise<number[]> {
  const rows = await db.select({ day: calendarOverrides.day, kind: calendarOverrides.kind }).from(calendarOverrides);
  return yearsWithoutHolidays(today, new Map(rows.map((row) => [row.day, row.kind])));
}
