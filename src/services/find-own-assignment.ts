import { and, eq, inArray } from 'drizzle-orm';
import { assignments, units } from '../db/schema.js';
import type { Database } from '../db/client.js';
import type { ActorRoles } from '../domain/permissions.js';
import { liveAssignmentStatuses } from '../domain/vocabulary.js';

export type OwnAssignment = { assignment: typeof assignments.$inferSelect; unitName: string };

/**
 * The live assignment of a suggestion that the person works on: one they handle, or one of a
 * unit where they hold a role other than member; the lead unit's first.
 */
export async function findOwnAssignment(db: Database, suggestionId: number, actor: string, roles: ActorRoles): Promise<OwnAssignment | undefined> {
  const rows = await db
    .select({ assignment: assignments, unitName: units.name })
    .from(assignments)
    .innerJoin(units, eq(units.id, assignments.unitId))
    .where(and(eq(assignments.suggestionId, suggestionId), inArray(assignments.status, [...liveAssignmentStatuses])));
  const works = (row: OwnAssignment) =>
    row.assignment.handlerUserId === actor || [...(roles.units.get(row.assignment.unitId) ?? [])].some((role) => role !== 'member');
  return rows.filter(works).sort((a, b) => (a.assignment.role === b.assignment.role ? a.assignment.id - b.assignment.id : a.assignment.role === 'lead' ? -1 : 1))[0];
}
