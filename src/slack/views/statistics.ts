import type { KnownBlock } from '@slack/types';
import type { Catalog } from '../../i18n/index.js';
import {
  figureCells,
  figureHeadings,
  type Share,
  type StatisticsAnswer,
  shareText,
  totalSentences,
} from '../../services/figures/read-statistics.js';
import { context, escapeText, formatDate, header, packedSections, plainMessage, type SlackMessage, section, shownText } from './format.js';
import { unitsInOneTable } from './ranking.js';

const cell = (text: string) => ({ type: 'raw_text' as const, text });

/** `/suggest stats`: the figures in all in words, each unit's in the native table, each 领域's in lines, and how they are counted. */
export function statisticsMessage(catalog: Catalog, answer: StatisticsAnswer): SlackMessage {
  const words = catalog.stats;
  const { period, statistics } = answer;
  const { total } = statistics;
  const heading = words.heading(catalog.rank.periodNames[period.kind], formatDate(catalog, period.from), formatDate(catalog, period.to));
  if (total.lead + total.co === 0) return plainMessage(`${heading}\n${words.empty}`);
  const share = (s: Share) => shareText(catalog, s);
  const [summary, classes] = totalSentences(catalog, total, words.summary);
  const narrowed = answer.unitName
    ? [context(words.narrowedToUnit(escapeText(answer.unitName)))]
    : answer.field !== undefined
      ? [context(words.narrowedToField(escapeText(answer.field)))]
      : [];
  const units = statistics.byUnit.slice(0, unitsInOneTable);
  const headings = figureHeadings(catalog);
  const table: KnownBlock[] =
    units.length === 0
      ? []
      : [
          {
            type: 'table',
            column_settings: [{ is_wrapped: true }, ...headings.slice(1).map(() => ({ align: 'right' as const }))],
            rows: [headings.map(cell), ...units.map((u) => figureCells(catalog, shownText(u.unitName), u.figures).map(cell))],
          } as unknown as KnownBlock,
          ...(statistics.byUnit.length > units.length ? [context(words.more(statistics.byUnit.length - units.length))] : []),
        ];
  const fieldLines = statistics.byField.map(({ field, figures }) =>
    words.fieldLine(
      field === '' ? words.noField : escapeText(field),
      figures.lead,
      share(figures.replied),
      share(figures.onTime),
      share(figures.closed),
      share(figures.satisfied),
    ),
  );
  return {
    text: `${heading} · ${summary}`,
    blocks: [
      header(heading),
      ...narrowed,
      section(`${summary}\n${classes}`),
      ...table,
      ...(fieldLines.length > 0 ? [section(words.fieldsHeading), ...packedSections(catalog, fieldLines, 6)] : []),
      context(words.how),
    ],
  };
}
