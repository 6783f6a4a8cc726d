import { and, eq, inArray, isNull } from 'drizzle-orm';
import { assignments, members, milestones, suggestions, units } from '../../db/schema.js';
import { type CalendarDate, dateInZone } from '../../domain/calendar-date.js';
import { canRequestChange } from '../../domain/permissions.js';
import { isLiveAssignment, liveAssignmentStatuses } from '../../domain/vocabulary.js';
import { enqueueNotices } from '../shared/enqueue-notices.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import { recordAudit } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';

export interface Nudged {
  code: string;
  unitName: string;
  told: number;
}

/**
 * 催办: the lead unit reminds a co-handling unit whose opinion (会办意见) is late. Its liaison and
 * handler get a DM, at most once a day however often anyone clicks.
 */
export async function nudgeCoUnit(ctx: ServiceContext, input: { assignmentId: number }): Promise<Nudged> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ co: assignments, suggestion: suggestions, unitName: units.name, opinion: milestones })
      .from(assignments)
      .innerJoin(suggestions, eq(suggestions.id, assignments.suggestionId))
      .innerJoin(units, eq(units.id, assignments.unitId))
      .leftJoin(milestones, and(eq(milestones.assignmentId, assignments.id), eq(milestones.kind, 'co_opinion'), isNull(milestones.doneAt)))
      .where(and(eq(assignments.id, input.assignmentId), eq(assignments.role, 'co')));
    if (!row) refuse({ code: 'unknown_assignment' });
    if (!isLiveAssignment(row.co.status)) refuse({ code: 'no_longer_assigned', unitName: row.unitName });

    const [lead] = await tx
      .select()
      .from(assignments)
      .where(
        and(
          eq(assignments.suggestionId, row.suggestion.id),
          eq(assignments.role, 'lead'),
          inArray(assignments.status, [...liveAssignmentStatuses]),
        ),
      );
    // The lead unit's people chase (as they would ask for a change), and the supervision office.
    const roles = await loadActorRoles(tx, ctx);
    if (!roles.isSupervisor && !(lead && canRequestChange(roles, ctx.actor, lead).allowed))
      refuse({ code: 'forbidden', needs: ['handler', 'liaison'] });

    const today = dateInZone(ctx.now, ctx.timezone);
    if (!row.opinion || row.opinion.plannedOn >= today) refuse({ code: 'opinion_not_late', unitName: row.unitName });
    const liaisons = await tx
      .select({ userId: members.userId })
      .from(members)
      .where(and(eq(members.unitId, row.co.unitId), eq(members.role, 'liaison')));
    const to = [...new Set([...liaisons.map((l) => l.userId), ...(row.co.handlerUserId ? [row.co.handlerUserId] : [])])];
    const dueOn: CalendarDate = row.opinion.plannedOn;
    await enqueueNotices(
      tx,
      ctx.now,
      to.map((person) => ({
        key: `nudge:${row.co.id}:${today}:${person}`,
        channel: person,
        notice: {
          type: 'nudge',
          suggestionId: row.suggestion.id,
          code: row.suggestion.code,
          title: row.suggestion.title,
          unitName: row.unitName,
          dueOn,
          nudgedBy: ctx.actor,
        },
      })),
    );
    await recordAudit(tx, ctx, [{ action: 'assignment.nudge', entity: 'assignment', entityId: row.co.id, after: { to, day: today } }]);
    return { code: row.suggestion.code, unitName: row.unitName, told: to.length };
  });
}
