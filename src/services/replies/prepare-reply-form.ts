import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { assignments, commitments, coOpinions, reviews, units } from '../../db/schema.js';
import { type CalendarDate, dateInZone } from '../../domain/calendar-date.js';
import type { ReplyDraft } from '../../domain/reply-draft.js';
import { liveAssignmentStatuses, type ReplyClass, type ReviewLevel } from '../../domain/vocabulary.js';
import type { ServiceContext } from '../shared/service-context.js';
import type { SuggestionRef } from '../suggestions/find-suggestion.js';
import { loadDraftableReply } from './load-draftable-reply.js';

export interface ReplyForm {
  suggestionId: number;
  code: string;
  title: string;
  unitName: string;
  round: number;
  classes: ReplyClass[];
  today: CalendarDate;
  /** The co-handling units' opinions of the round, for the lead unit to draw on. */
  opinions: Array<{ unitName: string; body: string; submittedBy: string }>;
  /** A reply sent back: what it said, to start from, and why it came back. */
  returned?: { draft: ReplyDraft; level: ReviewLevel; by: string; comment: string };
}

/** What the 答复 form needs, refused before it opens if the person could not submit it. */
export async function prepareReplyForm(ctx: ServiceContext, ref: SuggestionRef): Promise<ReplyForm> {
  const { suggestion, unitName, settings, reply } = await loadDraftableReply(ctx.db, ctx, ref);
  const opinions = await ctx.db
    .select({ unitName: units.name, body: coOpinions.body, submittedBy: coOpinions.submittedBy })
    .from(coOpinions)
    .innerJoin(assignments, eq(assignments.id, coOpinions.assignmentId))
    .innerJoin(units, eq(units.id, assignments.unitId))
    .where(
      and(
        eq(assignments.suggestionId, suggestion.id),
        eq(coOpinions.round, suggestion.round),
        inArray(assignments.status, [...liveAssignmentStatuses]),
      ),
    )
    .orderBy(asc(coOpinions.createdAt));
  const form: ReplyForm = {
    suggestionId: suggestion.id,
    code: suggestion.code,
    title: suggestion.title,
    unitName,
    round: suggestion.round,
    classes: [...settings.replyClasses],
    today: dateInZone(ctx.now, ctx.timezone),
    opinions,
  };
  if (reply?.status === 'returned') {
    const [last] = await ctx.db.select().from(reviews).where(eq(reviews.replyId, reply.id)).orderBy(desc(reviews.id)).limit(1);
    const promised = await ctx.db.select().from(commitments).where(eq(commitments.replyId, reply.id)).orderBy(asc(commitments.seq));
    form.returned = {
      draft: {
        replyClass: reply.replyClass,
        summary: reply.summary,
        documentUrl: reply.documentUrl,
        mayPublish: reply.mayPublish,
        reason: reply.reason,
        commitments: promised.map((c) => ({ description: c.description, dueOn: c.dueOn })),
      },
      level: last?.level ?? 'division',
      by: last?.reviewerUserId ?? '',
      comment: last?.comment ?? '',
    };
  }
  return form;
}
