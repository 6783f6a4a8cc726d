// The statement behind `show`, on the ack path. What it costs PostgreSQL was counted in
// instructions (docs/PERFORMANCE.md), and three choices follow from that count:
// - the details asked for at the same moment are read together, in one statement (read-together.ts);
// - the database only collects; Node puts things in order: every `order by` inside an aggregate
//   sets up a sort on each run, rows or none;
// - a unit's part and its nodes come as JSON arrays, not objects: each key of an object is one
//   more value for PostgreSQL to type and write, on every node of every suggestion.
import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { jsonValue, readRows } from '../../db/read-rows.js';
import { inKeyOrder, readTogether } from '../../db/read-together.js';
import type { CalendarDate } from '../../domain/calendar-date.js';
import { byPlanOrder } from '../../domain/schedule.js';
import { byCodePoint } from '../../domain/text-order.js';
import type {
  AssignmentRole,
  AssignmentStatus,
  contactModes,
  contactStages,
  MilestoneKind,
  ReplyClass,
  ReplyStatus,
  ReviewLevel,
  SuggestionStatus,
  UnitRole,
  Verdict,
} from '../../domain/vocabulary.js';
import { runningDelegation } from '../people/acting-as.js';
import type { ServiceContext } from '../shared/service-context.js';

type ContactStage = (typeof contactStages)[number];
type ContactMode = (typeof contactModes)[number];

import { ledgerChangesColumn } from './answer-cache.js';
import type { SuggestionRef } from './find-suggestion.js';

/** The suggestion itself, as a detail shows it. */
export interface DetailedSuggestion {
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
  /** 重点督办: whether, its leader (领导领办) and the instruction (批示). */
  isKey: boolean;
  keyLeaderUserId: string | null;
  keyNote: string;
  /** 并案: the main suggestion's code it is handled with, or the codes handled with it. */
  mergedInto: string | null;
  mergedHere: string[];
}

/** What happened, each kind in its order: contacts, co-unit opinions, replies with their reviews and promises, verdicts. */
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

/** One unit's part, with what the person asking holds in that unit. */
export interface AssignmentDetail {
  id: number;
  unitId: number;
  unitName: string;
  role: AssignmentRole;
  status: AssignmentStatus;
  handlerUserId: string | null;
  acceptedAt: Date | null;
  responsibleLeaderUserId: string | null;
  actorRoles: UnitRole[];
  milestones: Array<{ id: number; kind: MilestoneKind; plannedOn: CalendarDate; doneAt: Date | null }>;
}

export interface DetailRows {
  suggestion: DetailedSuggestion;
  isSupervisor: boolean;
  /** The people the asker stands in for today (代理): their roles are counted in isSupervisor and each unit's actorRoles. */
  actsFor: string[];
  /** The lead unit first, then the co-handling units, each in the order it was given the suggestion. */
  assignments: AssignmentDetail[];
  history: SuggestionHistory;
  ledgerChanges: string;
}

type MilestoneTuple = [id: number, kind: MilestoneKind, plannedOn: CalendarDate, doneAt: string | null];
type AssignmentTuple = [
  id: number,
  unitId: number,
  unitName: string,
  role: AssignmentRole,
  status: AssignmentStatus,
  handlerUserId: string | null,
  acceptedAt: string | null,
  responsibleLeaderUserId: string | null,
  actorRoles: UnitRole[] | null,
  milestones: MilestoneTuple[] | null,
];

/** Everything that happened to the suggestion `s`, each part through its own index. */
const historyColumn = sql`json_build_object(
  'contacts', (
    select json_agg(json_build_object('id', c.id, 'on', c.contacted_on::text, 'stage', c.stage, 'mode', c.mode, 'by', c.logged_by, 'note', c.note, 'unitName', cu.name))
    from contacts c join assignments ca on ca.id = c.assignment_id join units cu on cu.id = ca.unit_id
    where ca.suggestion_id = s.id),
  'opinions', (
    select json_agg(json_build_object('id', o.id, 'at', o.created_at, 'round', o.round, 'unitName', ou.name, 'by', o.submitted_by, 'body', o.body))
    from co_opinions o join assignments oa on oa.id = o.assignment_id join units ou on ou.id = oa.unit_id
    where oa.suggestion_id = s.id),
  'replies', (
    select json_agg(json_build_object(
      'id', r.id, 'version', r.version, 'round', r.round, 'replyClass', r.reply_class, 'status', r.status, 'summary', r.summary, 'draftedBy', r.drafted_by,
      'at', r.created_at, 'sentOn', r.sent_on::text,
      'reviews', (
        select json_agg(json_build_object('id', v.id, 'at', v.created_at, 'level', v.level, 'decision', v.decision, 'by', v.reviewer_user_id, 'comment', v.comment))
        from reviews v where v.reply_id = r.id),
      'commitments', (
        select json_agg(json_build_object('seq', k.seq, 'dueOn', k.due_on::text, 'description', k.description, 'writtenOffAt', k.written_off_at, 'carried', k.carried_to_followup))
        from commitments k where k.reply_id = r.id)))
    from replies r where r.suggestion_id = s.id),
  'evaluations', (
    select json_agg(json_build_object('at', e.created_at, 'round', e.round, 'verdict', e.verdict, 'by', e.recorded_by, 'note', e.note))
    from evaluations e where e.suggestion_id = s.id)
) as history`;

/** Everything the detail shows, for the suggestion `s` as the person `q.actor` asks for it. */
const detailColumns = sql`
  s.id, s.code, s.title, s.status, s.lead_deputy as "leadDeputy", s.created_by as "createdBy", s.round,
  s.key_since is not null as "isKey", s.key_leader_user_id as "keyLeaderUserId", s.key_note as "keyNote",
  (select h.code from suggestions h where h.id = s.merged_into_id) as "mergedInto",
  array(select m.code from suggestions m where m.merged_into_id = s.id order by m.code) as "mergedHere",
  s.assigned_on::text as "assignedOn", s.internal_due_on::text as "internalDueOn", s.statutory_due_on::text as "statutoryDueOn",
  exists (select 1 from supervisors where user_id = any(w.ids)) as "isSupervisor", w.ids as "actingAs", ${ledgerChangesColumn},
  (select json_agg(json_build_array(
      a.id, a.unit_id, u.name, a.role, a.status, a.handler_user_id, a.accepted_at, a.responsible_leader_user_id,
      (select json_agg(distinct mb.role) from members mb where mb.unit_id = a.unit_id and mb.user_id = any(w.ids)),
      (select json_agg(json_build_array(m.id, m.kind, m.planned_on, m.done_at)) from milestones m where m.assignment_id = a.id and m.round = h.round)))
    -- A merged suggestion (并案) is handled through its main one: its units and steps are the main one's.
    from suggestions h join assignments a on a.suggestion_id = h.id join units u on u.id = a.unit_id
    where h.id = coalesce(s.merged_into_id, s.id)) as assignments,
  ${historyColumn}`;

type Row = DetailedSuggestion & {
  n: number;
  isSupervisor: boolean;
  actingAs: string[];
  assignments: unknown;
  history: unknown;
  ledgerChanges: string;
};

/** Details asked for by one kind of reference, read together: `q` pairs each person with what they named. */
function readDetailsBy<Named extends string | number>(arrayType: SQL, suggestionNamed: SQL) {
  return readTogether<{ actor: string; at: string; named: Named }, Row>(async (db, asks) =>
    inKeyOrder(
      asks.length,
      await readRows<Row>(
        db,
        sql`select q.n::int as n, ${detailColumns}
          from unnest(${sql.param(asks.map((ask) => ask.actor))}::text[], ${sql.param(asks.map((ask) => ask.named))}::${arrayType},
            ${sql.param(asks.map((ask) => ask.at))}::text[]::timestamptz[]) with ordinality as q(actor, named, at, n)
          -- whose rights the person acts with: their own, and those of the people they stand in for (代理)
          cross join lateral (select array(select q.actor union all select d.principal_user_id from delegations d
            where d.delegate_user_id = q.actor and ${runningDelegation(sql`q.at`)}) as ids) w
          ${suggestionNamed}`,
      ),
    ),
  );
}

// The newest session's suggestion with the code (as findSuggestion takes it).
const readByCode = readDetailsBy<string>(
  sql`text[]`,
  sql`join lateral (select * from suggestions c where c.code = q.named order by c.session_id desc limit 1) s on true`,
);
const readById = readDetailsBy<number>(sql`int[]`, sql`join suggestions s on s.id = q.named`);

/**
 * A suggestion's detail as `actor` asks for it (by its code, in the newest session that has it, or its id),
 * read together with the others asked for at the same moment; undefined when there is none.
 */
export async function readSuggestionDetails(
  db: Database,
  ctx: Pick<ServiceContext, 'actor' | 'now'>,
  ref: SuggestionRef,
): Promise<DetailRows | undefined> {
  const ask = { actor: ctx.actor, at: ctx.now.toISOString() };
  const row = await ('code' in ref ? readByCode(db, { ...ask, named: ref.code }) : readById(db, { ...ask, named: ref.suggestionId }));
  if (!row) return undefined;
  const { n: _n, isSupervisor, actingAs, assignments, history, ledgerChanges, ...suggestion } = row;
  return {
    suggestion,
    isSupervisor,
    actsFor: actingAs.filter((id) => id !== ctx.actor),
    assignments: (jsonValue<AssignmentTuple[] | null>(assignments) ?? []).map(assignmentOf).sort(leadFirst),
    history: historyOf(history),
    ledgerChanges,
  };
}

const instant = (text: string | null | undefined) => (typeof text === 'string' ? new Date(text) : null);
const leadFirst = (a: AssignmentDetail, b: AssignmentDetail) => Number(a.role !== 'lead') - Number(b.role !== 'lead') || a.id - b.id;

function assignmentOf([
  id,
  unitId,
  unitName,
  role,
  status,
  handlerUserId,
  acceptedAt,
  leader,
  actorRoles,
  milestones,
]: AssignmentTuple): AssignmentDetail {
  return {
    id,
    unitId,
    unitName,
    role,
    status,
    handlerUserId,
    acceptedAt: instant(acceptedAt),
    responsibleLeaderUserId: leader,
    actorRoles: actorRoles ?? [],
    milestones: (milestones ?? [])
      .map(([nodeId, kind, plannedOn, doneAt]) => ({ id: nodeId, kind, plannedOn, doneAt: instant(doneAt) }))
      .sort((a, b) => byPlanOrder(a, b) || a.id - b.id),
  };
}

/** The history as JSON gives it (instants as text, each part in no order), in order. */
function historyOf(value: unknown): SuggestionHistory {
  type Entry = Record<string, unknown>;
  type Json = { [K in keyof SuggestionHistory]: Entry[] | null };
  const raw = jsonValue<Json>(value);
  const timed = (entry: Entry) => ({ ...entry, at: instant(entry.at as string | null) as Date });
  const number = (key: string) => (a: Entry, b: Entry) => (a[key] as number) - (b[key] as number);
  const byAtThenId = (a: { at: Date; id?: unknown }, b: { at: Date; id?: unknown }) =>
    a.at.getTime() - b.at.getTime() || (a.id as number) - (b.id as number);
  return {
    contacts: (raw.contacts ?? []).sort(
      (a, b) => byCodePoint(a.on as string, b.on as string) || number('id')(a, b),
    ) as unknown as SuggestionHistory['contacts'],
    opinions: (raw.opinions ?? []).map(timed).sort(byAtThenId) as unknown as SuggestionHistory['opinions'],
    replies: (raw.replies ?? []).sort(number('round')).map((reply) => ({
      ...timed(reply),
      reviews: ((reply.reviews as Entry[] | null) ?? []).sort(number('id')).map(timed),
      commitments: ((reply.commitments as Entry[] | null) ?? [])
        .sort(number('seq'))
        .map((c) => ({ ...c, writtenOffAt: instant(c.writtenOffAt as string | null) })),
    })) as unknown as SuggestionHistory['replies'],
    evaluations: (raw.evaluations ?? []).map(timed).sort(number('round')) as unknown as SuggestionHistory['evaluations'],
  };
}
