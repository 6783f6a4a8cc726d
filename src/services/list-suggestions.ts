import { sql, type SQL } from 'drizzle-orm';
import { readRows } from '../db/read-rows.js';
import type { ListFilter } from '../domain/command.js';
import { dateInZone, type CalendarDate } from '../domain/calendar-date.js';
import { listOf } from '../db/sql-literals.js';
import { liveAssignmentStatuses, windowKinds, type SuggestionStatus } from '../domain/vocabulary.js';
import type { ServiceContext } from './context.js';
import { loadUnits, matchUnit } from './find-unit.js';
import { involvedSuggestionIds } from './involved-suggestions.js';

export interface SuggestionLine {
  code: string;
  title: string;
  status: SuggestionStatus;
  leadUnit: string;
  statutoryDueOn: CalendarDate;
  nextNodeOn: CalendarDate | null;
  overdueNodes: number;
}

export interface SuggestionList {
  filter: ListFilter;
  unitName?: string;
  total: number;
  lines: SuggestionLine[];
}

/** One screen of a list; the total says how many more a narrower filter would show. */
export const listPageSize = 20;

const live = listOf(liveAssignmentStatuses);
/** An open step someone has to do (a window's closing date is not one); as the index states it. */
const openStep = sql`m.done_at is null and m.kind not in ${listOf(windowKinds)}`;

/**
 * The suggestions of the current session the person may see, narrowed by the filter, nearest
 * statutory deadline first. One statement (it is on the ack path): the page is chosen and counted
 * first, and only its rows are joined with their lead unit and open nodes.
 */
export async function listSuggestions(ctx: ServiceContext, filter: ListFilter): Promise<SuggestionList> {
  const today = dateInZone(ctx.now, ctx.timezone);
  const unit = filter.kind === 'unit' ? matchUnit(await loadUnits(ctx.db), filter.unit) : undefined;
  const narrowing = narrow(filter, today, unit?.id);
  const mine = filter.kind === 'mine';
  const rows = await readRows<SuggestionLine & { total: number }>(
    ctx.db,
    sql`
      with me as materialized (
        select exists (select 1 from supervisors where user_id = ${ctx.actor}) as supervisor,
          (select id from sessions where is_current) as session_id,
          -- The suggestions the person handles, or that one of their units has. 'mine' narrows
          -- the units to those they answer for as a whole, and adds what a supervisor assigned.
          array(
            ${involvedSuggestionIds(ctx.actor, mine ? 'unit-wide' : 'any')}
            ${mine ? sql`union select s.id from suggestions s
              where exists (select 1 from supervisors where user_id = ${ctx.actor}) and s.created_by = ${ctx.actor}` : sql``}
          ) as involved
      ),
      -- A supervisor sees the whole session (but 'mine' is still theirs); anyone else what involves them.
      chosen as materialized (
        select s.id, s.code, s.title, s.status, s.statutory_due_on
        from me join suggestions s on s.session_id = me.session_id
        where (${mine} or not me.supervisor) and s.id = any(me.involved) and ${narrowing}
        union all
        select s.id, s.code, s.title, s.status, s.statutory_due_on
        from me join suggestions s on s.session_id = me.session_id
        where not ${mine} and me.supervisor and ${narrowing}
      ),
      page as (select * from chosen order by statutory_due_on, code limit ${sql.raw(String(listPageSize))})
      select p.code, p.title, p.status, p.statutory_due_on::text as "statutoryDueOn", (select count(*) from chosen)::int as total,
        u.name as "leadUnit", n.next_on::text as "nextNodeOn", coalesce(n.overdue, 0)::int as "overdueNodes"
      from page p
      join assignments la on la.suggestion_id = p.id and la.role = 'lead' and la.status in ${live}
      join units u on u.id = la.unit_id
      left join lateral (
        select min(m.planned_on) as next_on, count(*) filter (where m.planned_on < ${today}) as overdue
        from milestones m join assignments a on a.id = m.assignment_id
        where a.suggestion_id = p.id and a.status in ${live} and ${openStep}
      ) n on true
      order by p.statutory_due_on, p.code`,
  );
  return {
    filter,
    ...(unit ? { unitName: unit.name } : {}),
    total: rows[0]?.total ?? 0,
    lines: rows.map(({ total: _total, ...line }) => line),
  };
}

/** What the filter adds to visibility ('mine' is the visibility itself). */
function narrow(filter: ListFilter, today: CalendarDate, unitId?: number): SQL {
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
        where r.suggestion_id = s.id and c.written_off_at is null)`;
    case 'unit':
      return sql`exists (select 1 from assignments a where a.suggestion_id = s.id and a.unit_id = ${unitId ?? -1} and a.status in ${live})`;
  }
}
