import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { replies } from '../../db/schema.js';
import { type LeadAssignment, loadLeadAssignment } from '../assignments/load-lead-assignment.js';
import type { ServiceContext } from '../shared/service-context.js';
import type { SuggestionRef } from '../suggestions/find-suggestion.js';

export type ReplyRow = typeof replies.$inferSelect;

export interface LeadReply extends LeadAssignment {
  /** The reply of the suggestion's current round, if one was drafted. */
  reply: ReplyRow | undefined;
}

/** A suggestion with its lead unit's live assignment and the reply of its current round. */
export async function loadLeadReply(
  db: Database,
  ctx: Pick<ServiceContext, 'actor' | 'now'>,
  ref: SuggestionRef,
  options: { throughMain?: boolean } = {},
): Promise<LeadReply> {
  const found = await loadLeadAssignment(db, ctx, ref, options);
  const [reply] = await db
    .select()
    .from(replies)
    .where(and(eq(replies.suggestionId, found.suggestion.id), eq(replies.round, found.suggestion.round)));
  return { ...found, reply };
}
