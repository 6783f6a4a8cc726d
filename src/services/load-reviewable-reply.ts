import { and, eq, inArray } from 'drizzle-orm';
import { assignments, replies, suggestions, units } from '../db/schema.js';
import type { Database } from '../db/client.js';
import { reviewersAt, reviewLevelOf } from '../domain/review-chain.js';
import { liveAssignmentStatuses } from '../domain/vocabulary.js';
import type { ServiceContext } from './context.js';
import { readPeopleOf } from './read-open-nodes.js';
import { refuseReplyMovedOn } from './refuse-reply-moved-on.js';
import { requireStep } from './require-step.js';
import { refuse } from './service-error.js';

/**
 * A reply waiting on a level the person reviews at, in the version they read: a version gone
 * means someone acted first, and they are told where it stands.
 */
export async function loadReviewableReply(db: Database, ctx: Pick<ServiceContext, 'actor'>, asked: { id: number; version: number }) {
  const [row] = await db
    .select({ reply: replies, suggestion: suggestions, lead: assignments, unitName: units.name })
    .from(replies)
    .innerJoin(suggestions, eq(suggestions.id, replies.suggestionId))
    .innerJoin(assignments, and(eq(assignments.suggestionId, suggestions.id), eq(assignments.role, 'lead'), inArray(assignments.status, [...liveAssignmentStatuses])))
    .innerJoin(units, eq(units.id, assignments.unitId))
    .where(eq(replies.id, asked.id));
  if (!row) refuse({ code: 'unknown_assignment' });
  if (row.reply.version !== asked.version) return refuseReplyMovedOn(db, row.reply.id);
  const level = reviewLevelOf(row.reply.status);
  // Not under review: the refusal names the state it is in.
  if (!level) return requireStep('reply', row.reply.status, 'approve') as never;
  const people = await readPeopleOf(db, row.lead.unitId);
  if (!reviewersAt(level, people, row.lead.responsibleLeaderUserId).includes(ctx.actor)) refuse({ code: 'forbidden', needs: [level] });
  return { ...row, level, people };
}
