import { asc } from 'drizzle-orm';
import { calendarOverrides } from '../../db/schema.js';
import type { ServiceContext } from '../shared/service-context.js';
import { type CalendarDay, publishedKind } from './set-calendar-day.js';

/** Every day the office set against the published calendar, in date order; anyone may look. */
export async function listCalendarDays(ctx: ServiceContext): Promise<CalendarDay[]> {
  const rows = await ctx.db.select().from(calendarOverrides).orderBy(asc(calendarOverrides.day));
  return rows.map((row) => ({ day: row.day, kind: row.kind, note: row.note, published: publishedKind(row.day) }));
}
