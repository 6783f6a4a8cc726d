import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { assignments, units } from '../../db/schema.js';
import { liveAssignmentStatuses } from '../../domain/vocabulary.js';

/** The unit that answers for a suggestion (its live lead assignment) and that assignment's handler; none while no unit does. */
export async function readLeadUnit(
  db: Database,
  suggestionId: number,
): Promise<{ unitId: number; unitName: string; handlerUserId: string | null } | undefined> {
  const [row] = await db
    .select({ unitId: assignments.unitId, unitName: units.name, handlerUserId: assignments.handlerUserId })
    .from(assignments)
    .innerJoin(units, eq(units.id, assignments.unitId))
    .where(
      and(
        eq(assignments.suggestionId, suggestionId),
        eq(assignments.role, 'lead'),
        inArray(assignments.status, [...liveAssignmentStatuses]),
      ),
    );
  return row;
}
