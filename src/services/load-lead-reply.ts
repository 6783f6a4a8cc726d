import { and, eq, inArray } from 'drizzle-orm';
import { assignments, replies, sessions, units } from '../db/schema.js';
import type { Database } from '../db/client.js';
import { readSessionSettings, type SessionSettings } from '../domain/settings.js';
import { liveAssignmentStatuses } from '../domain/vocabulary.js';
import type { ServiceContext } from './context.js';
import { findSuggestionByRef, type SuggestionRef, type SuggestionRow } from './find-suggestion.js';
import { refuse } from './service-error.js';

export type ReplyRow = typeof replies.$inferSelect;

export interface LeadReply {
  suggestion: SuggestionRow;
  lead: typeof assignments.$inferSelect;
  unitName: string;
  /** The suggestion's own session's rules. */
  settings: SessionSettings;
  /** The reply of the suggestion's current round, if one was drafted. */
  reply: ReplyRow | undefined;
}

/** A suggestion with its lead unit's live assignment and the reply of its current round. */
export async function loadLeadReply(db: Database, ctx: Pick<ServiceContext, 'actor' | 'now' | 'timezone'>, ref: SuggestionRef): Promise<LeadReply> {
  const suggestion = await findSuggestionByRef(db, ctx, ref);
  const [lead] = await db
    .select({ assignment: assignments, unitName: units.name, settings: sessions.settings })
    .from(assignments)
    .innerJoin(units, eq(units.id, assignments.unitId))
    .innerJoin(sessions, eq(sessions.id, suggestion.sessionId))
    .where(and(eq(assignments.suggestionId, suggestion.id), eq(assignments.role, 'lead'), inArray(assignments.status, [...liveAssignmentStatuses])));
  if (!lead) refuse({ code: 'unknown_assignment' });
  const [reply] = await db
    .select()
    .from(replies)
    .where(and(eq(replies.suggestionId, suggestion.id), eq(replies.round, suggestion.round)));
  return { suggestion, lead: lead.assignment, unitName: lead.unitName, settings: readSessionSettings(lead.settings), reply };
}
