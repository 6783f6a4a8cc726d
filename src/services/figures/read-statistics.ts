import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { readRows } from '../../db/read-rows.js';
import { dateInZone } from '../../domain/calendar-date.js';
import { canReadStatistics } from '../../domain/permissions.js';
import { type RankingPeriod, type RankingPeriodKind, rankingPeriodOf } from '../../domain/ranking-period.js';
import type { UnitRef } from '../../domain/unit-ref.js';
import { liveAssignmentStatuses, type ReplyClass, replyClasses } from '../../domain/vocabulary.js';
import { type CoTally, type LeadTally, type Statistics, statisticsOf } from '../../ledger/ledger-statistics.js';
import { currentSession } from '../sessions/current-session.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { matchField } from '../suggestions/match-field.js';
import { loadUnits, matchUnit } from '../units/match-unit.js';

export type { Figures, Share } from '../../ledger/ledger-statistics.js';
export { figureCells, figureHeadings, shareText, totalSentences } from '../../ledger/ledger-statistics.js';

export interface StatisticsAnswer {
  sessionName: string;
  period: RankingPeriod;
  unitName?: string;
  field?: string;
  statistics: Statistics;
}

/**
 * 统计: the office's figures for the suggestions of the current session assigned in the period
 * (the session to date, every one; this month; this week), as they stand now, by unit and 领域,
 * narrowed to a unit or a 领域 on request. The database tallies them by lead unit and 领域 by the
 * rules the exported ledger's 统计 sheet is tallied by (ledger/ledger-statistics.ts), and the
 * same function adds the tallies up: the demo's test checks both against the ledger's own rows.
 */
export async function readStatistics(
  ctx: ServiceContext,
  input: { period: RankingPeriodKind; unit?: UnitRef; field?: string },
): Promise<StatisticsAnswer> {
  const permission = canReadStatistics(await loadActorRoles(ctx.db, ctx));
  if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
  const session = await currentSession(ctx.db, ctx.now, ctx.timezone);
  const period = rankingPeriodOf(input.period, dateInZone(ctx.now, ctx.timezone), dateInZone(session.createdAt, ctx.timezone));
  const unitName = input.unit ? matchUnit(await loadUnits(ctx.db), input.unit).name : undefined;
  const field = input.field === undefined ? undefined : await matchField(ctx.db, session.id, input.field);
  const chosen = sql.join(
    [
      sql`s.session_id = ${session.id}`,
      ...(period.kind === 'year' ? [] : [sql`s.assigned_on between ${period.from}::date and ${period.to}::date`]),
      ...(field === undefined ? [] : [sql`s.field = ${field}`]),
      ...(unitName === undefined
        ? []
        : [
            sql`exists (select 1 from assignments a join units u on u.id = a.unit_id
              where a.suggestion_id = coalesce(s.merged_into_id, s.id) and a.status in ${live} and u.name = ${unitName})`,
          ]),
    ],
    sql` and `,
  );
  const [leads, cos] = await Promise.all([readLeadTallies(ctx.db, chosen), readCoTallies(ctx.db, chosen)]);
  return {
    sessionName: session.name,
    period,
    ...(unitName ? { unitName } : {}),
    ...(field !== undefined ? { field } : {}),
    statistics: statisticsOf({ leads, cos }, unitName),
  };
}

/** A suggestion handled on its own, not merged into another: its workload is its own. */
const own = sql`c.merged_into_id is null`;

const live = sql.raw(`(${liveAssignmentStatuses.map((status) => `'${status}'`).join(', ')})`);

/**
 * One row a lead unit and 领域: each suggestion's first sent reply against the deadline it then
 * had, its latest reply's class, its latest verdict, and its B-class promises, counted.
 */
async function readLeadTallies(db: Database, chosen: SQL): Promise<LeadTally[]> {
  const rows = await readRows<Omit<LeadTally, 'classes'> & Record<ReplyClass, number>>(
    db,
    sql`
      with chosen as materialized (select s.id, s.field, s.status, s.merged_into_id from suggestions s where ${chosen}),
      sent as (select r.id, r.suggestion_id, r.round, r.reply_class, r.sent_on, r.statutory_due_on
               from replies r join chosen c on c.id = r.suggestion_id where r.status = 'sent'),
      first_sent as (select distinct on (suggestion_id) suggestion_id, sent_on, statutory_due_on from sent order by suggestion_id, round),
      last_sent as (select distinct on (suggestion_id) suggestion_id, reply_class from sent order by suggestion_id, round desc),
      last_verdict as (select distinct on (e.suggestion_id) e.suggestion_id, e.verdict
                       from evaluations e join chosen c on c.id = e.suggestion_id order by e.suggestion_id, e.round desc),
      promised as (select r.suggestion_id, count(*)::int as promises, count(k.written_off_at)::int as kept
                   from commitments k join sent r on r.id = k.reply_id where r.reply_class = 'B' group by r.suggestion_id),
      -- A merged suggestion (并案) is led through its main one.
      lead as (select c.id as suggestion_id, u.name from chosen c
               join assignments a on a.suggestion_id = coalesce(c.merged_into_id, c.id) join units u on u.id = a.unit_id
               where a.role = 'lead' and a.status in ${live})
      -- 并案 (docs/ranking.md): the workload counts once, on the main one; each deputy's verdict on its own code.
      select l.name as "leadUnit", c.field,
        (count(*) filter (where ${own}))::int as lead,
        (count(f.suggestion_id) filter (where ${own}))::int as replied,
        (count(f.statutory_due_on) filter (where ${own}))::int as timed,
        (count(*) filter (where f.sent_on <= f.statutory_due_on and ${own}))::int as "onTime",
        (count(*) filter (where c.status = 'closed' and ${own}))::int as closed,
        ${sql.join(
          replyClasses.map(
            (replyClass) => sql`(count(*) filter (where t.reply_class = ${replyClass} and ${own}))::int as ${sql.identifier(replyClass)}`,
          ),
          sql`, `,
        )},
        count(v.verdict)::int as judged,
        (count(*) filter (where v.verdict in ('satisfied', 'basically_satisfied')))::int as satisfied,
        coalesce(sum(p.promises), 0)::int as promises,
        coalesce(sum(p.kept), 0)::int as kept
      from chosen c
      left join lead l on l.suggestion_id = c.id
      left join first_sent f on f.suggestion_id = c.id
      left join last_sent t on t.suggestion_id = c.id
      left join last_verdict v on v.suggestion_id = c.id
      left join promised p on p.suggestion_id = c.id
      group by l.name, c.field`,
  );
  return rows.map((row) => ({
    leadUnit: row.leadUnit,
    field: row.field,
    lead: row.lead,
    replied: row.replied,
    timed: row.timed,
    onTime: row.onTime,
    closed: row.closed,
    classes: Object.fromEntries(replyClasses.map((replyClass) => [replyClass, row[replyClass]])) as Record<ReplyClass, number>,
    judged: row.judged,
    satisfied: row.satisfied,
    promises: row.promises,
    kept: row.kept,
  }));
}

/** One row a unit and 领域: its co-handling assignments in force on the suggestions chosen. */
async function readCoTallies(db: Database, chosen: SQL): Promise<CoTally[]> {
  return readRows<CoTally>(
    db,
    sql`select u.name as unit, s.field, count(*)::int as co
        from assignments a join units u on u.id = a.unit_id join suggestions s on s.id = a.suggestion_id
        where a.role = 'co' and a.status in ${live} and ${chosen}
        group by u.name, s.field`,
  );
}
