import { randomUUID } from 'node:crypto';
import type { StatisticsChartNotice } from '../../domain/notices.js';
import type { RankingPeriodKind } from '../../domain/ranking-period.js';
import type { UnitRef } from '../../domain/unit-ref.js';
import { enqueueNotices } from '../shared/enqueue-notices.js';
import { recordAudit } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';
import { readStatistics, type StatisticsAnswer } from './read-statistics.js';

/** Units a chart draws: a picture of more cannot be read on a screen (the table holds every one). */
export const unitsCharted = 30;

/** The units with the most suggestions led (then co-handled), in the table's order. */
function chartedUnits(byUnit: StatisticsAnswer['statistics']['byUnit']) {
  if (byUnit.length <= unitsCharted) return byUnit;
  const kept = new Set(
    [...byUnit]
      .sort((a, b) => b.figures.lead - a.figures.lead || b.figures.co - a.figures.co)
      .slice(0, unitsCharted)
      .map((u) => u.unitName),
  );
  return byUnit.filter((u) => kept.has(u.unitName));
}

/**
 * 统计 as the office asks for it: the figures, and the chart of each unit's shares sent to the
 * asker as a picture through the outbox (drawn from the figures as they were asked for, under a key
 * of its own), audited as figures leaving the bot.
 */
export async function requestStatistics(
  ctx: ServiceContext,
  input: { period: RankingPeriodKind; unit?: UnitRef; field?: string },
): Promise<StatisticsAnswer> {
  const answer = await readStatistics(ctx, input);
  const { byUnit } = answer.statistics;
  if (byUnit.length === 0) return answer;
  const notice: StatisticsChartNotice = {
    type: 'statistics_chart',
    unitsInAll: byUnit.length,
    period: answer.period,
    narrowedTo: answer.unitName ? { unitName: answer.unitName } : answer.field !== undefined ? { field: answer.field } : null,
    bars: chartedUnits(byUnit).map(({ unitName, figures }) => ({
      unitName,
      replied: figures.replied,
      onTime: figures.onTime,
      closed: figures.closed,
      satisfied: figures.satisfied,
    })),
  };
  const ref = randomUUID();
  const key = `statistics-chart:${ctx.actor}:${ref}`;
  notice.ref = ref.slice(0, 8);
  await ctx.db.transaction(async (tx) => {
    await enqueueNotices(tx, ctx.now, [{ key, channel: ctx.actor, notice }]);
    await recordAudit(tx, ctx, [
      { action: 'statistics.chart', entity: 'outbox', entityId: key, after: { period: answer.period, narrowedTo: notice.narrowedTo } },
    ]);
  });
  return answer;
}
