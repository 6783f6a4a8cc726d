import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { readRows } from '../../db/read-rows.js';
import { assignments } from '../../db/schema.js';
import { addDays, type CalendarDate, dateInZone, instantInZone } from '../../domain/calendar-date.js';
import { periodBefore, type RankingPeriod, type RankingPeriodKind, rankingPeriodOf } from '../../domain/ranking-period.js';
import { rankUnits, type ScoredUnit, wasMeasured } from '../../domain/scoring.js';
import type { SessionSettings } from '../../domain/settings.js';
import { currentSession } from '../sessions/current-session.js';
import type { ServiceContext } from '../shared/service-context.js';
import { readUnitMetrics } from './read-unit-metrics.js';

export interface UnitRanking {
  period: RankingPeriod;
  units: ScoredUnit[];
  /** The points an open overdue node costs, as the score was computed. */
  overduePenalty: number;
}

/**
 * Every unit ranked over a week, a month or the session to date, as of now, with the change since
 * the unit was last ranked. Anyone may ask: the ranking is
 * what the office publishes each week.
 */
export async function readRanking(ctx: ServiceContext, input: { period: RankingPeriodKind }): Promise<UnitRanking> {
  const session = await currentSession(ctx.db, ctx.now, ctx.timezone);
  const today = dateInZone(ctx.now, ctx.timezone);
  const period = rankingPeriodOf(input.period, today, dateInZone(session.createdAt, ctx.timezone));
  return {
    period,
    units: await rankOver(ctx.db, session.settings, period, ctx.now, ctx.timezone, dateInZone(session.createdAt, ctx.timezone)),
    overduePenalty: session.settings.rankOverduePenalty,
  };
}

/**
 * Every unit ranked over the period as of `asOf`, each with the change since the last period of
 * the same kind it was ranked in, in the session (DESIGN §5): a unit with nothing due last week
 * moves from where it stood the week before; one never ranked since `sessionStart` is new.
 */
export async function rankOver(
  db: Database,
  settings: SessionSettings,
  period: RankingPeriod,
  asOf: Date,
  timezone: string,
  sessionStart: CalendarDate,
): Promise<ScoredUnit[]> {
  const metrics = await readUnitMetrics(db, { from: period.from, to: period.to, asOf, timezone });
  const lastRanks = new Map<number, number>();
  const measured = metrics.filter(wasMeasured).map((unit) => unit.unitId);
  // Back one period at a time, each ranked as it stood when it ended, until every unit ranked now
  // has a place to move from or the session's start is reached. Past the first period back, a unit
  // given its first suggestion after a period had nothing in it to be ranked on, and is not looked
  // for there: a unit new to the office would otherwise send the walk to the session's start.
  let firstGiven: Map<number, CalendarDate> | undefined;
  for (let earlier = periodBefore(period); earlier && earlier.to >= sessionStart; earlier = periodBefore(earlier)) {
    const to = earlier.to;
    let waiting = measured.filter((unitId) => !lastRanks.has(unitId));
    if (waiting.length > 0 && earlier.to < addDays(period.from, -1)) {
      firstGiven ??= await readFirstGiven(db);
      waiting = waiting.filter((unitId) => (firstGiven?.get(unitId) ?? to) < to);
    }
    if (waiting.length === 0) break;
    const endOfEarlier = instantInZone(addDays(earlier.to, 1), '00:00', timezone);
    const before = await readUnitMetrics(db, { from: earlier.from, to: earlier.to, asOf: endOfEarlier, timezone });
    for (const unit of rankUnits(before, settings)) {
      if (unit.rank !== null && !lastRanks.has(unit.metrics.unitId)) lastRanks.set(unit.metrics.unitId, unit.rank);
    }
  }
  return rankUnits(metrics, settings, lastRanks);
}

/** The day each unit was given its first suggestion. */
async function readFirstGiven(db: Database): Promise<Map<number, CalendarDate>> {
  const rows = await readRows<{ unitId: number; on: CalendarDate }>(
    db,
    sql`select unit_id as "unitId", min(started_on)::text as on from ${assignments} group by unit_id`,
  );
  return new Map(rows.map((row) => [row.unitId, row.on]));
}
