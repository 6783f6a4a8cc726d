import { type SQL, sql } from 'drizzle-orm';
import { listOf } from '../../db/list-of.js';
import { readRows } from '../../db/read-rows.js';
import { type CalendarDate, dateInZone } from '../../domain/calendar-date.js';
import type { ListFilter } from '../../domain/list-filter.js';
import { liveAssignmentStatuses, type SuggestionStatus, windowKinds } from '../../domain/vocabulary.js';
import { actingAs } from '../people/acting-as.js';
import { currentSession } from '../sessions/current-session.js';
import type { ServiceContext } from '../shared/service-context.js';
import { loadUnits, matchUnit } from '../units/match-unit.js';
import { promisesInForce } from '../verdicts/promises-in-force.js';
import { type CountedAnswer, cachedAnswer, ledgerChangesColumn } from './answer-cache.js';
import { inListedSessions } from './find-suggestion.js';
import { involvedSuggestionIds } from './involved-suggestion-ids.js';
import { matchField } from './match-field.js';

export interface SuggestionLine {
  code: string;
  title: string;
  status: SuggestionStatus;
  leadUnit: string;
  statutoryDueOn: CalendarDate;
  nextNodeOn: CalendarDate | null;
  overdueNodes: number;
  /** 重点督办: listed first and marked. */
  isKey: boolean;
  /** 并案: the code of the suggestion it is handled with, whose lead unit and steps it shows. */
  mergedInto: string | null;
}

export interface SuggestionList {
  filter: ListFilter;
  unitName?: string;
  /** The 领域 a field filter named, as the suggestions spell it. */
  field?: string;
  total: number;
  lines: SuggestionLine[];
}

/** One screen of a list; the total says how many more a narrower filter would show. */
export const listPageSize = 20;

const live = listOf(liveAssignmentStatuses);
/** An open step someone has to do (a window's closing date is not one); as the index states it. */
const openStep = sql`m.done_at is null and m.kind not in ${listOf(windowKinds)}`;

/**
 * The suggestions of the current session the person may see, narrowed by the filter, the 重点
 * ones first, then nearest statutory deadline first. One statement (it is on the ack path): the page is chosen and counted
 * first, and only its rows are joined with their lead unit and open nodes. Served from the answer
 * cache while the ledger is unchanged and the day the same (overdue depends on it).
 */
export async function listSuggestions(ctx: ServiceContext, filter: ListFilter): Promise<SuggestionList> {
  const today = dateInZone(ctx.now, ctx.timezone);
  return cachedAnswer(ctx, ['list', ctx.actor, today, filter], () => readSuggestionList(ctx, filter, today));
}

async function readSuggestionList(ctx: ServiceContext, filter: ListFilter, today: CalendarDate): Promise<CountedAnswer<SuggestionList>> {
  const unit = filter.kind === 'unit' ? matchUnit(await loadUnits(ctx.db), filter.unit) : undefined;
  const field =
    filter.kind === 'field' ? await matchField(ctx.db, (await currentSession(ctx.db, ctx.now, ctx.timezone)).id, filter.field) : undefined;
  const narrowing = narrow(filter, today, unit?.id, field);
  const rows = await readRows<SuggestionLine & { total: number; ledgerChanges: string }>(
    ctx.db,
    sql`
      with chosen as materialized (${filter.kind === 'mine' ? mineOf(actingAs(ctx)) : visibleTo(actingAs(ctx), narrowing)}),
      page as (select * from chosen order by is_key desc, statutory_due_on, code limit ${sql.raw(String(listPageSize))})
      select p.code, p.title, p.status, p.statutory_due_on::text as "statutoryDueOn", (select count(*) from chosen)::int as total,
        p.is_key as "isKey", (select h.code from suggestions h where h.id = p.merged_into_id) as "mergedInto",
        u.name as "leadUnit", n.next_on::text as "nextNodeOn", coalesce(n.overdue, 0)::int as "overdueNodes", ${ledgerChangesColumn}
      from page p
      -- A merged suggestion (并案) is handled through its main one: its lead unit and steps.
      join assignments la on la.suggestion_id = coalesce(p.merged_into_id, p.id) and la.role = 'lead' and la.status in ${live}
      join units u on u.id = la.unit_id
      left join lateral (
        select min(m.planned_on) as next_on, count(*) filter (where m.planned_on < ${today}) as overdue
        from milestones m join assignments a on a.id = m.assignment_id
        where a.suggestion_id = coalesce(p.merged_into_id, p.id) and a.status in ${live} and ${openStep}
      ) n on true
      order by p.is_key desc, p.statutory_due_on, p.code`,
  );
  return {
    answer: {
      filter,
      ...(unit ? { unitName: unit.name } : {}),
      ...(field !== undefined ? { field } : {}),
      total: rows[0]?.total ?? 0,
      lines: rows.map(({ total: _total, ledgerChanges: _ledgerChanges, ...line }) => line),
    },
    // An empty list's statement returns no row to carry the count; it is cheap to read again.
    ledgerChanges: rows[0]?.ledgerChanges,
  };
}

const listColumns = sql`s.id, s.code, s.title, s.status, s.statutory_due_on, s.key_since is not null as is_key, s.merged_into_id`;

/**
 * What the person answers for: the suggestions they handle, those of the units they answer for
 * as a whole, and, for a supervisor, those they assigned. The ids may repeat (a handler's unit
 * has them too): an index scan on "= any" takes each once.
 */
function mineOf(who: SQL): SQL {
  return sql`
    select ${listColumns} from suggestions s
    where ${inListedSessions()} and s.id = any(array(
      ${involvedSuggestionIds(who, 'unit-wide')}
      union all
      select s.id from suggestions s where s.created_by = any(array(select user_id from supervisors where user_id in (${who})))))`;
}

/** What the person may see: a supervisor the whole session, anyone else what involves them. */
function visibleTo(who: SQL, narrowing: SQL): SQL {
  const supervisor = sql`exists (select 1 from supervisors where user_id in (${who}))`;
  return sql`
    select ${listColumns} from suggestions s
    where ${inListedSessions()} and not ${supervisor} and ${narrowing}
      and s.id = any(array(${involvedSuggestionIds(who, 'any')}))
    union all
    select ${listColumns} from suggestions s
    where ${inListedSessions()} and ${supervisor} and ${narrowing}`;
}

/** What the filter adds to visibility ('mine' is the visibility itself). */
function narrow(filter: ListFilter, today: CalendarDate, unitId?: number, field?: string): SQL {
  switch (filter.kind) {
    case 'all':
    case 'mine':
      return sql`true`;
    case 'open':
      return sql`s.status <> 'closed'`;
    case 'replied':
      return sql`s.status in ('replied', 'evaluated')`;
    case 'closed':
      return sql`s.status = 'closed'`;
    case 'overdue':
      return sql`exists (
        select 1 from milestones m join assignments a on a.id = m.assignment_id
        where a.suggestion_id = s.id and a.status in ${live} and ${openStep} and m.planned_on < ${today})`;
    case 'followup':
      return sql`exists (
        select 1 from commitments c join replies r on r.id = c.reply_id
        where r.suggestion_id = s.id and ${promisesInForce} and c.written_off_at is null)`;
    case 'key':
      return sql`s.key_since is not null`;
    case 'requests':
      return sql`exists (
        select 1 from assignments a where a.suggestion_id = s.id and (
          exists (select 1 from extension_requests e where e.assignment_id = a.id and e.status = 'pending')
          or exists (select 1 from transfer_requests t where t.assignment_id = a.id and t.status = 'pending')))`;
    case 'field':
      return sql`s.field = ${field ?? filter.field}`;
    case 'unit':
      return sql`exists (select 1 from assignments a where a.suggestion_id = s.id and a.unit_id = ${unitId ?? -1} and a.status in ${live})`;
  }
}
