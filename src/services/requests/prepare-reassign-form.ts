import { and, asc, eq, inArray, notInArray } from 'drizzle-orm';
import { assignments, suggestions, transferRequests, units } from '../../db/schema.js';
import { canDecideRequests } from '../../domain/permissions.js';
import { type AssignmentRole, liveAssignmentStatuses } from '../../domain/vocabulary.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { alreadyDecided } from './refuse-already-decided.js';

export interface ReassignForm {
  requestId: number;
  code: string;
  title: string;
  fromUnitName: string;
  role: AssignmentRole;
  reason: string;
  requestedBy: string;
  /** Units that could take it over: every unit not already handling the suggestion. */
  units: Array<{ id: number; name: string }>;
}

/** What the 改派 form offers; refused before it opens if the request is not the person's to decide. */
export async function prepareReassignForm(ctx: ServiceContext, input: { requestId: number }): Promise<ReassignForm> {
  const permission = canDecideRequests(await loadActorRoles(ctx.db, ctx));
  if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
  const [row] = await ctx.db
    .select({ request: transferRequests, suggestion: suggestions, role: assignments.role, fromUnitName: units.name })
    .from(transferRequests)
    .innerJoin(assignments, eq(assignments.id, transferRequests.assignmentId))
    .innerJoin(suggestions, eq(suggestions.id, assignments.suggestionId))
    .innerJoin(units, eq(units.id, assignments.unitId))
    .where(eq(transferRequests.id, input.requestId));
  if (!row) refuse({ code: 'unknown_request' });
  const { request, suggestion } = row;
  if (request.status !== 'pending') refuse(alreadyDecided(request));
  const handling = ctx.db
    .select({ unitId: assignments.unitId })
    .from(assignments)
    .where(and(eq(assignments.suggestionId, suggestion.id), inArray(assignments.status, [...liveAssignmentStatuses])));
  const candidates = await ctx.db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(notInArray(units.id, handling))
    .orderBy(asc(units.name));
  return {
    requestId: request.id,
    code: suggestion.code,
    title: suggestion.title,
    fromUnitName: row.fromUnitName,
    role: row.role,
    reason: request.reason,
    requestedBy: request.requestedBy,
    units: candidates,
  };
}
