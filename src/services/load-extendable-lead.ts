import { and, eq, inArray } from 'drizzle-orm';
import { assignments, sessions, units } from '../db/schema.js';
import type { Database } from '../db/client.js';
import { canRequestChange } from '../domain/permissions.js';
import { readSessionSettings, type SessionSettings } from '../domain/settings.js';
import { liveAssignmentStatuses } from '../domain/vocabulary.js';
import type { ServiceContext } from './context.js';
import { findSuggestionByRef, type SuggestionRef, type SuggestionRow } from './find-suggestion.js';
import { loadActorRoles } from './load-actor-roles.js';
import { refuse } from './service-error.js';

export interface ExtendableLead {
  suggestion: SuggestionRow;
  lead: typeof assignments.$inferSelect;
  unitName: string;
  settings: SessionSettings;
}

/**
 * A suggestion whose statutory deadline the person may ask to move: the deadline is the lead
 * unit's, so they answer for its live lead assignment (liaison, the unit's leaders, or its handler).
 */
export async function loadExtendableLead(db: Database, ctx: ServiceContext, ref: SuggestionRef): Promise<ExtendableLead> {
  const suggestion = await findSuggestionByRef(db, ctx, ref);
  // The suggestion's own session's rules, which the decision checks against too.
  const [lead] = await db
    .select({ assignment: assignments, unitName: units.name, settings: sessions.settings })
    .from(assignments)
    .innerJoin(units, eq(units.id, assignments.unitId))
    .innerJoin(sessions, eq(sessions.id, suggestion.sessionId))
    .where(and(eq(assignments.suggestionId, suggestion.id), eq(assignments.role, 'lead'), inArray(assignments.status, [...liveAssignmentStatuses])));
  if (!lead) refuse({ code: 'unknown_assignment' });
  const permission = canRequestChange(await loadActorRoles(db, ctx.actor), ctx.actor, lead.assignment);
  if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
  return { suggestion, lead: lead.assignment, unitName: lead.unitName, settings: readSessionSettings(lead.settings) };
}
