import { and, eq } from 'drizzle-orm';
import { assignments, milestones, suggestions, units } from '../../db/schema.js';
import { canAccept } from '../../domain/permissions.js';
import { isLiveAssignment } from '../../domain/vocabulary.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { findSuggestion } from '../suggestions/find-suggestion.js';
import { type AcceptedAssignment, recordAcceptance } from './record-acceptance.js';

/** By button (one assignment) or by code (every assignment of it the person may accept). */
export type AcceptAssignmentInput = { assignmentId: number } | { code: string };

export interface AcceptAssignmentResult {
  code: string;
  title: string;
  accepted: AcceptedAssignment[];
}

/** 签收: the unit takes the assignment on; the one who assigned it is told. */
export async function acceptAssignment(ctx: ServiceContext, input: AcceptAssignmentInput): Promise<AcceptAssignmentResult> {
  return ctx.db.transaction(async (tx) => {
    const roles = await loadActorRoles(tx, ctx);
    const suggestion =
      'code' in input ? await findSuggestion(tx, input.code, ctx.actor) : await suggestionOfAssignment(tx, input.assignmentId);

    const rows = await tx
      .select({ assignment: assignments, unitName: units.name, plannedOn: milestones.plannedOn })
      .from(assignments)
      .innerJoin(units, eq(units.id, assignments.unitId))
      .innerJoin(milestones, and(eq(milestones.assignmentId, assignments.id), eq(milestones.kind, 'accept'), eq(milestones.round, 1)))
      .where('code' in input ? eq(assignments.suggestionId, suggestion.id) : eq(assignments.id, input.assignmentId));

    // By code, a supervisor is not assumed to act for a unit: only the unit's own people accept.
    const candidates = rows.filter(({ assignment }) => {
      if ('code' in input)
        return isLiveAssignment(assignment.status) && canAccept({ ...roles, isSupervisor: false }, ctx.actor, assignment).allowed;
      return true;
    });
    const only = rows[0];
    if ('assignmentId' in input) {
      if (!only) refuse({ code: 'unknown_assignment' });
      const permission = canAccept(roles, ctx.actor, only.assignment);
      if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
      if (!isLiveAssignment(only.assignment.status)) {
        refuse({ code: 'no_longer_assigned', unitName: only.unitName });
      }
    } else if (candidates.length === 0) {
      refuse({ code: 'forbidden', needs: ['liaison', 'handler'] });
    }
    const pending = candidates.filter(({ assignment }) => assignment.status === 'pending');
    if (pending.length === 0) refuse({ code: 'already_accepted', unitName: candidates[0]?.unitName ?? '' });

    const accepted = await recordAcceptance(tx, ctx, suggestion, pending);
    return { code: suggestion.code, title: suggestion.title, accepted };
  });
}

async function suggestionOfAssignment(tx: ServiceContext['db'], assignmentId: number) {
  const [row] = await tx
    .select({ suggestion: suggestions })
    .from(assignments)
    .innerJoin(suggestions, eq(suggestions.id, assignments.suggestionId))
    .where(eq(assignments.id, assignmentId));
  return row?.suggestion ?? refuse({ code: 'unknown_assignment' });
}
