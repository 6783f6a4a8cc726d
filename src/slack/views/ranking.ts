import type { KnownBlock } from '@slack/types';
import type { UnitWeeklyNotice, WeeklyRankingNotice } from '../../domain/notices.js';
import type { RankingPeriod } from '../../domain/ranking-period.js';
import { nodesOnTime, rateComponents, type ScoredUnit, type Tally, tallyOf, wasMeasured } from '../../domain/scoring.js';
import type { Catalog } from '../../i18n/index.js';
import type { UnitRanking } from '../../services/reports/read-ranking.js';
import { actionIds, scoreBreakdownValue } from '../ids.js';
import {
  button,
  context,
  escapeText,
  formatDate,
  header,
  mention,
  messageLinesChars,
  plainMessage,
  type SlackMessage,
  section,
  shownText,
  titledPart,
} from './format.js';

const cell = (text: string) => ({ type: 'raw_text' as const, text });

/** Places gained or lost since the period before; `same` says no change (the chart leaves it blank). */
export function changeText(catalog: Catalog, change: number | null, same = catalog.rank.same): string {
  const words = catalog.rank;
  if (change === null) return words.new;
  return change > 0 ? words.up(change) : change < 0 ? words.down(-change) : same;
}

/** A rate with its figures, so that a reader can check it: 92%（46/50）; — when nothing was due. */
const tallyText = (catalog: Catalog, tally: Tally) =>
  tally.due === 0
    ? catalog.rank.notApplicable
    : catalog.rank.rate(Math.round((100 * Math.min(tally.done, tally.due)) / tally.due), tally.done, tally.due);

/** A unit with nothing measured in the period shows no score: its full marks would read as earned (the chart marks it idle too). */
export const scoreText = (catalog: Catalog, unit: Pick<ScoredUnit, 'metrics' | 'score'>) =>
  wasMeasured(unit.metrics) ? unit.score.toFixed(1) : catalog.rank.notApplicable;

/** A unit's place: its rank, 并列 when shared, — when it has none. */
export const placeText = (catalog: Catalog, unit: Pick<ScoredUnit, 'rank' | 'tied'>) =>
  unit.rank === null ? catalog.rank.notApplicable : unit.tied ? catalog.rank.tied(unit.rank) : String(unit.rank);

/** The change since the period before; none for a unit without a rank now. */
/** The change since the unit was last ranked; none for a unit without a rank now, nor over the session to date, which has no period before. */
const changeOf = (catalog: Catalog, unit: Pick<ScoredUnit, 'rank' | 'change'>, compared: boolean) =>
  unit.rank === null || !compared ? catalog.rank.notApplicable : changeText(catalog, unit.change);

/**
 * How the score is made, then the native table: rank, unit, workload, the time nodes on time (every
 * step together; each step's own figures are in 得分明细), satisfaction, promises, overdue nodes,
 * score, change.
 */
function rankingTable(
  catalog: Catalog,
  units: readonly ScoredUnit[],
  overduePenalty: number,
  period: Pick<RankingPeriod, 'kind' | 'from' | 'to'>,
): KnownBlock[] {
  const { columns, rateNames } = catalog.rank;
  const headings = [
    columns.rank,
    columns.unit,
    columns.workload,
    columns.nodes,
    rateNames.satisfaction,
    rateNames.commitmentsOnTime,
    columns.overdue,
    columns.score,
    columns.change,
  ];
  const rows = units.map((unit) => [
    cell(placeText(catalog, unit)),
    cell(shownText(unit.metrics.unitName)),
    cell(catalog.rank.workload(unit.metrics.leadAssignments, unit.metrics.coAssignments)),
    cell(tallyText(catalog, nodesOnTime(unit.metrics))),
    cell(tallyText(catalog, tallyOf(unit.metrics, 'satisfaction'))),
    cell(tallyText(catalog, tallyOf(unit.metrics, 'commitmentsOnTime'))),
    cell(String(unit.metrics.overdueNodes)),
    cell(scoreText(catalog, unit)),
    cell(changeOf(catalog, unit, period.kind !== 'year')),
  ]);
  return [
    context(catalog.rank.how(overduePenalty)),
    {
      type: 'table',
      column_settings: [{ align: 'right' }, { is_wrapped: true }, ...headings.slice(2).map(() => ({ align: 'right' as const }))],
      rows: [headings.map(cell), ...rows],
    } as unknown as KnownBlock,
    breakdownActions(catalog, undefined, period),
  ];
}

/** 得分明细: one unit's, or on a ranking every unit's the clicker may see. */
const breakdownActions = (catalog: Catalog, unitId: number | undefined, period: { from: string; to: string }): KnownBlock => ({
  type: 'actions',
  elements: [button(catalog.breakdown.open, actionIds.openScoreBreakdown, scoreBreakdownValue(unitId, period.from, period.to))],
});

const leaders = (catalog: Catalog, units: readonly ScoredUnit[]) =>
  units
    .slice(0, 3)
    .filter((unit) => unit.rank !== null)
    .map((unit) => `${placeText(catalog, unit)}. ${escapeText(unit.metrics.unitName)} ${scoreText(catalog, unit)}`)
    .join(catalog.listJoin);

/** Slack's table block holds 100 rows, a message one table: a header row and this many units. */
export const unitsInOneTable = 99;

/** `/suggest rank`: the ranking, privately; one table a message, so the first 99 units. */
export function rankingMessage(catalog: Catalog, ranking: UnitRanking): SlackMessage {
  const words = catalog.rank;
  const { period, units } = ranking;
  if (units.length === 0) return plainMessage(words.empty);
  const heading = words.heading(words.periodNames[period.kind], formatDate(catalog, period.from), formatDate(catalog, period.to));
  const shown = units.slice(0, unitsInOneTable);
  return {
    text: `${heading} · ${leaders(catalog, shown)}`,
    blocks: [
      header(heading),
      ...(units.length > shown.length ? [context(words.cut(shown.length, units.length))] : []),
      ...rankingTable(catalog, shown, ranking.overduePenalty, period),
    ],
  };
}

/** 每周一通报, to the supervision office: one part of the week's ranking. */
export function weeklyRankingMessage(catalog: Catalog, notice: WeeklyRankingNotice): SlackMessage {
  const { period } = notice;
  const heading = catalog.weekly.heading(formatDate(catalog, period.from), formatDate(catalog, period.to), notice.part, notice.parts);
  return {
    text: `${heading} · ${leaders(catalog, notice.units)}`,
    blocks: [header(heading), ...rankingTable(catalog, notice.units, notice.overduePenalty, period)],
  };
}

/** A unit's own weekly report, in its channel: its standing, what is late, what falls due this week. */
export function unitWeeklyMessage(catalog: Catalog, notice: UnitWeeklyNotice): SlackMessage {
  const words = catalog.weekly;
  const { standing, period } = notice;
  const heading = words.unitHeading(shownText(notice.unitName));
  const summary =
    standing.rank === null
      ? words.unranked(formatDate(catalog, period.from), formatDate(catalog, period.to))
      : words.standing(
          formatDate(catalog, period.from),
          formatDate(catalog, period.to),
          catalog.rank.place(standing.rank, standing.tied ?? false),
          notice.unitCount,
          scoreText(catalog, standing),
          changeText(catalog, standing.change),
        );
  // The components that applied, each with its figures; the rest had nothing due.
  const applied = rateComponents.filter((component) => tallyOf(standing.metrics, component).due > 0);
  const rates =
    applied.length === 0
      ? words.nothingMeasured
      : applied
          .map((component) => words.rate(catalog.rank.rateNames[component], tallyText(catalog, tallyOf(standing.metrics, component))))
          .join(' · ');
  const lineOf = (line: UnitWeeklyNotice['overdue'][number]) =>
    words.line(
      line.code,
      `${line.key ? catalog.key.mark : ''}${escapeText(line.title)}`,
      catalog.milestoneNames[line.kind],
      formatDate(catalog, line.plannedOn),
      line.owners.length > 0 ? line.owners.map(mention).join(catalog.listJoin) : words.noOwner,
    );
  const part = (title: string, lines: UnitWeeklyNotice['overdue'], total: number, none: string): KnownBlock[] =>
    // Two parts share one message's characters.
    titledPart(catalog, title, lines.map(lineOf), 20, total, none, messageLinesChars / 2);
  return {
    // The header is plain text; the notification's text is mrkdwn, where the name is escaped.
    text: `${words.unitHeading(escapeText(notice.unitName))} · ${summary}`.replace(/\*/g, ''),
    blocks: [
      header(heading),
      section(summary),
      context(rates),
      // How the score was made, for the unit's people and the office; a unit with nothing measured has none to explain.
      ...(wasMeasured(standing.metrics) ? [breakdownActions(catalog, standing.metrics.unitId, period)] : []),
      ...part(words.overdueHeading(notice.overdueTotal), notice.overdue, notice.overdueTotal, words.nothingLate),
      ...part(
        words.dueHeading(notice.dueTotal, formatDate(catalog, notice.week.from), formatDate(catalog, notice.week.to)),
        notice.dueThisWeek,
        notice.dueTotal,
        words.nothingDue,
      ),
    ],
  };
}
