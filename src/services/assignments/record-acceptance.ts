import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { assignments, milestones, suggestions, supervisors } from '../../db/schema.js';
import { type CalendarDate, dateInZone } from '../../domain/calendar-date.js';
import type { AssignmentRole } from '../../domain/vocabulary.js';
import { enqueueNotices } from '../shared/enqueue-notices.js';
import { recordAudit } from '../shared/record-audit.js';
import { requireStep } from '../shared/require-step.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';

export interface AcceptedAssignment {
  assignmentId: number;
  unitName: string;
  role: AssignmentRole;
  plannedOn: CalendarDate;
  onTime: boolean;
}

/** An assignment about to be accepted, with its unit's name and its 签收 deadline. */
export interface PendingAcceptance {
  assignment: typeof assignments.$inferSelect;
  unitName: string;
  plannedOn: CalendarDate;
}

/**
 * 签收 of one suggestion's pending assignments, checked already: the assignments and their 签收
 * step, the suggestion in hand when its lead unit accepts, the notices and the audit.
 */
export async function recordAcceptance(
  tx: Database,
  ctx: ServiceContext,
  suggestion: typeof suggestions.$inferSelect,
  pending: readonly PendingAcceptance[],
): Promise<AcceptedAssignment[]> {
  const ids = pending.map(({ assignment }) => assignment.id);
  // The status guard makes a double click (two requests at once) accept once.
  const updated = await tx
    .update(assignments)
    .set({ status: 'accepted', acceptedAt: ctx.now, acceptedBy: ctx.actor })
    .where(and(inArray(assignments.id, ids), eq(assignments.status, 'pending')))
    .returning({ id: assignments.id });
  if (updated.length !== ids.length) refuse({ code: 'already_accepted', unitName: pending[0]!.unitName });
  await tx
    .update(milestones)
    .set({ doneAt: ctx.now, doneBy: ctx.actor })
    .where(and(inArray(milestones.assignmentId, ids), eq(milestones.kind, 'accept'), eq(milestones.round, 1)));

  // The lead unit's 签收 puts the suggestion in hand (办理中).
  const startsHandling = pending.some(({ assignment }) => assignment.role === 'lead') && suggestion.status === 'assigned';
  if (startsHandling) {
    const status = requireStep('suggestion', suggestion.status, 'accept');
    await tx
      .update(suggestions)
      .set({ status })
      .where(and(eq(suggestions.id, suggestion.id), eq(suggestions.status, 'assigned')));
  }

  const today = dateInZone(ctx.now, ctx.timezone);
  const accepted = pending.map(({ assignment, unitName, plannedOn }) => ({
    assignmentId: assignment.id,
    unitName,
    role: assignment.role,
    plannedOn,
    onTime: today <= plannedOn,
  }));
  // The receipt goes to who assigned it while they are in the office: having assigned it gives no lasting right.
  const assignerInOffice = (await tx.$count(supervisors, eq(supervisors.userId, suggestion.createdBy))) > 0;
  await enqueueNotices(
    tx,
    ctx.now,
    (assignerInOffice ? accepted : []).map((item) => ({
      key: `accepted:${item.assignmentId}`,
      channel: suggestion.createdBy,
      notice: {
        type: 'accepted',
        suggestionId: suggestion.id,
        code: suggestion.code,
        title: suggestion.title,
        unitName: item.unitName,
        role: item.role,
        acceptedBy: ctx.actor,
        acceptedOn: today,
        plannedOn: item.plannedOn,
      },
    })),
  );
  await recordAudit(tx, ctx, [
    ...accepted.map((item) => ({
      action: 'assignment.accept',
      entity: 'assignment',
      entityId: item.assignmentId,
      before: { status: 'pending' },
      after: { status: 'accepted', acceptedAt: ctx.now.toISOString(), acceptedBy: ctx.actor },
    })),
    ...(startsHandling
      ? [
          {
            action: 'suggestion.start',
            entity: 'suggestion',
            entityId: suggestion.id,
            before: { status: 'assigned' },
            after: { status: 'in_progress' },
          },
        ]
      : []),
  ]);
  return accepted;
}
