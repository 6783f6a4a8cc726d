import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { assignments, milestones, suggestions } from '../../db/schema.js';
import { dateInZone } from '../../domain/calendar-date.js';
import { type Deadlines, planNextRoundDeadlines } from '../../domain/deadlines.js';
import { type PlannedMilestone, planNextRound } from '../../domain/schedule.js';
import type { SessionSettings } from '../../domain/settings.js';
import { liveAssignmentStatuses } from '../../domain/vocabulary.js';
import { cancelPendingRequests } from '../requests/cancel-pending-requests.js';
import { loadWorkingCalendar } from '../sessions/load-working-calendar.js';
import type { AuditEntry } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';
import type { SuggestionRow } from '../suggestions/find-suggestion.js';

export interface NextRound extends Deadlines {
  round: number;
  nodes: PlannedMilestone[];
}

/**
 * Opens the suggestion's next round (the deputy's 不满意) inside the caller's transaction: new
 * deadlines from today, and the lead unit's steps for the round planned beside the earlier
 * round's, which stay as they were (what was done stays done, and reminders follow the current
 * round only). The caller records the audit entries it is given and tells the unit.
 */
export async function startNextRound(
  tx: Database,
  ctx: Pick<ServiceContext, 'actor' | 'now' | 'timezone'>,
  suggestion: SuggestionRow,
  settings: SessionSettings,
  audit: AuditEntry[],
): Promise<NextRound> {
  const openedOn = dateInZone(ctx.now, ctx.timezone);
  const round = suggestion.round + 1;
  const calendar = await loadWorkingCalendar(tx);
  const deadlines = planNextRoundDeadlines(openedOn, settings, calendar);
  const [lead] = await tx
    .select({ id: assignments.id })
    .from(assignments)
    .where(
      and(
        eq(assignments.suggestionId, suggestion.id),
        eq(assignments.role, 'lead'),
        inArray(assignments.status, [...liveAssignmentStatuses]),
      ),
    );
  if (!lead) throw new Error(`suggestion ${suggestion.id} has no live lead assignment`);
  const nodes = planNextRound({ startedOn: openedOn, internalDueOn: deadlines.internalDueOn }, settings, calendar);
  await tx
    .update(suggestions)
    .set({ round, status: 'reopened', ...deadlines })
    .where(eq(suggestions.id, suggestion.id));
  // What was asked about the round that ended no longer applies to the new one.
  const live = await tx
    .select({ id: assignments.id })
    .from(assignments)
    .where(and(eq(assignments.suggestionId, suggestion.id), inArray(assignments.status, [...liveAssignmentStatuses])));
  audit.push(
    ...(await cancelPendingRequests(
      tx,
      ctx,
      suggestion,
      live.map((row) => row.id),
      'next_round',
    )),
  );
  await tx
    .insert(milestones)
    .values(nodes.map((node) => ({ assignmentId: lead.id, kind: node.kind, round, plannedOn: node.plannedOn, createdAt: ctx.now })));
  audit.push({
    action: 'suggestion.reopen',
    entity: 'suggestion',
    entityId: suggestion.id,
    before: {
      round: suggestion.round,
      status: suggestion.status,
      statutoryDueOn: suggestion.statutoryDueOn,
      internalDueOn: suggestion.internalDueOn,
    },
    after: { round, status: 'reopened', ...deadlines, nodes },
  });
  return { round, ...deadlines, nodes };
}
