import type { Database } from '../../db/client.js';
import { canRoute } from '../../domain/permissions.js';
import type { UnitRef } from '../../domain/unit-ref.js';
import { isLiveAssignment } from '../../domain/vocabulary.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { findSuggestion, type SuggestionRow } from '../suggestions/find-suggestion.js';
import { loadUnits, matchUnit } from '../units/match-unit.js';
import { findAssignment, type OwnAssignment, readLiveAssignments } from './find-own-assignment.js';

/** By the suggestion's code (and the unit, where the person routes for several), or by the assignment a button names. */
export type RouteRef = { code: string; unit?: UnitRef | undefined } | { assignmentId: number };

export type RoutableAssignment = OwnAssignment & { suggestion: SuggestionRow };

/**
 * An assignment whose 四个一 the person may set (分办): a live one of a unit where they are the
 * liaison, or any for the office; by code, the one unit the person routes for (the lead unit's
 * for the office), or the unit they name.
 */
export async function loadRoutableAssignment(
  db: Database,
  ctx: Pick<ServiceContext, 'actor' | 'now'>,
  ref: RouteRef,
): Promise<RoutableAssignment> {
  const roles = await loadActorRoles(db, ctx);
  let found: RoutableAssignment;
  if ('code' in ref) {
    const suggestion = await findSuggestion(db, ref.code, ctx.actor);
    const live = await readLiveAssignments(db, suggestion.id);
    const unit = ref.unit && matchUnit(await loadUnits(db), ref.unit);
    const routable = live.filter((row) => canRoute(roles, row.assignment.unitId).allowed);
    let chosen: OwnAssignment | undefined;
    if (unit) {
      chosen = live.find((row) => row.assignment.unitId === unit.id);
      if (!chosen) refuse({ code: 'unit_not_on_suggestion', unitName: unit.name, suggestionCode: suggestion.code });
    } else if (roles.isSupervisor) chosen = live.find((row) => row.assignment.role === 'lead');
    else if (routable.length > 1)
      refuse({ code: 'route_unit_needed', suggestionCode: suggestion.code, unitNames: routable.map((row) => row.unitName) });
    else chosen = routable[0];
    if (!chosen) refuse({ code: 'forbidden', needs: ['supervisor', 'liaison'] });
    found = { ...chosen, suggestion };
  } else found = await findAssignment(db, ref.assignmentId);
  const permission = canRoute(roles, found.assignment.unitId);
  if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
  if (!isLiveAssignment(found.assignment.status)) refuse({ code: 'no_longer_assigned', unitName: found.unitName });
  return found;
}
