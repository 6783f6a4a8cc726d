import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { assignments, sessions, suggestions, units } from '../../db/schema.js';
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

/**
 * A suggestion with its lead unit's live assignment: the unit that answers the deputy. A merged
 * suggestion (并案) is answered on its main one, and refused here, unless what is asked is the
 * deputy's own (a verdict): then its lead is the main one's.
 */
export async function loadLeadAssignment(
  db: Database,
  ctx: Pick<ServiceContext, 'actor' | 'now'>,
  ref: SuggestionRef,
  options: { throughMain?: boolean } = {},
): Promise<LeadAssignment> {
  const suggestion = await findSuggestionByRef(db, ctx, ref);
  if (suggestion.mergedIntoId !== null && !options.throughMain) {
    const [main] = await db.select({ code: suggestions.code }).from(suggestions).where(eq(suggestions.id, suggestion.mergedIntoId));
    refuse({ code: 'answered_with_main', suggestionCode: suggestion.code, mainCode: main?.code ?? '' });
  }
  const [lead] = await db
    .select({ assignment: assignments, unitName: units.name, settings: sessions.settings })
    .from(assignments)
    .innerJoin(units, eq(units.id, assignments.unitId))
    .innerJoin(sessions, eq(sessions.id, suggestion.sessionId))
    .where(
      and(
        eq(assignments.suggestionId, suggestion.mergedIntoId ?? suggestion.id),
        eq(assignments.role, 'lead'),
        inArray(assignments.status, [...liveAssignmentStatuses]),
      ),
    );
  if (!lead) refuse({ code: 'unknown_assignment' });
  return { suggestion, lead: lead.assignment, unitName: lead.unitName, settings: readSessionSettings(lead.settings) };
}
