import { and, eq, inArray } from 'drizzle-orm';
import { assignments, milestones, suggestions, units } from '../../db/schema.js';
import { type CalendarDate, dateInZone } from '../../domain/calendar-date.js';
import { canAccept } from '../../domain/permissions.js';
import { type AssignmentRole, isLiveAssignment } from '../../domain/vocabulary.js';
import { enqueueNotices } from '../shared/enqueue-notices.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import { recordAudit } from '../shared/record-audit.js';
import { requireStep } from '../shared/require-step.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { findSuggestion } from '../suggestions/find-suggestion.js';

/** By button (one assignment) or by code (every assignment of it the person may accept). */
export type AcceptAssignmentInput = { assignmentId: number } | { code: string };

export interface AcceptedAssignment {
  assignmentId: number;
  unitName: string;
  role: AssignmentRole;
  plannedOn: CalendarDate;
  onTime: boolean;
}

export interface AcceptAssignmentResult {
  code: string;
  title: string;
  accepted: AcceptedAssignment[];
}

/** 签收: the unit takes the assignment on; the one who assigned it is told. */
export async function acceptAssignment(ctx: ServiceContext, input: AcceptAssignmentInput): Promise<AcceptAssignmentResult> {
  return ctx.db.transaction(async (tx) => {
    const roles = await loadActorRoles(tx, ctx.actor);
    const suggestion =
      'code' in input ? await findSuggestion(tx, input.code, ctx.actor) : await suggestionOfAssignment(tx, input.assignmentId);

    const rows = await tx
      .select({ assignment: assignments, unitName: units.name, plannedOn: milestones.plannedOn })
      .from(assignments)
      .innerJoin(units, eq(units.id, assignments.unitId))
      .innerJoin(milestones, and(eq(milestones.assignmentId, assignments.id), eq(milestones.kind, 'accept'), eq(milestones.round, 1)))
      .where('code' in input ? eq(assignments.suggestionId, suggestion.id) : eq(assignments.id, input.assignmentId));

    // By code, a supervisor is not assumed to act for a unit: only the unit's own people accept.
    const candidates = rows.filter(({ assignment }) => {
      if ('code' in input)
        return isLiveAssignment(assignment.status) && canAccept({ ...roles, isSupervisor: false }, ctx.actor, assignment).allowed;
      return true;
    });
    const only = rows[0];
    if ('assignmentId' in input) {
      if (!only) refuse({ code: 'unknown_assignment' });
      const permission = canAccept(roles, ctx.actor, only.assignment);
      if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
      if (!isLiveAssignment(only.assignment.status)) {
        refuse({ code: 'no_longer_assigned', unitName: only.unitName });
      }
    } else if (candidates.length === 0) {
      refuse({ code: 'forbidden', needs: ['liaison', 'handler'] });
    }
    const pending = candidates.filter(({ assignment }) => assignment.status === 'pending');
    if (pending.length === 0) refuse({ code: 'already_accepted', unitName: candidates[0]?.unitName ?? '' });

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
    // One by one, the one who assigned it hears of each 签收; an imported list's hundreds would
    // bury the office's DMs (at Slack's pace, minutes of them): it follows them in lists and rankings.
    if (!suggestion.imported) {
      await enqueueNotices(
        tx,
        ctx.now,
        accepted.map((item) => ({
          key: `accepted:${item.assignmentId}`,
          channel: suggestion.createdBy,
          notice: {
            type: 'accepted',
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
    }
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
    return { code: suggestion.code, title: suggestion.title, accepted };
  });
}

async function suggestionOfAssignment(tx: ServiceContext['db'], assignmentId: number) {
  const [row] = await tx
    .select({ suggestion: suggestions })
    .from(assignments)
    .innerJoin(suggestions, eq(suggestions.id, assignments.suggestionId))
    .where(eq(assignments.id, assignmentId));
  return row?.suggestion ?? refuse({ code: 'unknown_assignment' });
}
