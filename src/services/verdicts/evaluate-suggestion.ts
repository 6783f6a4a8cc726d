import { and, desc, eq, isNull } from 'drizzle-orm';
import { commitments, evaluations, suggestions, units } from '../../db/schema.js';
import type { CalendarDate } from '../../domain/calendar-date.js';
import { verdictEvent } from '../../domain/lifecycles.js';
import type { Verdict } from '../../domain/vocabulary.js';
import { completeOpenStep } from '../assignments/complete-open-step.js';
import { loadLeadAssignment } from '../assignments/load-lead-assignment.js';
import { readPeopleOf } from '../reports/read-open-nodes.js';
import { enqueueNotices } from '../shared/enqueue-notices.js';
import { isUniqueViolation } from '../shared/is-unique-violation.js';
import { type AuditEntry, recordAudit } from '../shared/record-audit.js';
import { requireStep } from '../shared/require-step.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { assignedNoticeKey } from '../suggestions/assigned-notices.js';
import { loadDeputyRecord } from '../suggestions/load-deputy-record.js';
import { startNextRound } from './start-next-round.js';

export interface Evaluated {
  code: string;
  unitName: string;
  verdict: Verdict;
  outcome: 'closed' | 'followup' | 'reopened';
  /** The round now in force, with its deadlines (a new one after 不满意). */
  round: number;
  statutoryDueOn: CalendarDate;
  internalDueOn: CalendarDate;
  openCommitments: number;
}

/**
 * 代表评价: the deputy's verdict on the sent reply, recorded by the supervision office or the lead
 * unit's liaison. 满意 / 基本满意 close the suggestion (销号), or, while B-class promises are
 * open, carry it to the follow-up ledger until the last is written off; 不满意 opens a new round
 * whose reply is due a month later. The lead unit is told, and for 不满意 its leaders too.
 */
export async function evaluateSuggestion(ctx: ServiceContext, input: { code: string; verdict: Verdict; note: string }): Promise<Evaluated> {
  try {
    return await ctx.db.transaction(async (tx) => {
      const { suggestion, lead, unitName, settings, reply } = await loadDeputyRecord(tx, ctx, input.code);
      const open = reply
        ? await tx
            .select({ id: commitments.id })
            .from(commitments)
            .where(and(eq(commitments.replyId, reply.id), isNull(commitments.writtenOffAt)))
        : [];
      const event = verdictEvent(input.verdict, open.length);
      const status = requireStep('suggestion', suggestion.status, event);

      const [evaluation] = await tx
        .insert(evaluations)
        .values({
          suggestionId: suggestion.id,
          round: suggestion.round,
          verdict: input.verdict,
          note: input.note,
          recordedBy: ctx.actor,
          createdAt: ctx.now,
        })
        .returning();
      const audit: AuditEntry[] = [{ action: 'suggestion.evaluate', entity: 'evaluation', entityId: evaluation!.id, after: evaluation }];
      await completeOpenStep(tx, ctx, { assignmentId: lead.id, kind: 'feedback', round: suggestion.round }, audit);

      let deadlines = { round: suggestion.round, statutoryDueOn: suggestion.statutoryDueOn, internalDueOn: suggestion.internalDueOn };
      if (event === 'reopen') {
        deadlines = await startNextRound(tx, ctx, suggestion, settings, audit);
      } else {
        await tx.update(suggestions).set({ status }).where(eq(suggestions.id, suggestion.id));
        audit.push({
          action: `suggestion.${event}`,
          entity: 'suggestion',
          entityId: suggestion.id,
          before: { status: suggestion.status },
          after: { status },
        });
        if (open.length > 0) {
          await tx
            .update(commitments)
            .set({ carriedToFollowup: true })
            .where(and(eq(commitments.replyId, reply!.id), isNull(commitments.writtenOffAt)));
          audit.push({ action: 'commitment.carry', entity: 'reply', entityId: reply!.id, after: { carried: open.map((c) => c.id) } });
        }
      }
      const outcome = event === 'reopen' ? 'reopened' : event === 'follow_up' ? 'followup' : 'closed';

      const [unit] = await tx.select({ channelId: units.channelId }).from(units).where(eq(units.id, lead.unitId));
      const people = await readPeopleOf(tx, lead.unitId);
      const told = new Set(unit?.channelId ? [unit.channelId] : people.liaisons);
      if (lead.handlerUserId) told.add(lead.handlerUserId);
      if (outcome === 'reopened')
        for (const leader of lead.responsibleLeaderUserId ? [lead.responsibleLeaderUserId] : people.leaders) told.add(leader);
      await enqueueNotices(
        tx,
        ctx.now,
        [...told].map((to) => ({
          key: `verdict:${evaluation!.id}:${to}`,
          channel: to,
          // In the unit's channel, a reply in the thread of the post that announced the suggestion.
          ...(to === unit?.channelId ? { threadOf: assignedNoticeKey(lead.id, 'channel', to) } : {}),
          notice: {
            type: 'verdict_recorded',
            code: suggestion.code,
            title: suggestion.title,
            unitName,
            verdict: input.verdict,
            note: input.note,
            recordedBy: ctx.actor,
            outcome,
            ...deadlines,
            openCommitments: open.length,
          },
        })),
      );
      await recordAudit(tx, ctx, audit);
      return { code: suggestion.code, unitName, verdict: input.verdict, outcome, ...deadlines, openCommitments: open.length };
    });
  } catch (error) {
    // Two verdicts at once: the first one recorded stands.
    if (isUniqueViolation(error, 'evaluations_suggestion_round_unique')) {
      const { suggestion } = await loadLeadAssignment(ctx.db, ctx, { code: input.code });
      const [first] = await ctx.db
        .select({ verdict: evaluations.verdict })
        .from(evaluations)
        .where(eq(evaluations.suggestionId, suggestion.id))
        .orderBy(desc(evaluations.id))
        .limit(1);
      refuse({ code: 'already_evaluated', verdict: first?.verdict ?? input.verdict });
    }
    throw error;
  }
}
