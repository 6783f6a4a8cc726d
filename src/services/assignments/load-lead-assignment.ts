import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { assignments, sessions, units } from '../../db/schema.js';
import { readSessionSettings, type SessionSettings } from '../../domain/settings.js';
import { liveAssignmentStatuses } from '../../domain/vocabulary.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { findSuggestionByRef, type SuggestionRef, type SuggestionRow } from '../suggestions/find-suggestion.js';

export interface LeadAssignment {
  suggestion: SuggestionRow;
  lead: typeof assignments.$inferSelect;
  unitName: string;
  /** The suggestion's own session's rules (a decision on it checks against the same). */
  settings: SessionSettings;
}

/** A suggestion with its lead unit's live assignment: the unit that answers the deputy. */
export async function loadLeadAssignment(
  db: Database,
  ctx: Pick<ServiceContext, 'actor' | 'now'>,
  ref: SuggestionRef,
): Promise<LeadAssignment> {
  const suggestion = await findSuggestionByRef(db, ctx, ref);
  const [lead] = await db
    .select({ assignment: assignments, unitName: units.name, settings: sessions.settings })
    .from(assignments)
    .innerJoin(units, eq(units.id, assignments.unitId))
    .innerJoin(sessions, eq(sessions.id, suggestion.sessionId))
    .where(
      and(
        eq(assignments.suggestionId, suggestion.id),
        eq(assignments.role, 'lead'),
        inArray(assignments.status, [...liveAssignmentStatuses]),
      ),
    );
  if (!lead) refuse({ code: 'unknown_assignment' });
  return { suggestion, lead: lead.assignment, unitName: lead.unitName, settings: readSessionSettings(lead.settings) };
}
