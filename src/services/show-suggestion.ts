import { sql } from 'drizzle-orm';
import { jsonValue, readRows } from '../db/read-rows.js';
import type { CalendarDate } from '../domain/calendar-date.js';
import { canAccept, canCompleteNode, canDraftForUnit, canSeeSuggestion, type ActorRoles } from '../domain/permissions.js';
import { reviewersAt, reviewLevelOf } from '../domain/review-chain.js';
import {
  isLiveAssignment,
  type AssignmentRole,
  type AssignmentStatus,
  type contactModes,
  type contactStages,
  type MilestoneKind,
  type ReplyClass,
  type ReplyStatus,
  type ReviewLevel,
  type SuggestionStatus,
  type UnitRole,
  type Verdict,
} from '../domain/vocabulary.js';

type ContactStage = (typeof contactStages)[number];
type ContactMode = (typeof contactModes)[number];
import { cachedAnswer, ledgerChangesColumn, type CountedAnswer } from './answer-cache.js';
import type { ServiceContext } from './context.js';
import { currentSession } from './current-session.js';
import { refuseUnknownSuggestion, type SuggestionRef } from './find-suggestion.js';
import { refuse } from './service-error.js';

export interface SuggestionDetail {
  suggestion: {
    id: number;
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
  /** What happened, each kind in its order: contacts, co-unit opinions, replies with their reviews and promises, verdicts. */
  history: SuggestionHistory;
  /**
   * What the person asking may do about the current round's reply: review it at the level it
   * waits on, or mark it sent once signed off (the same as the buttons of the messages that asked).
   */
  replyActions: { replyId: number; version: number; review?: ReviewLevel; send?: boolean } | null;
}

export interface SuggestionHistory {
  contacts: Array<{ on: CalendarDate; stage: ContactStage; mode: ContactMode; by: string; note: string; unitName: string }>;
  opinions: Array<{ at: Date; round: number; unitName: string; by: string; body: string }>;
  replies: Array<{
    id: number;
    version: number;
    round: number;
    replyClass: ReplyClass;
    status: ReplyStatus;
    summary: string;
    draftedBy: string;
    at: Date;
    sentOn: CalendarDate | null;
    reviews: Array<{ at: Date; level: ReviewLevel; decision: 'approve' | 'return'; by: string; comment: string }>;
    commitments: Array<{ seq: number; dueOn: CalendarDate; description: string; writtenOffAt: Date | null; carried: boolean }>;
  }>;
  evaluations: Array<{ at: Date; round: number; verdict: Verdict; by: string; note: string }>;
}

type DetailRow = SuggestionDetail['suggestion'] & { isSupervisor: boolean; assignments: unknown; history: unknown; ledgerChanges: string };

interface AssignmentJson {
  id: number;
  unitId: number;
  unitName: string;
  role: AssignmentRole;
  status: AssignmentStatus;
  handlerUserId: string | null;
  acceptedAt: string | null;
  responsibleLeaderUserId: string | null;
  actorRoles: UnitRole[] | null;
  milestones: Array<{ id: number; kind: MilestoneKind; plannedOn: CalendarDate; doneAt: string | null }>;
}

/** Everything that happened to the suggestion `s`, each part through its own index. */
const historyColumn = sql`json_build_object(
  'contacts', coalesce((
    select json_agg(json_build_object('on', c.contacted_on::text, 'stage', c.stage, 'mode', c.mode, 'by', c.logged_by, 'note', c.note, 'unitName', cu.name) order by c.contacted_on, c.id)
    from contacts c join assignments ca on ca.id = c.assignment_id join units cu on cu.id = ca.unit_id
    where ca.suggestion_id = s.id), '[]'::json),
  'opinions', coalesce((
    select json_agg(json_build_object('at', o.created_at, 'round', o.round, 'unitName', ou.name, 'by', o.submitted_by, 'body', o.body) order by o.created_at, o.id)
    from co_opinions o join assignments oa on oa.id = o.assignment_id join units ou on ou.id = oa.unit_id
    where oa.suggestion_id = s.id), '[]'::json),
  'replies', coalesce((
    select json_agg(json_build_object(
      'id', r.id, 'version', r.version, 'round', r.round, 'replyClass', r.reply_class, 'status', r.status, 'summary', r.summary, 'draftedBy', r.drafted_by,
      'at', r.created_at, 'sentOn', r.sent_on::text,
      'reviews', coalesce((
        select json_agg(json_build_object('at', v.created_at, 'level', v.level, 'decision', v.decision, 'by', v.reviewer_user_id, 'comment', v.comment) order by v.id)
        from reviews v where v.reply_id = r.id), '[]'::json),
      'commitments', coalesce((
        select json_agg(json_build_object('seq', k.seq, 'dueOn', k.due_on::text, 'description', k.description, 'writtenOffAt', k.written_off_at, 'carried', k.carried_to_followup) order by k.seq)
        from commitments k where k.reply_id = r.id), '[]'::json)
    ) order by r.round)
    from replies r where r.suggestion_id = s.id), '[]'::json),
  'evaluations', coalesce((
    select json_agg(json_build_object('at', e.created_at, 'round', e.round, 'verdict', e.verdict, 'by', e.recorded_by, 'note', e.note) order by e.round)
    from evaluations e where e.suggestion_id = s.id), '[]'::json)
) as history`;

/** The history as JSON gives it: instants as text. */
function historyOf(value: unknown): SuggestionHistory {
  type Json = { [K in keyof SuggestionHistory]: Array<Record<string, unknown>> };
  const raw = jsonValue<Json>(value);
  const instant = (text: unknown) => (typeof text === 'string' ? new Date(text) : null);
  const at = <T extends Record<string, unknown>>(row: T) => ({ ...row, at: instant(row.at) });
  return {
    contacts: raw.contacts as unknown as SuggestionHistory['contacts'],
    opinions: raw.opinions.map(at) as unknown as SuggestionHistory['opinions'],
    replies: raw.replies.map((reply) => ({
      ...at(reply),
      reviews: (reply.reviews as Array<Record<string, unknown>>).map(at),
      commitments: (reply.commitments as Array<Record<string, unknown>>).map((c) => ({ ...c, writtenOffAt: instant(c.writtenOffAt) })),
    })) as unknown as SuggestionHistory['replies'],
    evaluations: raw.evaluations.map(at) as unknown as SuggestionHistory['evaluations'],
  };
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
      select s.id, s.code, s.title, s.status, s.lead_deputy as "leadDeputy", s.created_by as "createdBy", s.round,
        s.assigned_on::text as "assignedOn", s.internal_due_on::text as "internalDueOn", s.statutory_due_on::text as "statutoryDueOn",
        exists (select 1 from supervisors where user_id = ${ctx.actor}) as "isSupervisor", ${ledgerChangesColumn},
        coalesce((
          select json_agg(json_build_object(
            'id', a.id, 'unitId', a.unit_id, 'unitName', u.name, 'role', a.role, 'status', a.status,
            'handlerUserId', a.handler_user_id, 'acceptedAt', a.accepted_at, 'responsibleLeaderUserId', a.responsible_leader_user_id,
            'actorRoles', (select json_agg(mb.role) from members mb where mb.unit_id = a.unit_id and mb.user_id = ${ctx.actor}),
            'milestones', coalesce((
              select json_agg(json_build_object('id', m.id, 'kind', m.kind, 'plannedOn', m.planned_on::text, 'doneAt', m.done_at) order by m.planned_on, m.id)
              from milestones m where m.assignment_id = a.id and m.round = s.round), '[]'::json)
          ) order by a.role desc, a.id)
          from assignments a join units u on u.id = a.unit_id
          where a.suggestion_id = s.id), '[]'::json) as assignments,
        ${historyColumn}
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

  const { isSupervisor: _isSupervisor, assignments: _assignments, history: historyJson, ledgerChanges, ...suggestion } = row;
  const history = historyOf(historyJson);
  const lead = live.find((a) => a.role === 'lead');
  return {
    answer: {
      suggestion,
      history,
      replyActions: lead ? replyActionsOf(ctx.actor, roles, lead, history.replies.find((r) => r.round === suggestion.round)) : null,
      assignments: assignments.map(({ unitId, actorRoles: _actorRoles, responsibleLeaderUserId: _leader, acceptedAt, milestones, ...assignment }) => ({
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

/** The reply's buttons for this person: the review at its level if theirs (not their own draft), or 已发出 for the unit's drafters. */
function replyActionsOf(
  actor: string,
  roles: ActorRoles,
  lead: AssignmentJson,
  reply: SuggestionHistory['replies'][number] | undefined,
): SuggestionDetail['replyActions'] {
  if (!reply) return null;
  const held = roles.units.get(lead.unitId) ?? new Set<UnitRole>();
  const only = (role: UnitRole) => (held.has(role) ? [actor] : []);
  const people = { liaisons: only('liaison'), divisions: only('division'), leaders: only('leader'), heads: only('head') };
  const level = reviewLevelOf(reply.status);
  if (level && reply.draftedBy !== actor && reviewersAt(level, people, lead.responsibleLeaderUserId).includes(actor)) {
    return { replyId: reply.id, version: reply.version, review: level };
  }
  if (reply.status === 'approved' && canDraftForUnit(roles, actor, lead).allowed) return { replyId: reply.id, version: reply.version, send: true };
  return null;
}
