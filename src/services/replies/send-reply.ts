import { and, eq, isNull } from 'drizzle-orm';
import { milestones, replies, suggestions } from '../../db/schema.js';
import { addWorkingDays } from '../../domain/calendar.js';
import { type CalendarDate, dateInZone } from '../../domain/calendar-date.js';
import { canDraftForUnit } from '../../domain/permissions.js';
import { publishByOf } from '../../domain/publication.js';
import { completeOpenStep } from '../assignments/complete-open-step.js';
import { answerMerged } from '../merges/answer-merged.js';
import { loadWorkingCalendar } from '../sessions/load-working-calendar.js';
import { enqueueNotices } from '../shared/enqueue-notices.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import { type AuditEntry, recordAudit } from '../shared/record-audit.js';
import { requireStep } from '../shared/require-step.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { supervisionAudience } from '../shared/supervision-audience.js';
import { loadLeadReply } from './load-lead-reply.js';
import { refuseReplyMovedOn } from './refuse-reply-moved-on.js';

export interface SentReply {
  code: string;
  sentOn: CalendarDate;
  /** 办后反馈: by when the deputy's verdict is to be asked. */
  feedbackBy: CalendarDate | null;
}

/**
 * 答复已发出: the handler marks the signed-off reply sent to the deputy. The 答复 node is done, the
 * suggestion is replied, 办后反馈 is planned from today, and the supervision office is told.
 */
export async function sendReply(ctx: ServiceContext, input: { replyId: number; version: number }): Promise<SentReply> {
  return ctx.db.transaction(async (tx) => {
    const [found] = await tx.select({ suggestionId: replies.suggestionId }).from(replies).where(eq(replies.id, input.replyId));
    if (!found) refuse({ code: 'unknown_assignment' });
    const { suggestion, lead, unitName, settings, reply } = await loadLeadReply(tx, ctx, { suggestionId: found.suggestionId });
    const permission = canDraftForUnit(await loadActorRoles(tx, ctx), ctx.actor, lead);
    if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
    // A reply of an earlier round, or a version the person did not see.
    if (!reply || reply.id !== input.replyId || reply.version !== input.version) return refuseReplyMovedOn(tx, input.replyId);
    const status = requireStep('reply', reply.status, 'send');
    const suggestionStatus = requireStep('suggestion', suggestion.status, 'send_reply');

    const today = dateInZone(ctx.now, ctx.timezone);
    const [saved] = await tx
      .update(replies)
      .set({ status, sentOn: today, statutoryDueOn: suggestion.statutoryDueOn, version: reply.version + 1 })
      .where(and(eq(replies.id, reply.id), eq(replies.version, input.version)))
      .returning();
    if (!saved) return refuseReplyMovedOn(tx, reply.id);
    await tx.update(suggestions).set({ status: suggestionStatus }).where(eq(suggestions.id, suggestion.id));
    const audit: AuditEntry[] = [
      {
        action: 'reply.send',
        entity: 'reply',
        entityId: reply.id,
        before: { status: reply.status },
        after: { status, sentOn: today, statutoryDueOn: suggestion.statutoryDueOn },
      },
      {
        action: 'suggestion.reply',
        entity: 'suggestion',
        entityId: suggestion.id,
        before: { status: suggestion.status },
        after: { status: suggestionStatus },
      },
    ];
    await completeOpenStep(tx, ctx, { assignmentId: lead.id, kind: 'reply', round: suggestion.round }, audit);
    // 并案: the same answer went to the deputies of the suggestions merged into this one.
    audit.push(...(await answerMerged(tx, suggestion.id, saved)));
    // 办后反馈 counts from the day the answer went out, not from the planned reply day.
    const calendar = await loadWorkingCalendar(tx);
    const feedbackBy = addWorkingDays(calendar, today, settings.feedbackWorkingDaysAfter);
    const moved = await tx
      .update(milestones)
      .set({ plannedOn: feedbackBy, remindFrom: null })
      .where(
        and(
          eq(milestones.assignmentId, lead.id),
          eq(milestones.kind, 'feedback'),
          eq(milestones.round, suggestion.round),
          isNull(milestones.doneAt),
        ),
      )
      .returning({ id: milestones.id });
    for (const node of moved)
      audit.push({ action: 'milestone.replan', entity: 'milestone', entityId: node.id, after: { plannedOn: feedbackBy } });

    const audience = await supervisionAudience(tx, settings);
    await enqueueNotices(
      tx,
      ctx.now,
      audience.map((to) => ({
        key: `reply-sent:${reply.id}:${to}`,
        channel: to,
        notice: {
          type: 'reply_sent',
          suggestionId: suggestion.id,
          code: suggestion.code,
          title: suggestion.title,
          unitName,
          round: reply.round,
          replyClass: reply.replyClass,
          sentOn: today,
          feedbackBy: moved.length > 0 ? feedbackBy : null,
          mayPublish: reply.mayPublish,
          ...(reply.mayPublish ? { publishBy: publishByOf(today, settings, calendar) } : {}),
          // Its readers are the office's (its channel, or each supervisor): they may record the verdict.
          recordsVerdict: true,
        },
      })),
    );
    await recordAudit(tx, ctx, audit);
    return { code: suggestion.code, sentOn: today, feedbackBy: moved.length > 0 ? feedbackBy : null };
  });
}
