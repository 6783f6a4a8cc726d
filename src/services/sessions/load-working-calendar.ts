import type { Database } from '../../db/client.js';
import { calendarOverrides } from '../../db/schema.js';
import { type WorkingCalendar, workingCalendar } from '../../domain/calendar.js';

export async function loadWorkingCalendar(db: Database): Promise<WorkingCalendar> {
  const rows = await db.select({ day: calendarOverrides.day, kind: calendarOverrides.kind }).from(calendarOverrides);
  return workingCalendar(new Map(rows.map((row) => [row.day, row.kind])));
}
