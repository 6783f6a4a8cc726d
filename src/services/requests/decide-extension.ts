import { and, eq, inArray, sql } from 'drizzle-orm';
import { assignments, extensionRequests, milestones, sessions, suggestions } from '../../db/schema.js';
import type { WorkingCalendar } from '../../domain/calendar.js';
import type { CalendarDate } from '../../domain/calendar-date.js';
import { planDeadlines } from '../../domain/deadlines.js';
import { canDecideRequests } from '../../domain/permissions.js';
import { movesToPlan } from '../../domain/replan.js';
import { planAfterDeadlineMoved } from '../../domain/schedule.js';
import { readSessionSettings } from '../../domain/settings.js';
import { liveAssignmentStatuses } from '../../domain/vocabulary.js';
import { loadWorkingCalendar } from '../sessions/load-working-calendar.js';
import { enqueueNotices } from '../shared/enqueue-notices.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import { type AuditEntry, recordAudit } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { readRoundStart } from '../suggestions/read-round-start.js';
import { refuseAlreadyDecided } from './refuse-already-decided.js';
import { beyondLimit } from './request-extension.js';

export interface ExtensionDecision {
  code: string;
  approved: boolean;
  requestedBy: string;
  statutoryDueOn: CalendarDate;
  internalDueOn: CalendarDate;
  /** Open nodes that moved with the deadline. */
  moved: number;
}

/**
 * The supervision office approves or refuses an extension. Approved, the suggestion's deadlines
 * move and every open node of its live assignments is planned anew against them (倒排工期 from
 * the new internal deadline); what is done stays done. The one who asked is told either way.
 */
export async function decideExtension(ctx: ServiceContext, input: { requestId: number; approve: boolean }): Promise<ExtensionDecision> {
  return ctx.db.transaction(async (tx) => {
    const permission = canDecideRequests(await loadActorRoles(tx, ctx));
    if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
    const [row] = await tx
      .select({ request: extensionRequests, suggestion: suggestions, settings: sessions.settings, assignmentStatus: assignments.status })
      .from(extensionRequests)
      .innerJoin(assignments, eq(assignments.id, extensionRequests.assignmentId))
      .innerJoin(suggestions, eq(suggestions.id, assignments.suggestionId))
      .innerJoin(sessions, eq(sessions.id, suggestions.sessionId))
      .where(eq(extensionRequests.id, input.requestId));
    if (!row) refuse({ code: 'unknown_request' });
    const { request, suggestion } = row;
    if (request.status === 'pending' && !liveAssignmentStatuses.includes(row.assignmentStatus)) {
      // A request about an assignment no longer in force is never applied (its end cancels it; this holds regardless).
      refuse({ code: 'request_cancelled' });
    }
    const status = input.approve ? 'approved' : 'refused';
    // The status guard makes two supervisors clicking at once decide once.
    const decided = await tx
      .update(extensionRequests)
      .set({ status, decidedBy: ctx.actor, decidedAt: ctx.now })
      .where(and(eq(extensionRequests.id, request.id), eq(extensionRequests.status, 'pending')))
      .returning({ id: extensionRequests.id });
    if (decided.length === 0) await refuseAlreadyDecided(tx, 'extension_requests', request.id);
    const audit: AuditEntry[] = [
      {
        action: `extension.${status}`,
        entity: 'extension_request',
        entityId: request.id,
        before: { status: 'pending' },
        after: { status, decidedBy: ctx.actor },
      },
    ];

    let deadlines = { statutoryDueOn: suggestion.statutoryDueOn, internalDueOn: suggestion.internalDueOn };
    let moved = 0;
    if (input.approve) {
      // Approving never moves a deadline earlier: the deadline may have moved since the request.
      if (request.requestedDueOn <= suggestion.statutoryDueOn)
        refuse({ code: 'extension_not_later', currentDueOn: suggestion.statutoryDueOn });
      const settings = readSessionSettings(row.settings);
      const calendar = await loadWorkingCalendar(tx);
      const roundStartedOn = await readRoundStart(tx, ctx.timezone, suggestion);
      const planned = planDeadlines(suggestion.assignedOn, settings, calendar, request.requestedDueOn, roundStartedOn);
      // The session's limit may have been lowered since the request.
      if ('problem' in planned) refuse(beyondLimit(suggestion.assignedOn, settings));
      deadlines = planned;
      await tx.update(suggestions).set(planned).where(eq(suggestions.id, suggestion.id));
      audit.push({
        action: 'suggestion.extend',
        entity: 'suggestion',
        entityId: suggestion.id,
        before: { statutoryDueOn: suggestion.statutoryDueOn, internalDueOn: suggestion.internalDueOn },
        after: planned,
      });
      moved = await replanOpenNodes(tx, { ...suggestion, ...planned }, roundStartedOn, settings, calendar, audit);
    }

    await enqueueNotices(tx, ctx.now, [
      {
        key: `extension-decided:${request.id}`,
        channel: request.requestedBy,
        notice: {
          type: 'extension_decided',
          code: suggestion.code,
          title: suggestion.title,
          approved: input.approve,
          decidedBy: ctx.actor,
          requestedDueOn: request.requestedDueOn,
          ...deadlines,
        },
      },
    ]);
    await recordAudit(tx, ctx, audit);
    return { code: suggestion.code, approved: input.approve, requestedBy: request.requestedBy, ...deadlines, moved };
  });
}

/** Every open node of the suggestion's live assignments moved to its date in the new plan: one read, one write. */
async function replanOpenNodes(
  tx: ServiceContext['db'],
  suggestion: typeof suggestions.$inferSelect,
  roundStartedOn: CalendarDate,
  settings: ReturnType<typeof readSessionSettings>,
  calendar: WorkingCalendar,
  audit: AuditEntry[],
): Promise<number> {
  const nodes = await tx
    .select({ node: milestones, assignment: { id: assignments.id, role: assignments.role, startedOn: assignments.startedOn } })
    .from(milestones)
    .innerJoin(assignments, eq(assignments.id, milestones.assignmentId))
    .where(
      and(
        eq(assignments.suggestionId, suggestion.id),
        inArray(assignments.status, [...liveAssignmentStatuses]),
        eq(milestones.round, suggestion.round),
      ),
    );
  const { internalDueOn } = suggestion;
  // Each assignment against its own start: a unit that took over by a transfer started later.
  const byAssignment = new Map<number, typeof nodes>();
  for (const row of nodes) {
    const rows = byAssignment.get(row.assignment.id);
    if (rows) rows.push(row);
    else byAssignment.set(row.assignment.id, [row]);
  }
  const moves = [...byAssignment.values()].flatMap((rows) => {
    const { role, startedOn } = rows[0]!.assignment;
    const plan = planAfterDeadlineMoved({ role, startedOn, internalDueOn, round: suggestion.round, roundStartedOn }, settings, calendar);
    const existing = rows.map(({ node }) => ({
      id: node.id,
      kind: node.kind,
      plannedOn: node.plannedOn,
      done: node.doneAt !== null,
      remindFrom: node.remindFrom,
    }));
    return movesToPlan(existing, plan);
  });
  if (moves.length === 0) return 0;
  await tx.execute(sql`
    update milestones m set planned_on = v.to, remind_from = v.remind_from
    from jsonb_to_recordset(${JSON.stringify(moves.map((move) => ({ id: move.id, to: move.to, remind_from: move.remindFrom })))}::jsonb)
      as v(id int, "to" date, remind_from date)
    where m.id = v.id`);
  for (const move of moves) {
    audit.push({
      action: 'milestone.replan',
      entity: 'milestone',
      entityId: move.id,
      before: { plannedOn: move.from },
      after: { plannedOn: move.to },
    });
  }
  return moves.length;
}
