import type { KnownBlock } from '@slack/types';
import { rateComponents, type ScoredUnit } from '../../domain/scoring.js';
import type { UnitRanking } from '../../services/read-ranking.js';
import type { Catalog } from '../i18n/index.js';
import { context, formatDate, header, plainMessage, type SlackMessage } from './format.js';

/** A header row and at most this many units: a table block holds 100 rows, one table a message. */
export const unitsPerTable = 99;

const cell = (text: string) => ({ type: 'raw_text' as const, text });

function changeText(catalog: Catalog, change: number | null): string {
  const words = catalog.rank;
  if (change === null) return words.new;
  return change > 0 ? words.up(change) : change < 0 ? words.down(-change) : words.same;
}

function rowOf(catalog: Catalog, unit: ScoredUnit) {
  const rates = rateComponents.map((component) => {
    const rate = unit.rates[component];
    return rate === null ? catalog.rank.notApplicable : `${Math.round(rate * 100)}%`;
  });
  return [
    cell(String(unit.rank)),
    cell(unit.metrics.unitName),
    ...rates.map(cell),
    cell(String(unit.metrics.overdueNodes)),
    cell(unit.score.toFixed(1)),
    cell(changeText(catalog, unit.change)),
  ];
}

/** The ranking as a native table: rank, unit, each rate, overdue nodes, score, change. */
export function rankingMessage(catalog: Catalog, ranking: UnitRanking): SlackMessage {
  const words = catalog.rank;
  if (ranking.units.length === 0) return plainMessage(words.empty);
  const { period } = ranking;
  const heading = words.heading(words.periodNames[period.kind], formatDate(catalog, period.from), formatDate(catalog, period.to));
  const { units } = ranking;
  const shown = units.slice(0, unitsPerTable);
  const blocks: KnownBlock[] = [
    header(heading),
    context(words.how(ranking.overduePenalty)),
    ...(units.length > shown.length ? [context(words.cut(shown.length, units.length))] : []),
    {
      type: 'table',
      column_settings: [{ align: 'right' }, { is_wrapped: true }, ...Array.from({ length: 9 }, () => ({ align: 'right' as const }))],
      rows: [words.columns.map(cell), ...shown.map((unit) => rowOf(catalog, unit))],
    } as unknown as KnownBlock,
  ];
  const top = shown
    .slice(0, 3)
    .map((unit) => `${unit.rank}. ${unit.metrics.unitName} ${unit.score.toFixed(1)}`)
    .join(catalog.listJoin);
  return { text: `${heading} · ${top}`, blocks };
}
