import { and, asc, eq } from 'drizzle-orm';
import { commitments, replies, reviews } from '../../db/schema.js';
import { reviewLevelOf, reviewNodeKind } from '../../domain/review-chain.js';
import type { ReplyStatus, ReviewLevel } from '../../domain/vocabulary.js';
import { completeOpenStep } from '../assignments/complete-open-step.js';
import { enqueueNotices, type OutgoingNotice } from '../shared/enqueue-notices.js';
import { type AuditEntry, recordAudit } from '../shared/record-audit.js';
import { requireStep } from '../shared/require-step.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { loadReviewableReply } from './load-reviewable-reply.js';
import { refuseReplyMovedOn } from './refuse-reply-moved-on.js';
import { replyContentOf, reviewRequests } from './review-requests.js';

export interface ReviewInput {
  replyId: number;
  /** The version the reviewer read: a decision on an older one changes nothing. */
  version: number;
  decision: 'approve' | 'return';
  comment: string;
}

export interface ReviewOutcome {
  code: string;
  level: ReviewLevel;
  decision: 'approve' | 'return';
  /** Where the reply is now. */
  status: ReplyStatus;
  /** Who was told: the next level's reviewers, or the one who drafted it. */
  told: string[];
}

/**
 * One level's decision on a reply under review. An approval completes the level's node and
 * passes the reply up (the last one signs it off, and the drafter is told to send it); a
 * return, with a comment, sends it back to the drafter. The reply's version makes two reviewers
 * at once, or a double click, decide once; the other is told what happened.
 */
export async function reviewReply(ctx: ServiceContext, input: ReviewInput): Promise<ReviewOutcome> {
  return ctx.db.transaction(async (tx) => {
    const { reply, suggestion, lead, unitName, level, people, approvals } = await loadReviewableReply(tx, ctx, {
      id: input.replyId,
      version: input.version,
    });
    const status = requireStep('reply', reply.status, input.decision);
    const comment = input.comment.trim();
    if (input.decision === 'return' && !comment) refuse({ code: 'return_needs_comment' });

    const [saved] = await tx
      .update(replies)
      .set({ status, version: reply.version + 1 })
      .where(and(eq(replies.id, reply.id), eq(replies.version, input.version)))
      .returning();
    if (!saved) return refuseReplyMovedOn(tx, reply.id);
    const [review] = await tx
      .insert(reviews)
      .values({ replyId: reply.id, level, decision: input.decision, comment, reviewerUserId: ctx.actor, createdAt: ctx.now })
      .returning();
    const audit: AuditEntry[] = [
      {
        action: `reply.${input.decision}`,
        entity: 'reply',
        entityId: reply.id,
        before: { status: reply.status, version: reply.version },
        after: { status, version: saved.version, review },
      },
    ];

    let notices: OutgoingNotice[];
    if (input.decision === 'return') {
      notices = [
        {
          key: `reply-returned:${reply.id}:v${saved.version}`,
          channel: reply.draftedBy,
          notice: {
            type: 'reply_returned',
            suggestionId: suggestion.id,
            code: suggestion.code,
            title: suggestion.title,
            level,
            returnedBy: ctx.actor,
            comment,
          },
        },
      ];
    } else {
      await completeOpenStep(tx, ctx, { assignmentId: lead.id, kind: reviewNodeKind[level], round: suggestion.round }, audit);
      const next = reviewLevelOf(status);
      if (next) {
        const promised = await tx.select().from(commitments).where(eq(commitments.replyId, reply.id)).orderBy(asc(commitments.seq));
        const content = replyContentOf(
          saved,
          suggestion,
          unitName,
          promised.map((c) => ({ description: c.description, dueOn: c.dueOn })),
        );
        notices = reviewRequests(content, next, [...approvals, { level, by: ctx.actor }], people, lead.responsibleLeaderUserId);
      } else {
        notices = [
          {
            key: `reply-signed:${reply.id}:v${saved.version}`,
            channel: reply.draftedBy,
            notice: {
              type: 'reply_signed',
              replyId: reply.id,
              version: saved.version,
              code: suggestion.code,
              title: suggestion.title,
              signedBy: ctx.actor,
            },
          },
        ];
      }
    }
    await enqueueNotices(tx, ctx.now, notices);
    await recordAudit(tx, ctx, audit);
    return { code: suggestion.code, level, decision: input.decision, status, told: notices.map((n) => n.channel) };
  });
}
