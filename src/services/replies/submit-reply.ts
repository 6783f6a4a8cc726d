import { and, eq } from 'drizzle-orm';
import { commitments, replies } from '../../db/schema.js';
import { dateInZone } from '../../domain/calendar-date.js';
import { checkReplyDraft, type ReplyDraft } from '../../domain/reply-draft.js';
import type { ReviewLevel } from '../../domain/vocabulary.js';
import { completeOpenStep } from '../assignments/complete-open-step.js';
import { readPeopleOf } from '../reports/read-open-nodes.js';
import { enqueueNotices } from '../shared/enqueue-notices.js';
import { isUniqueViolation } from '../shared/is-unique-violation.js';
import { type AuditEntry, recordAudit } from '../shared/record-audit.js';
import { requireStep } from '../shared/require-step.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { loadDraftableReply } from './load-draftable-reply.js';
import { refuseReplyMovedOn } from './refuse-reply-moved-on.js';
import { requireReviewers } from './require-reviewers.js';
import { replyContentOf, reviewRequests } from './review-requests.js';

export interface SubmittedReply {
  code: string;
  unitName: string;
  level: ReviewLevel;
  reviewers: string[];
  /** Submitted again after a return. */
  again: boolean;
}

/**
 * 答复: the lead unit's reply of the round goes to review, from the first level (处室把关), with
 * its B-class commitments; the draft node is done. A reply sent back is submitted again the same
 * way, its commitments replaced by the ones given now.
 */
export async function submitReply(ctx: ServiceContext, input: { suggestionId: number; draft: ReplyDraft }): Promise<SubmittedReply> {
  try {
    return await ctx.db.transaction(async (tx) => {
      const { suggestion, lead, unitName, settings, reply } = await loadDraftableReply(tx, ctx, { suggestionId: input.suggestionId });
      const { draft } = input;
      const problem = checkReplyDraft(draft, settings, dateInZone(ctx.now, ctx.timezone));
      if (problem) refuse({ code: 'reply_draft', problem });
      const people = await readPeopleOf(tx, lead.unitId);
      requireReviewers(people, lead.responsibleLeaderUserId, unitName);

      const status = requireStep('reply', reply?.status ?? 'draft', 'submit');
      const fields = {
        replyClass: draft.replyClass,
        summary: draft.summary,
        documentUrl: draft.documentUrl,
        mayPublish: draft.mayPublish,
        reason: draft.replyClass === 'C' ? draft.reason : null,
        status,
        draftedBy: ctx.actor,
      };
      const [saved] = reply
        ? await tx
            .update(replies)
            .set({ ...fields, version: reply.version + 1 })
            .where(and(eq(replies.id, reply.id), eq(replies.version, reply.version)))
            .returning()
        : await tx
            .insert(replies)
            .values({ ...fields, suggestionId: suggestion.id, round: suggestion.round, createdAt: ctx.now })
            .returning();
      if (!saved) return refuseReplyMovedOn(tx, reply!.id);
      if (reply) await tx.delete(commitments).where(eq(commitments.replyId, reply.id));
      if (draft.commitments.length > 0) {
        await tx.insert(commitments).values(
          draft.commitments.map((c, i) => ({
            replyId: saved.id,
            seq: i + 1,
            description: c.description,
            dueOn: c.dueOn,
            createdAt: ctx.now,
          })),
        );
      }
      const audit: AuditEntry[] = [
        {
          action: reply ? 'reply.resubmit' : 'reply.submit',
          entity: 'reply',
          entityId: saved.id,
          before: reply ?? null,
          after: { ...saved, commitments: draft.commitments },
        },
      ];
      await completeOpenStep(tx, ctx, { assignmentId: lead.id, kind: 'draft', round: suggestion.round }, audit);

      const content = replyContentOf(saved, suggestion, unitName, draft.commitments);
      const requests = reviewRequests(content, 'division', [], people, lead.responsibleLeaderUserId);
      await enqueueNotices(tx, ctx.now, requests);
      await recordAudit(tx, ctx, audit);
      return { code: suggestion.code, unitName, level: 'division', reviewers: requests.map((r) => r.channel), again: reply !== undefined };
    });
  } catch (error) {
    // Two first submissions at once (a double click): the first one stands.
    if (isUniqueViolation(error, 'replies_suggestion_round_unique')) {
      await loadDraftableReply(ctx.db, ctx, { suggestionId: input.suggestionId });
    }
    throw error;
  }
}
