import { eq } from 'drizzle-orm';
import { assignments, milestones, suggestions, units } from '../../db/schema.js';
import { canCompleteNode } from '../../domain/permissions.js';
import { isLiveAssignment, windowKinds } from '../../domain/vocabulary.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';

/**
 * A node someone acts on from a reminder line (done, remind later): it must be a step (not a
 * window), of an assignment still in force, and theirs to work on.
 */
export async function loadWorkableNode(tx: ServiceContext['db'], ctx: ServiceContext, milestoneId: number) {
  const [row] = await tx
    .select({ milestone: milestones, assignment: assignments, code: suggestions.code, unitName: units.name })
    .from(milestones)
    .innerJoin(assignments, eq(assignments.id, milestones.assignmentId))
    .innerJoin(suggestions, eq(suggestions.id, assignments.suggestionId))
    .innerJoin(units, eq(units.id, assignments.unitId))
    .where(eq(milestones.id, milestoneId));
  if (!row || windowKinds.has(row.milestone.kind)) refuse({ code: 'unknown_node' });
  const permission = canCompleteNode(await loadActorRoles(tx, ctx), ctx.actor, row.assignment);
  if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
  if (!isLiveAssignment(row.assignment.status)) refuse({ code: 'no_longer_assigned', unitName: row.unitName });
  return row;
}
