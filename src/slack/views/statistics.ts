import type { KnownBlock } from '@slack/types';
import type { Catalog } from '../../i18n/index.js';
import type { Figures, Share } from '../../ledger/ledger-statistics.js';
import type { StatisticsAnswer } from '../../services/figures/read-statistics.js';
import { context, escapeText, formatDate, header, packedSections, plainMessage, type SlackMessage, section, shownText } from './format.js';
import { unitsInOneTable } from './ranking.js';

const cell = (text: string) => ({ type: 'raw_text' as const, text });

/** A share with what it counts out of, so that its reader can count it again: 80.0%（12/15）; — when out of nothing. */
export const shareText = (catalog: Catalog, share: Share): string =>
  share.of === 0 ? catalog.stats.none : catalog.stats.share(((100 * share.count) / share.of).toFixed(1), share.count, share.of);

/** A unit's figures as a row of the table. */
function unitRow(catalog: Catalog, unitName: string, figures: Figures) {
  const { classes } = figures;
  return [
    cell(shownText(unitName)),
    cell(String(figures.lead)),
    cell(String(figures.co)),
    cell(shareText(catalog, figures.replied)),
    cell(shareText(catalog, figures.onTime)),
    cell(shareText(catalog, figures.closed)),
    cell(catalog.stats.classCounts(classes.A.count, classes.B.count, classes.C.count, classes.D.count)),
    cell(shareText(catalog, figures.satisfied)),
    cell(shareText(catalog, figures.promisesKept)),
  ];
}

/** `/suggest stats`: the figures in all in words, each unit's in the native table, each 领域's in lines, and how they are counted. */
export function statisticsMessage(catalog: Catalog, answer: StatisticsAnswer): SlackMessage {
  const words = catalog.stats;
  const { period, statistics } = answer;
  const { total } = statistics;
  const heading = words.heading(catalog.rank.periodNames[period.kind], formatDate(catalog, period.from), formatDate(catalog, period.to));
  if (total.lead + total.co === 0) return plainMessage(`${heading}\n${words.empty}`);
  const share = (s: Share) => shareText(catalog, s);
  const summary = words.summary(
    total.lead,
    total.co,
    share(total.replied),
    share(total.onTime),
    share(total.closed),
    share(total.satisfied),
    share(total.promisesKept),
  );
  const classes = words.classes(
    Object.entries(total.classes)
      .filter(([replyClass, s]) => replyClass !== 'D' || s.count > 0)
      .map(([replyClass, s]) => words.classPart(replyClass, share(s)))
      .join(catalog.listJoin),
  );
  const narrowed = answer.unitName
    ? [context(words.narrowedToUnit(escapeText(answer.unitName)))]
    : answer.field !== undefined
      ? [context(words.narrowedToField(escapeText(answer.field)))]
      : [];
  const units = statistics.byUnit.slice(0, unitsInOneTable);
  const c = words.columns;
  const headings = [c.unit, c.lead, c.co, c.replied, c.onTime, c.closed, c.classes, c.satisfied, c.promisesKept];
  const table: KnownBlock[] =
    units.length === 0
      ? []
      : [
          {
            type: 'table',
            column_settings: [{ is_wrapped: true }, ...headings.slice(1).map(() => ({ align: 'right' as const }))],
            rows: [headings.map(cell), ...units.map((u) => unitRow(catalog, u.unitName, u.figures))],
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
