import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { assignments, coOpinions, units } from '../../db/schema.js';
import { dateInZone } from '../../domain/calendar-date.js';
import { canDraftForUnit } from '../../domain/permissions.js';
import { isAnswering, liveAssignmentStatuses } from '../../domain/vocabulary.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { findSuggestionByRef, type SuggestionRef, type SuggestionRow } from '../suggestions/find-suggestion.js';

export interface DraftingCoUnit {
  suggestion: SuggestionRow;
  co: typeof assignments.$inferSelect;
  unitName: string;
  /** The lead unit's live assignment, which the opinion goes to. */
  lead: typeof assignments.$inferSelect | undefined;
  leadUnitName: string;
}

/**
 * The co-handling unit for which the person writes the opinion on a suggestion (its handler,
 * liaison or division head), while the lead unit's answer of the round is still to be sent and
 * the unit has not sent its opinion for the round yet.
 */
export async function loadDraftingCoUnit(db: Database, ctx: ServiceContext, ref: SuggestionRef): Promise<DraftingCoUnit> {
  const suggestion = await findSuggestionByRef(db, ctx, ref);
  const live = await db
    .select({ assignment: assignments, unitName: units.name })
    .from(assignments)
    .innerJoin(units, eq(units.id, assignments.unitId))
    .where(and(eq(assignments.suggestionId, suggestion.id), inArray(assignments.status, [...liveAssignmentStatuses])));
  const roles = await loadActorRoles(db, ctx);
  const own = live.find((row) => row.assignment.role === 'co' && canDraftForUnit(roles, ctx.actor, row.assignment).allowed);
  if (!own) refuse({ code: 'forbidden', needs: ['handler', 'liaison', 'division'] });
  if (!isAnswering(suggestion.status)) refuse({ code: 'opinion_closed', status: suggestion.status });
  const [sent] = await db
    .select({ createdAt: coOpinions.createdAt })
    .from(coOpinions)
    .where(and(eq(coOpinions.assignmentId, own.assignment.id), eq(coOpinions.round, suggestion.round)));
  if (sent) refuse({ code: 'opinion_already_sent', unitName: own.unitName, sentOn: dateInZone(sent.createdAt, ctx.timezone) });
  const lead = live.find((row) => row.assignment.role === 'lead');
  return { suggestion, co: own.assignment, unitName: own.unitName, lead: lead?.assignment, leadUnitName: lead?.unitName ?? '' };
}
