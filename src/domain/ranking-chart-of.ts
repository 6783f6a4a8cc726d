import type { RankingChartNotice } from './notices.js';
import type { RankingPeriod } from './ranking-period.js';
import { type ScoredUnit, wasMeasured } from './scoring.js';

/** The chart of a ranking: every unit's bar, in rank order. */
export const rankingChartOf = (period: RankingPeriod, standings: readonly ScoredUnit[]): RankingChartNotice => ({
  type: 'ranking_chart',
  period,
  bars: standings.map((standing) => ({
    unitName: standing.metrics.unitName,
    score: standing.score,
    idle: !wasMeasured(standing.metrics),
    change: standing.change,
    tied: standing.tied ?? false,
  })),
});
