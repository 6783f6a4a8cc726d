import { and, eq, min } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { assignments, milestones, type suggestions } from '../../db/schema.js';
import { type CalendarDate, dateInZone } from '../../domain/calendar-date.js';

/**
 * The day the suggestion's current round opened: the day of assignment for the first, else the day
 * the round's steps were first planned (the deputy's 不满意 was recorded).
 */
export async function readRoundStart(
  db: Database,
  timezone: string,
  suggestion: Pick<typeof suggestions.$inferSelect, 'id' | 'round' | 'assignedOn'>,
): Promise<CalendarDate> {
  if (suggestion.round === 1) return suggestion.assignedOn;
  const [row] = await db
    .select({ at: min(milestones.createdAt) })
    .from(milestones)
    .innerJoin(assignments, eq(assignments.id, milestones.assignmentId))
    .where(and(eq(assignments.suggestionId, suggestion.id), eq(milestones.round, suggestion.round)));
  return row?.at ? dateInZone(row.at, timezone) : suggestion.assignedOn;
}
