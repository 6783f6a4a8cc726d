import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { listOf } from '../../db/list-of.js';
import { readRows } from '../../db/read-rows.js';
import { type CalendarDate, dateInZone, minDate } from '../../domain/calendar-date.js';
import type { UnitMetrics } from '../../domain/scoring.js';
import { liveAssignmentStatuses, type MilestoneKind, windowKinds } from '../../domain/vocabulary.js';
import { type CountedAnswer, ledgerChangesColumn } from '../suggestions/answer-cache.js';
import { promisesInForce } from '../verdicts/promises-in-force.js';
import { stepStillOwed } from './read-open-nodes.js';

export interface MetricsPeriod {
  /** First and last day of the period, inclusive. */
  from: CalendarDate;
  to: CalendarDate;
  /** The instant the metrics are read as of: what was due by then, and what was late then. */
  asOf: Date;
  timezone: string;
}

/** The time nodes measured by their dates, each with the name of its columns below. */
const measuredSteps: ReadonlyArray<readonly [MilestoneKind, string]> = [
  ['accept', 'accept'],
  ['pre_contact', 'preContact'],
  ['co_opinion', 'coOpinion'],
  ['draft', 'draft'],
  ['division_review', 'divisionReview'],
  ['leader_review', 'leaderReview'],
  ['head_signoff', 'headSignoff'],
  ['reply', 'reply'],
  ['feedback', 'feedback'],
];

interface MetricsRow {
  ledgerChanges: string;
  unitId: number;
  unitName: string;
  leadAssignments: number;
  coAssignments: number;
  acceptDue: number;
  acceptDone: number;
  preContactDue: number;
  preContactDone: number;
  coOpinionDue: number;
  coOpinionDone: number;
  draftDue: number;
  draftDone: number;
  divisionReviewDue: number;
  divisionReviewDone: number;
  leaderReviewDue: number;
  leaderReviewDone: number;
  headSignoffDue: number;
  headSignoffDone: number;
  replyDue: number;
  replyDone: number;
  feedbackDue: number;
  feedbackDone: number;
  evaluated: number;
  satisfied: number;
  commitmentsDue: number;
  commitmentsDone: number;
  overdueNodes: number;
}

/**
 * Every unit's metrics for a period (DESIGN §5), in one statement for all units. A node counts in
 * the period when its date falls in it and has come (by the as-of day); it was done on time when
 * it was done by the end of its own date, in the office's zone. The workload is every assignment
 * of the session in force at the period's end, given by then and still in force; verdicts count when recorded; B-class commitments when due. Only
 * assignments still in force count: a unit that handed a suggestion on by a transfer answers no
 * longer for it.
 */
export async function readUnitMetrics(db: Database, period: MetricsPeriod): Promise<UnitMetrics[]> {
  return (await readCountedUnitMetrics(db, period)).answer;
}

/** The same, with the ledger's change count its statement saw, for the answer cache. */
export async function readCountedUnitMetrics(db: Database, period: MetricsPeriod): Promise<CountedAnswer<UnitMetrics[]>> {
  const asOfDay = dateInZone(period.asOf, period.timezone);
  const through = minDate(period.to, asOfDay);
  const asOf = period.asOf.toISOString();
  const tz = period.timezone;
  const inPeriod = (column: ReturnType<typeof sql>) => sql`${column} between ${period.from}::date and ${through}::date`;
  const onTime = sql`m.done_at is not null and (m.done_at at time zone ${tz})::date <= m.planned_on`;
  const nodeCounts = (kind: string, name: string) => sql`
    count(*) filter (where m.kind = ${kind})::int as ${sql.identifier(`${name}Due`)},
    count(*) filter (where m.kind = ${kind} and ${onTime})::int as ${sql.identifier(`${name}Done`)}`;
  const live = sql`a.status in ${listOf(liveAssignmentStatuses)}`;
  // Each part reads only its own rows through an index (the steps dated in the period; the open
  // steps already late; the period's verdicts and promises), not the whole ledger. Without
  // parallel workers: each built the same hash tables of the assignments and the suggestions,
  // competing with the pool's other connections (measured on 2 cores: 150 ms without, 300 with).
  // SET LOCAL lasts to the end of the transaction, the caller's when there is one.
  const rows = await db.transaction(async (tx) => {
    await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
    return readRows<MetricsRow>(
      tx,
      sql`
        with due as (
          select a.unit_id,
            ${sql.join(
              measuredSteps.map(([kind, name]) => nodeCounts(kind, name)),
              sql`,`,
            )}
          from milestones m join assignments a on a.id = m.assignment_id and ${live}
          where ${inPeriod(sql`m.planned_on`)} and m.kind in ${listOf(measuredSteps.map(([kind]) => kind))}
          group by a.unit_id
        ),
        late as (
          select a.unit_id, count(*)::int as "overdueNodes"
          from milestones m
          join assignments a on a.id = m.assignment_id and ${live}
          join suggestions s on s.id = a.suggestion_id and s.round = m.round
          -- Open when the period was read as of: still open, or done only after (a past period read later).
          where (m.done_at is null or (${asOf}::timestamptz < now() and m.done_at >= ${asOf}::timestamptz))
            and m.planned_on < ${asOfDay}::date and m.kind not in ${listOf(windowKinds)} and ${stepStillOwed}
          group by a.unit_id
        ),
        given as (
          select a.unit_id, count(*) filter (where a.role = 'lead')::int as lead, count(*) filter (where a.role = 'co')::int as co
          from assignments a join suggestions s on s.id = a.suggestion_id
          -- The session in force at the period's end (the first one, for a period before any began).
          where ${live} and a.started_on <= ${through}::date and s.session_id = coalesce(
            (select id from sessions where (created_at at time zone ${tz})::date <= ${through}::date order by created_at desc limit 1),
            (select id from sessions order by created_at limit 1))
          group by a.unit_id
        ),
        verdicts as (
          select a.unit_id, count(*)::int as evaluated,
            count(*) filter (where e.verdict in ('satisfied', 'basically_satisfied'))::int as satisfied
          -- A merged suggestion's (并案) deputy judged the main one's lead unit: their verdict is that unit's.
          from evaluations e join suggestions es on es.id = e.suggestion_id
          join assignments a on a.suggestion_id = coalesce(es.merged_into_id, es.id) and a.role = 'lead' and ${live}
          where ${inPeriod(sql`(e.created_at at time zone ${tz})::date`)}
          group by a.unit_id
        ),
        promises as (
          select a.unit_id, count(*)::int as due,
            count(*) filter (where c.written_off_at is not null and (c.written_off_at at time zone ${tz})::date <= c.due_on)::int as done
          from commitments c join replies r on r.id = c.reply_id and ${promisesInForce}
          join assignments a on a.suggestion_id = r.suggestion_id and a.role = 'lead' and ${live}
          where ${inPeriod(sql`c.due_on`)}
          group by a.unit_id
        )
        select ${ledgerChangesColumn}, u.id as "unitId", u.name as "unitName",
          coalesce(g.lead, 0) as "leadAssignments", coalesce(g.co, 0) as "coAssignments",
          ${sql.join(
            measuredSteps.flatMap(([, name]) =>
              [`${name}Due`, `${name}Done`].map((column) => sql`coalesce(d.${sql.identifier(column)}, 0) as ${sql.identifier(column)}`),
            ),
            sql`,`,
          )},
          coalesce(v.evaluated, 0) as evaluated, coalesce(v.satisfied, 0) as satisfied,
          coalesce(p.due, 0) as "commitmentsDue", coalesce(p.done, 0) as "commitmentsDone",
          coalesce(l."overdueNodes", 0) as "overdueNodes"
        from units u
        left join due d on d.unit_id = u.id
        left join late l on l.unit_id = u.id
        left join given g on g.unit_id = u.id
        left join verdicts v on v.unit_id = u.id
        left join promises p on p.unit_id = u.id
        order by u.id`,
    );
  });
  const answer = rows.map((row) => ({
    unitId: row.unitId,
    unitName: row.unitName,
    leadAssignments: row.leadAssignments,
    coAssignments: row.coAssignments,
    acceptedOnTime: { done: row.acceptDone, due: row.acceptDue },
    preContact: { done: row.preContactDone, due: row.preContactDue },
    coOpinionsOnTime: { done: row.coOpinionDone, due: row.coOpinionDue },
    draftsOnTime: { done: row.draftDone, due: row.draftDue },
    divisionReviewsOnTime: { done: row.divisionReviewDone, due: row.divisionReviewDue },
    leaderReviewsOnTime: { done: row.leaderReviewDone, due: row.leaderReviewDue },
    headSignoffsOnTime: { done: row.headSignoffDone, due: row.headSignoffDue },
    repliesOnTime: { done: row.replyDone, due: row.replyDue },
    feedbackOnTime: { done: row.feedbackDone, due: row.feedbackDue },
    satisfaction: { done: row.satisfied, due: row.evaluated },
    commitmentsOnTime: { done: row.commitmentsDone, due: row.commitmentsDue },
    overdueNodes: row.overdueNodes,
  }));
  return { answer, ledgerChanges: rows[0]?.ledgerChanges };
}
