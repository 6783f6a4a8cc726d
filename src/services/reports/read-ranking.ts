import type { Database } from '../../db/client.js';
import { addDays, dateInZone, instantInZone } from '../../domain/calendar-date.js';
import { type RankingPeriod, type RankingPeriodKind, rankingPeriodOf } from '../../domain/ranking-period.js';
import { rankUnits, type ScoredUnit } from '../../domain/scoring.js';
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
 * the period before (ranked as it stood when that period ended). Anyone may ask: the ranking is
 * what the office publishes each week.
 */
export async function readRanking(ctx: ServiceContext, input: { period: RankingPeriodKind }): Promise<UnitRanking> {
  const session = await currentSession(ctx.db, ctx.now, ctx.timezone);
  const today = dateInZone(ctx.now, ctx.timezone);
  const period = rankingPeriodOf(input.period, today, dateInZone(session.createdAt, ctx.timezone));
  return {
    period,
    units: await rankOver(ctx.db, session.settings, period, ctx.now, ctx.timezone),
    overduePenalty: session.settings.rankOverduePenalty,
  };
}

/** Every unit ranked over the period as of `asOf`, each with the change since the period before as it ended. */
export async function rankOver(
  db: Database,
  settings: SessionSettings,
  period: RankingPeriod,
  asOf: Date,
  timezone: string,
): Promise<ScoredUnit[]> {
  const metrics = await readUnitMetrics(db, { from: period.from, to: period.to, asOf, timezone });
  let previousRanks = new Map<number, number>();
  if (period.previous) {
    const endOfPrevious = instantInZone(addDays(period.previous.to, 1), '00:00', timezone);
    const before = await readUnitMetrics(db, { ...period.previous, asOf: endOfPrevious, timezone });
    // A unit with nothing measured then had no place to move from.
    previousRanks = new Map(rankUnits(before, settings).flatMap((unit) => (unit.rank === null ? [] : [[unit.metrics.unitId, unit.rank]])));
  }
  return rankUnits(metrics, settings, previousRanks);
}
