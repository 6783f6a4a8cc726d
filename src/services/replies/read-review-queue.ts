// 审核清单: the replies waiting now on a level the person reviews at, read afresh when they open it,
// so a reply someone else moved on since the gathered message is gone from it.
import { and, asc, inArray, ne, or } from 'drizzle-orm';
import { assignments, commitments, members, replies, reviews, suggestions } from '../../db/schema.js';
import { groupBy } from '../../domain/group-by.js';
import type { ReviewRequestedNotice } from '../../domain/notices.js';
import { actsAs } from '../../domain/permissions.js';
import { noPeople } from '../../domain/reminders.js';
import type { CommitmentDraft } from '../../domain/reply-draft.js';
import { reviewersAt, reviewLevelOf, reviewLevelsInOrder } from '../../domain/review-chain.js';
import { replyStatuses } from '../../domain/vocabulary.js';
import { readUnitPeople } from '../reports/read-open-nodes.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import type { ServiceContext } from '../shared/service-context.js';
import { approvalsOfThisPass, repliesWithLead } from './load-reviewable-reply.js';
import { replyContentOf } from './review-requests.js';

/** One reply of the queue: what its review request shows, in the version a decision must name. */
export type ReviewQueueItem = Omit<ReviewRequestedNotice, 'type'>;

const underReview = replyStatuses.filter((status) => reviewLevelOf(status) !== undefined);

/**
 * The replies the person may approve or return now, most pressing statutory deadline first. The
 * statements only narrow the rows; who reviews at each reply's level is decided as
 * `loadReviewableReply` decides it, so the queue never offers a button its verb would refuse:
 * not their own draft, not a reply they approved already in this pass, and nothing once their
 * reviewer roles in the unit are removed.
 */
export async function readReviewQueue(ctx: Pick<ServiceContext, 'db' | 'actor' | 'now'>): Promise<ReviewQueueItem[]> {
  const { db, actor } = ctx;
  const roles = await loadActorRoles(db, ctx);
  const acting = [actor, ...roles.actsFor];
  const reviewerOf = db
    .select({ unitId: members.unitId })
    .from(members)
    .where(and(inArray(members.userId, acting), inArray(members.role, [...reviewLevelsInOrder])));
  const rows = await repliesWithLead(db)
    .where(
      and(
        inArray(replies.status, underReview),
        ne(replies.draftedBy, actor),
        or(inArray(assignments.responsibleLeaderUserId, acting), inArray(assignments.unitId, reviewerOf)),
      ),
    )
    .orderBy(asc(suggestions.statutoryDueOn), asc(suggestions.code));
  if (rows.length === 0) return [];

  const people = await readUnitPeople(
    db,
    rows.map((row) => row.lead.unitId),
  );
  const mine = rows.filter(({ reply, lead }) => {
    const level = reviewLevelOf(reply.status)!;
    return reviewersAt(level, people.get(lead.unitId) ?? noPeople, lead.responsibleLeaderUserId).some((id) => actsAs(roles, actor, id));
  });
  if (mine.length === 0) return [];

  const ids = mine.map((row) => row.reply.id);
  const [decisions, promised] = await Promise.all([
    db.select().from(reviews).where(inArray(reviews.replyId, ids)).orderBy(asc(reviews.id)),
    db.select().from(commitments).where(inArray(commitments.replyId, ids)).orderBy(asc(commitments.replyId), asc(commitments.seq)),
  ]);
  const decisionsOf = groupBy(decisions, (decision) => decision.replyId);
  const promisesOf = groupBy(promised, (c) => c.replyId);
  return mine.flatMap(({ reply, suggestion, unitName }) => {
    const passed = approvalsOfThisPass(decisionsOf.get(reply.id) ?? []);
    // One person signs once a pass, whatever levels they hold.
    if (passed.some((approval) => approval.by === actor)) return [];
    const content = replyContentOf(
      reply,
      suggestion,
      unitName,
      (promisesOf.get(reply.id) ?? []).map((c): CommitmentDraft => ({ description: c.description, dueOn: c.dueOn })),
    );
    return [{ ...content, level: reviewLevelOf(reply.status)!, approvals: passed }];
  });
}
