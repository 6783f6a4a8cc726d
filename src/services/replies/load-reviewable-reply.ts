import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { assignments, replies, reviews, suggestions, units } from '../../db/schema.js';
import { actsAs } from '../../domain/permissions.js';
import { reviewersAt, reviewLevelOf, reviewLevelsInOrder } from '../../domain/review-chain.js';
import { liveAssignmentStatuses, type ReviewLevel } from '../../domain/vocabulary.js';
import { readPeopleOf } from '../reports/read-open-nodes.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import { requireStep } from '../shared/require-step.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { refuseReplyMovedOn } from './refuse-reply-moved-on.js';

/**
 * A reply waiting on a level the person reviews at, in the version they read: a version gone
 * means someone acted first, and a reviewer of the unit is told where it stands. Nobody signs off
 * a reply they drafted, nor twice in one pass up the chain.
 */
export async function loadReviewableReply(
  db: Database,
  ctx: Pick<ServiceContext, 'actor' | 'now'>,
  asked: { id: number; version: number },
) {
  const [row] = await repliesWithLead(db).where(eq(replies.id, asked.id));
  if (!row) refuse({ code: 'unknown_assignment' });
  const { reply, lead } = row;
  const [people, roles] = await Promise.all([readPeopleOf(db, lead.unitId), loadActorRoles(db, ctx)]);
  const reviewsAt = (level: ReviewLevel) =>
    reviewersAt(level, people, lead.responsibleLeaderUserId).some((id) => actsAs(roles, ctx.actor, id));
  // Where a reply stands is told only to those who review it.
  if (!reviewLevelsInOrder.some(reviewsAt)) refuse({ code: 'forbidden', needs: [reviewLevelOf(reply.status) ?? 'division'] });
  if (reply.version !== asked.version) return refuseReplyMovedOn(db, reply.id);
  const level = reviewLevelOf(reply.status);
  // Not under review: the refusal names the state it is in.
  if (!level) return requireStep('reply', reply.status, 'approve') as never;
  if (!reviewsAt(level)) refuse({ code: 'forbidden', needs: [level] });
  if (reply.draftedBy === ctx.actor) refuse({ code: 'own_reply' });
  const approvals = approvalsOfThisPass(await db.select().from(reviews).where(eq(reviews.replyId, reply.id)).orderBy(asc(reviews.id)));
  if (approvals.some((approval) => approval.by === ctx.actor))
    refuse({ code: 'reviewed_already', level: approvals.find((a) => a.by === ctx.actor)!.level });
  return { ...row, level, people, approvals };
}

/** Replies with their suggestion, the lead unit's live assignment and its name: what a review reads. */
export const repliesWithLead = (db: Database) =>
  db
    .select({ reply: replies, suggestion: suggestions, lead: assignments, unitName: units.name })
    .from(replies)
    .innerJoin(suggestions, eq(suggestions.id, replies.suggestionId))
    .innerJoin(
      assignments,
      and(
        eq(assignments.suggestionId, suggestions.id),
        eq(assignments.role, 'lead'),
        inArray(assignments.status, [...liveAssignmentStatuses]),
      ),
    )
    .innerJoin(units, eq(units.id, assignments.unitId));

/** A reply's approvals since it was last submitted, from its decisions in order: a return starts a new pass. */
export function approvalsOfThisPass(
  decisions: ReadonlyArray<{ level: ReviewLevel; decision: string; reviewerUserId: string }>,
): Array<{ level: ReviewLevel; by: string }> {
  const lastReturn = decisions.map((d) => d.decision).lastIndexOf('return');
  return decisions.slice(lastReturn + 1).map((d) => ({ level: d.level, by: d.reviewerUserId }));
}
