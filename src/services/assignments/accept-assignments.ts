import { and, eq, inArray } from 'drizzle-orm';
import { assignments, milestones, suggestions, units } from '../../db/schema.js';
import { canAccept, handles } from '../../domain/permissions.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { type PendingAcceptance, recordAcceptance } from './record-acceptance.js';

/** An assignment named by the suggestion's code and its unit. */
export interface AssignmentRef {
  code: string;
  unitName: string;
}

export interface AcceptAssignmentsResult {
  accepted: AssignmentRef[];
  /** Of a unit the person belongs to, but not theirs to sign: left for those who may sign for it. */
  notTheirs: AssignmentRef[];
  /** Of units the person has no part in: counted, not named (a button's value can name any). */
  othersUnseen: number;
  /** Signed for already, or no longer the unit's. */
  settled: AssignmentRef[];
}

/**
 * 全部签收: every assignment of a batch the person may sign for, in one change; the others are
 * named, not refused, so one click never half-works silently. A supervisor signs only for a unit
 * they belong to, as with 签收 by code.
 */
export async function acceptAssignments(
  ctx: ServiceContext,
  input: { assignmentIds: readonly number[] },
): Promise<AcceptAssignmentsResult> {
  return ctx.db.transaction(async (tx) => {
    const roles = { ...(await loadActorRoles(tx, ctx)), isSupervisor: false };
    const rows = await tx
      .select({ assignment: assignments, suggestion: suggestions, unitName: units.name, plannedOn: milestones.plannedOn })
      .from(assignments)
      .innerJoin(suggestions, eq(suggestions.id, assignments.suggestionId))
      .innerJoin(units, eq(units.id, assignments.unitId))
      .innerJoin(milestones, and(eq(milestones.assignmentId, assignments.id), eq(milestones.kind, 'accept'), eq(milestones.round, 1)))
      .where(inArray(assignments.id, [...input.assignmentIds]))
      .orderBy(suggestions.code, assignments.id);
    if (rows.length === 0) refuse({ code: 'unknown_assignment' });
    const result: AcceptAssignmentsResult = { accepted: [], notTheirs: [], othersUnseen: 0, settled: [] };
    const pendingBySuggestion = new Map<number, { suggestion: (typeof rows)[number]['suggestion']; pending: PendingAcceptance[] }>();
    // A unit the person works in: one where they hold a role, or handle an assignment of the batch.
    const worksIn = new Set([
      ...roles.units.keys(),
      ...rows.filter((row) => handles(roles, ctx.actor, row.assignment)).map((row) => row.assignment.unitId),
    ]);
    for (const row of rows) {
      const ref = { code: row.suggestion.code, unitName: row.unitName };
      if (!canAccept(roles, ctx.actor, row.assignment).allowed) {
        if (worksIn.has(row.assignment.unitId)) result.notTheirs.push(ref);
        else result.othersUnseen += 1;
      } else if (row.assignment.status !== 'pending') result.settled.push(ref);
      else {
        const entry = pendingBySuggestion.get(row.suggestion.id) ?? { suggestion: row.suggestion, pending: [] };
        entry.pending.push(row);
        pendingBySuggestion.set(row.suggestion.id, entry);
        result.accepted.push(ref);
      }
    }
    if (result.accepted.length === 0 && result.settled.length === 0) refuse({ code: 'forbidden', needs: ['liaison', 'handler'] });
    for (const { suggestion, pending } of pendingBySuggestion.values()) await recordAcceptance(tx, ctx, suggestion, pending);
    return result;
  });
}
