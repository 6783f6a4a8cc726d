import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { commitments, evaluations, suggestions, units } from '../../db/schema.js';
import type { CalendarDate } from '../../domain/calendar-date.js';
import { type SuggestionEvent, verdictEvent } from '../../domain/lifecycles.js';
import { type SharedDay, stepsSharingDays } from '../../domain/schedule.js';
import type { SuggestionStatus, Verdict, VerdictAspect } from '../../domain/vocabulary.js';
import { completeOpenStep } from '../assignments/complete-open-step.js';
import { restoreOwnHandling } from '../merges/restore-own-handling.js';
import type { LeadReply } from '../replies/load-lead-reply.js';
import { readPeopleOf } from '../reports/read-open-nodes.js';
import { enqueueNotices } from '../shared/enqueue-notices.js';
import { type AuditEntry, recordAudit } from '../shared/record-audit.js';
import { requireStep } from '../shared/require-step.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { assignedNoticeKey } from '../suggestions/assigned-notices.js';
import { startNextRound } from './start-next-round.js';

export interface VerdictGiven {
  verdict: Verdict;
  /** The deputy's words: the note typed with the command, the reasons for 不满意, a 征询意见表's 意见. */
  note: string;
  /** A 征询意见表's answers on each aspect of the handling, those it gave. */
  aspects?: Partial<Record<VerdictAspect, Verdict>>;
  /**
   * The round the verdict is about, as the button or the form that records it was written for
   * (an old message must not record a verdict on a later round); the current round when not given.
   */
  round?: number;
}

export type VerdictOutcome = 'closed' | 'followup' | 'reopened';

export interface Evaluated {
  code: string;
  unitName: string;
  verdict: Verdict;
  outcome: VerdictOutcome;
  /** The round now in force, with its deadlines (a new one after 不满意). */
  round: number;
  statutoryDueOn: CalendarDate;
  internalDueOn: CalendarDate;
  openCommitments: number;
  /** A new round's steps that share a day, its window too short to part them. */
  sharedDays: SharedDay[];
}

/** What a verdict does to the suggestion, as its outcome is told. */
export const outcomeOf = (event: SuggestionEvent): VerdictOutcome =>
  event === 'reopen' ? 'reopened' : event === 'follow_up' ? 'followup' : 'closed';

/** The verdicts recorded on a suggestion, by round. */
export async function readRecordedVerdicts(db: Database, suggestionId: number): Promise<Map<number, Verdict>> {
  const rows = await db
    .select({ round: evaluations.round, verdict: evaluations.verdict })
    .from(evaluations)
    .where(eq(evaluations.suggestionId, suggestionId));
  return new Map(rows.map((row) => [row.round, row.verdict]));
}

/**
 * Whether a verdict may be recorded on the suggestion now, and the event it is: refused when its
 * round has one already (a second click, a message of a round that has ended), and, by the
 * suggestion's lifecycle, before the round's reply was sent. Reads nothing, so that a form is
 * refused, and an import checks each of its rows, by the same rule before anything is written.
 */
export function decideVerdict(
  suggestion: { status: SuggestionStatus; round: number },
  recorded: ReadonlyMap<number, Verdict>,
  given: Pick<VerdictGiven, 'verdict' | 'round'>,
  openCommitments: number,
): { event: SuggestionEvent; status: SuggestionStatus } {
  const round = given.round ?? suggestion.round;
  const earlier = recorded.get(round);
  if (earlier) refuse({ code: 'already_evaluated', verdict: earlier, round });
  // A round not begun, or one that ended without a verdict: no message was written for either.
  if (round !== suggestion.round) refuse({ code: 'not_current_round', given: round, current: suggestion.round });
  const event = verdictEvent(given.verdict, openCommitments);
  return { event, status: requireStep('suggestion', suggestion.status, event) };
}

/**
 * 代表评价 on one suggestion, inside the caller's transaction: the core of every way a verdict is
 * recorded (the command, the buttons and the 不满意 form, each row of a 征询意见表), given the
 * suggestion as loadDeputyRecord loads it (locked, the person's right checked). 满意 / 基本满意
 * close it (销号), or, while B-class promises are open, carry it to the follow-up ledger until the
 * last is written off; 不满意 opens a new round whose reply is due a month later. The lead unit is
 * told, and for 不满意 its leaders too; the audit is written.
 */
export async function recordVerdict(tx: Database, ctx: ServiceContext, found: LeadReply, given: VerdictGiven): Promise<Evaluated> {
  const { suggestion, lead, unitName, settings, reply } = found;
  const open = reply
    ? await tx
        .select({ id: commitments.id })
        .from(commitments)
        .where(and(eq(commitments.replyId, reply.id), isNull(commitments.writtenOffAt)))
    : [];
  const { event, status } = decideVerdict(suggestion, await readRecordedVerdicts(tx, suggestion.id), given, open.length);

  const [evaluation] = await tx
    .insert(evaluations)
    .values({
      suggestionId: suggestion.id,
      round: suggestion.round,
      verdict: given.verdict,
      note: given.note,
      communication: given.aspects?.communication ?? null,
      attitude: given.aspects?.attitude ?? null,
      result: given.aspects?.result ?? null,
      recordedBy: ctx.actor,
      createdAt: ctx.now,
    })
    .returning();
  const audit: AuditEntry[] = [{ action: 'suggestion.evaluate', entity: 'evaluation', entityId: evaluation!.id, after: evaluation }];
  // A merged suggestion's lead is its main one's, whose 办后反馈 asks the main one's deputy.
  const merged = suggestion.mergedIntoId !== null;
  if (!merged) await completeOpenStep(tx, ctx, { assignmentId: lead.id, kind: 'feedback', round: suggestion.round }, audit);

  let deadlines = { round: suggestion.round, statutoryDueOn: suggestion.statutoryDueOn, internalDueOn: suggestion.internalDueOn };
  let sharedDays: SharedDay[] = [];
  if (event === 'reopen') {
    // 不满意 on a merged suggestion opens the next round for it alone: it is handled on its own again.
    if (merged) audit.push(...(await restoreOwnHandling(tx, ctx, suggestion, { reopening: true })).audit);
    const next = await startNextRound(tx, ctx, suggestion, settings, audit);
    deadlines = { round: next.round, statutoryDueOn: next.statutoryDueOn, internalDueOn: next.internalDueOn };
    sharedDays = stepsSharingDays(next.nodes);
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
  const outcome = outcomeOf(event);

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
        suggestionId: suggestion.id,
        code: suggestion.code,
        title: suggestion.title,
        unitName,
        verdict: given.verdict,
        note: given.note,
        recordedBy: ctx.actor,
        outcome,
        ...deadlines,
        openCommitments: open.length,
      },
    })),
  );
  await recordAudit(tx, ctx, audit);
  return { code: suggestion.code, unitName, verdict: given.verdict, outcome, ...deadlines, openCommitments: open.length, sharedDays };
}
