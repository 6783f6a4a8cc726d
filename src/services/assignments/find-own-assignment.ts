import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { assignments, suggestions, units } from '../../db/schema.js';
import { type ActorRoles, handles } from '../../domain/permissions.js';
import { liveAssignmentStatuses } from '../../domain/vocabulary.js';
import { refuse } from '../shared/service-error.js';

export type OwnAssignment = { assignment: typeof assignments.$inferSelect; unitName: string };

/** An assignment a button or a form names by its id, with its suggestion and unit's name; refused when there is none. */
export async function findAssignment(db: Database, assignmentId: number) {
  const [row] = await db
    .select({ assignment: assignments, suggestion: suggestions, unitName: units.name })
    .from(assignments)
    .innerJoin(suggestions, eq(suggestions.id, assignments.suggestionId))
    .innerJoin(units, eq(units.id, assignments.unitId))
    .where(eq(assignments.id, assignmentId));
  return row ?? refuse({ code: 'unknown_assignment' });
}

/** The assignments of a suggestion still in force, with their units' names. */
export function readLiveAssignments(db: Database, suggestionId: number): Promise<OwnAssignment[]> {
  return db
    .select({ assignment: assignments, unitName: units.name })
    .from(assignments)
    .innerJoin(units, eq(units.id, assignments.unitId))
    .where(and(eq(assignments.suggestionId, suggestionId), inArray(assignments.status, [...liveAssignmentStatuses])));
}

/**
 * Of a suggestion's live assignments, the one the person works on: one they handle, or one of a
 * unit where they hold a role other than member; the lead unit's first.
 */
export function ownAssignmentAmong(rows: readonly OwnAssignment[], actor: string, roles: ActorRoles): OwnAssignment | undefined {
  const works = (row: OwnAssignment) =>
    handles(roles, actor, row.assignment) || [...(roles.units.get(row.assignment.unitId) ?? [])].some((role) => role !== 'member');
  return rows
    .filter(works)
    .sort((a, b) =>
      a.assignment.role === b.assignment.role ? a.assignment.id - b.assignment.id : a.assignment.role === 'lead' ? -1 : 1,
    )[0];
}

/** The live assignment of a suggestion that the person works on (ownAssignmentAmong). */
export async function findOwnAssignment(
  db: Database,
  suggestionId: number,
  actor: string,
  roles: ActorRoles,
): Promise<OwnAssignment | undefined> {
  return ownAssignmentAmong(await readLiveAssignments(db, suggestionId), actor, roles);
}
