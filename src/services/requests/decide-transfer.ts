import { and, eq } from 'drizzle-orm';
import { assignments, sessions, suggestions, transferRequests, units } from '../../db/schema.js';
import { dateInZone } from '../../domain/calendar-date.js';
import { canDecideRequests } from '../../domain/permissions.js';
import { type SharedDay, stepsSharingDays } from '../../domain/schedule.js';
import { readSessionSettings } from '../../domain/settings.js';
import type { UnitRef } from '../../domain/unit-ref.js';
import { isLiveAssignment } from '../../domain/vocabulary.js';
import { loadWorkingCalendar } from '../sessions/load-working-calendar.js';
import { enqueueNotices, type OutgoingNotice } from '../shared/enqueue-notices.js';
import { isUniqueViolation } from '../shared/is-unique-violation.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import { type AuditEntry, recordAudit } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { assignedNotices } from '../suggestions/assigned-notices.js';
import { planGivenSteps } from '../suggestions/plan-given-steps.js';
import { loadUnits, matchUnit } from '../units/match-unit.js';
import { cancelPendingRequests } from './cancel-pending-requests.js';
import { refuseAlreadyDecided } from './refuse-already-decided.js';

export type TransferDecisionInput =
  | { requestId: number; approve: false }
  | { requestId: number; approve: true; toUnit: UnitRef; handlerUserId?: string | undefined };

export interface TransferDecision {
  code: string;
  fromUnitName: string;
  /** The unit that took it over; null when refused. */
  toUnitName: string | null;
  /** Messages queued: the new unit's notices and the answer to the one who asked. */
  notified: number;
  /** The new unit's steps that share a day, the time left too short to part them. */
  sharedDays: SharedDay[];
}

/**
 * The supervision office reassigns or refuses a transfer request. Reassigned, the old assignment
 * ends as `transferred` (its history stays), and the new unit takes the same role with its nodes
 * planned from today: forward steps from the hand-over, reply-side steps backwards from the
 * suggestion's internal deadline, which does not move (the deputy waits no longer for a transfer).
 */
export async function decideTransfer(ctx: ServiceContext, input: TransferDecisionInput): Promise<TransferDecision> {
  let toUnitName = '';
  try {
    return await decideInTransaction(ctx, input, (name) => (toUnitName = name));
  } catch (error) {
    // The unit handles the suggestion already (or took it over in a decision committed meanwhile):
    // the index on live assignments says so, whatever the order of the decisions.
    if (isUniqueViolation(error, 'assignments_live_unit_unique')) refuse({ code: 'unit_already_assigned', unitName: toUnitName });
    throw error;
  }
}

function decideInTransaction(
  ctx: ServiceContext,
  input: TransferDecisionInput,
  reassigningTo: (unitName: string) => void,
): Promise<TransferDecision> {
  return ctx.db.transaction(async (tx) => {
    const permission = canDecideRequests(await loadActorRoles(tx, ctx));
    if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
    const [row] = await tx
      .select({
        request: transferRequests,
        assignment: assignments,
        suggestion: suggestions,
        fromUnitName: units.name,
        settings: sessions.settings,
      })
      .from(transferRequests)
      .innerJoin(assignments, eq(assignments.id, transferRequests.assignmentId))
      .innerJoin(suggestions, eq(suggestions.id, assignments.suggestionId))
      .innerJoin(sessions, eq(sessions.id, suggestions.sessionId))
      .innerJoin(units, eq(units.id, assignments.unitId))
      .where(eq(transferRequests.id, input.requestId));
    if (!row) refuse({ code: 'unknown_request' });
    const { request, assignment, suggestion, fromUnitName } = row;
    const toUnit = input.approve ? matchUnit(await loadUnits(tx), input.toUnit) : undefined;

    // The status guard makes two supervisors clicking at once decide once.
    const status = input.approve ? 'approved' : 'refused';
    const decided = await tx
      .update(transferRequests)
      .set({ status, decidedBy: ctx.actor, decidedAt: ctx.now, toUnitId: toUnit?.id ?? null })
      .where(and(eq(transferRequests.id, request.id), eq(transferRequests.status, 'pending')))
      .returning();
    if (decided.length === 0) await refuseAlreadyDecided(tx, 'transfer_requests', request.id);
    const audit: AuditEntry[] = [
      { action: `transfer.${status}`, entity: 'transfer_request', entityId: request.id, before: { status: 'pending' }, after: decided[0] },
    ];

    const outgoing: OutgoingNotice[] = [];
    let sharedDays: SharedDay[] = [];
    if (toUnit) {
      const handlerUserId = input.approve ? (input.handlerUserId ?? null) : null;
      if (!isLiveAssignment(assignment.status)) refuse({ code: 'no_longer_assigned', unitName: fromUnitName });
      if (toUnit.id === assignment.unitId) refuse({ code: 'same_unit', unitName: toUnit.name });
      reassigningTo(toUnit.name);

      // The old one ends first: one live lead at a time, checked again at commit.
      await tx.update(assignments).set({ status: 'transferred' }).where(eq(assignments.id, assignment.id));
      audit.push(...(await cancelPendingRequests(tx, ctx, suggestion, [assignment.id], 'transferred')));
      const startedOn = dateInZone(ctx.now, ctx.timezone);
      const [created] = await tx
        .insert(assignments)
        .values({ suggestionId: suggestion.id, unitId: toUnit.id, role: assignment.role, handlerUserId, startedOn, createdAt: ctx.now })
        .returning();
      if (!created) throw new Error('the new assignment was not stored');
      const nodes = await planGivenSteps(
        tx,
        ctx.now,
        suggestion,
        created,
        readSessionSettings(row.settings),
        await loadWorkingCalendar(tx),
      );
      sharedDays = stepsSharingDays(nodes);
      outgoing.push(...(await assignedNotices(tx, suggestion, [{ assignment: created, nodes }], ctx.actor)));
      audit.push(
        {
          action: 'assignment.transfer',
          entity: 'assignment',
          entityId: assignment.id,
          before: { status: assignment.status },
          after: { status: 'transferred', toAssignmentId: created.id },
        },
        { action: 'assignment.create', entity: 'assignment', entityId: created.id, after: { assignment: created, nodes } },
      );
    }

    outgoing.push({
      key: `transfer-decided:${request.id}`,
      channel: request.requestedBy,
      notice: {
        type: 'transfer_decided',
        code: suggestion.code,
        title: suggestion.title,
        fromUnitName,
        toUnitName: toUnit?.name ?? null,
        decidedBy: ctx.actor,
      },
    });
    await enqueueNotices(tx, ctx.now, outgoing);
    await recordAudit(tx, ctx, audit);
    return { code: suggestion.code, fromUnitName, toUnitName: toUnit?.name ?? null, notified: outgoing.length, sharedDays };
  });
}
