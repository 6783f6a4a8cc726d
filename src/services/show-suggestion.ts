import { sql } from 'drizzle-orm';
import { jsonValue, readRows } from '../db/read-rows.js';
import type { CalendarDate } from '../domain/calendar-date.js';
import { canAccept, canCompleteNode, canSeeSuggestion } from '../domain/permissions.js';
import { isLiveAssignment, type AssignmentRole, type AssignmentStatus, type MilestoneKind, type SuggestionStatus, type UnitRole } from '../domain/vocabulary.js';
import { cachedAnswer, ledgerChangesColumn, type CountedAnswer } from './answer-cache.js';
import type { ServiceContext } from './context.js';
import { currentSession } from './current-session.js';
import { refuseUnknownSuggestion, type SuggestionRef } from './find-suggestion.js';
import { refuse } from './service-error.js';

export interface SuggestionDetail {
  suggestion: {
    code: string;
    title: string;
    status: SuggestionStatus;
    leadDeputy: string;
    assignedOn: CalendarDate;
    internalDueOn: CalendarDate;
    statutoryDueOn: CalendarDate;
    createdBy: string;
    /** 1, or the round the deputy's 不满意 opened; nodes are those of this round. */
    round: number;
  };
  assignments: Array<{
    id: number;
    unitName: string;
    role: AssignmentRole;
    status: AssignmentStatus;
    handlerUserId: string | null;
    acceptedAt: Date | null;
    /** Whether the person asking may accept it, and mark its steps done (their buttons show). */
    mayAccept: boolean;
    mayComplete: boolean;
    milestones: Array<{ id: number; kind: MilestoneKind; plannedOn: CalendarDate; doneAt: Date | null }>;
  }>;
}

type DetailRow = SuggestionDetail['suggestion'] & { isSupervisor: boolean; assignments: unknown; ledgerChanges: string };

interface AssignmentJson {
  id: number;
  unitId: number;
  unitName: string;
  role: AssignmentRole;
  status: AssignmentStatus;
  handlerUserId: string | null;
  acceptedAt: string | null;
  actorRoles: UnitRole[] | null;
  milestones: Array<{ id: number; kind: MilestoneKind; plannedOn: CalendarDate; doneAt: string | null }>;
}

/**
 * A suggestion with each unit's nodes, for someone allowed to see it. One statement: it is on the
 * ack path; served from the answer cache while the ledger is unchanged.
 */
export function showSuggestion(ctx: ServiceContext, ref: SuggestionRef): Promise<SuggestionDetail> {
  return cachedAnswer(ctx, ['show', ctx.actor, ref], () => readSuggestionDetail(ctx, ref));
}

async function readSuggestionDetail(ctx: ServiceContext, ref: SuggestionRef): Promise<CountedAnswer<SuggestionDetail>> {
  const [row] = await readRows<DetailRow>(
    ctx.db,
    sql`
      select s.code, s.title, s.status, s.lead_deputy as "leadDeputy", s.created_by as "createdBy", s.round,
        s.assigned_on::text as "assignedOn", s.internal_due_on::text as "internalDueOn", s.statutory_due_on::text as "statutoryDueOn",
        exists (select 1 from supervisors where user_id = ${ctx.actor}) as "isSupervisor", ${ledgerChangesColumn},
        coalesce((
          select json_agg(json_build_object(
            'id', a.id, 'unitId', a.unit_id, 'unitName', u.name, 'role', a.role, 'status', a.status,
            'handlerUserId', a.handler_user_id, 'acceptedAt', a.accepted_at,
            'actorRoles', (select json_agg(mb.role) from members mb where mb.unit_id = a.unit_id and mb.user_id = ${ctx.actor}),
            'milestones', coalesce((
              select json_agg(json_build_object('id', m.id, 'kind', m.kind, 'plannedOn', m.planned_on::text, 'doneAt', m.done_at) order by m.planned_on, m.id)
              from milestones m where m.assignment_id = a.id and m.round = s.round), '[]'::json)
          ) order by a.role desc, a.id)
          from assignments a join units u on u.id = a.unit_id
          where a.suggestion_id = s.id), '[]'::json) as assignments
      from suggestions s
      join sessions se on se.id = s.session_id
      where ${'code' in ref ? sql`se.is_current and s.code = ${ref.code}` : sql`s.id = ${ref.suggestionId}`}`,
  );
  if (!row) {
    if ('suggestionId' in ref) refuse({ code: 'unknown_assignment' });
    const session = await currentSession(ctx.db, ctx.now, ctx.timezone);
    return refuseUnknownSuggestion(ctx.db, session.id, ref.code, ctx.actor);
  }

  const assignments = jsonValue<AssignmentJson[]>(row.assignments);
  // Only units that still handle it see it: a transferred assignment is history, not access.
  const live = assignments.filter((a) => isLiveAssignment(a.status));
  const roles = {
    isSupervisor: row.isSupervisor,
    units: new Map(live.map((a) => [a.unitId, new Set(a.actorRoles ?? [])])),
  };
  const handled = live.some((a) => a.handlerUserId === ctx.actor);
  const permission = canSeeSuggestion(roles, live.map((a) => a.unitId));
  if (!permission.allowed && !handled && row.createdBy !== ctx.actor) refuse({ code: 'forbidden', needs: permission.needs });

  const { isSupervisor: _isSupervisor, assignments: _assignments, ledgerChanges, ...suggestion } = row;
  return {
    answer: {
      suggestion,
      assignments: assignments.map(({ unitId, actorRoles: _actorRoles, acceptedAt, milestones, ...assignment }) => ({
        ...assignment,
        acceptedAt: acceptedAt ? new Date(acceptedAt) : null,
        mayAccept: canAccept(roles, ctx.actor, { unitId, handlerUserId: assignment.handlerUserId }).allowed,
        mayComplete: canCompleteNode(roles, ctx.actor, { unitId, handlerUserId: assignment.handlerUserId }).allowed,
        milestones: milestones.map((node) => ({ ...node, doneAt: node.doneAt ? new Date(node.doneAt) : null })),
      })),
    },
    ledgerChanges,
  };
}
