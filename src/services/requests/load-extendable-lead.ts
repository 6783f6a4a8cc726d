import type { Database } from '../../db/client.js';
import { canRequestChange } from '../../domain/permissions.js';
import { type LeadAssignment, loadLeadAssignment } from '../assignments/load-lead-assignment.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import type { SuggestionRef } from '../suggestions/find-suggestion.js';

export type ExtendableLead = LeadAssignment;

/**
 * A suggestion whose statutory deadline the person may ask to move: the deadline is the lead
 * unit's, so they answer for its live lead assignment (liaison, the unit's leaders, or its handler).
 */
export async function loadExtendableLead(db: Database, ctx: ServiceContext, ref: SuggestionRef): Promise<ExtendableLead> {
  const found = await loadLeadAssignment(db, ctx, ref);
  const permission = canRequestChange(await loadActorRoles(db, ctx), ctx.actor, found.lead);
  if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
  return found;
}
