// 比学赶超: each unit's score over a period (DESIGN §5). The score is the weighted mean of the
// rates that apply to the unit in the period, out of 100, minus a penalty per open overdue node.
// A rate with nothing due in the period does not apply: a unit is neither rewarded nor punished
// for work it was not given. Pure: the metrics come from the database, the weights from the session.
import type { SessionSettings } from './settings.js';
import { byCodePoint } from './text-order.js';

/** Done on time out of those due in the period. */
export interface Tally {
  done: number;
  due: number;
}

export interface UnitMetrics {
  unitId: number;
  unitName: string;
  leadAssignments: number;
  coAssignments: number;
  acceptedOnTime: Tally;
  /** 办前沟通率: pre-handling contacts made by their date (target 100 %). */
  preContact: Tally;
  coOpinionsOnTime: Tally;
  repliesOnTime: Tally;
  /** 满意 + 基本满意 out of the verdicts given. */
  satisfaction: Tally;
  commitmentsOnTime: Tally;
  /** Open nodes past their date at the end of the period. */
  overdueNodes: number;
}

export const rateComponents = [
  'acceptedOnTime',
  'preContact',
  'coOpinionsOnTime',
  'repliesOnTime',
  'satisfaction',
  'commitmentsOnTime',
] as const;
export type RateComponent = (typeof rateComponents)[number];

const weightSetting: Record<RateComponent, keyof SessionSettings> = {
  acceptedOnTime: 'rankWeightAccepted',
  preContact: 'rankWeightPreContact',
  coOpinionsOnTime: 'rankWeightCoOpinion',
  repliesOnTime: 'rankWeightReply',
  satisfaction: 'rankWeightSatisfaction',
  commitmentsOnTime: 'rankWeightCommitment',
};

const weightOf = (settings: SessionSettings, component: RateComponent): number => settings[weightSetting[component]] as number;

/** A rate between 0 and 1, or null when nothing was due. */
const rateOf = (tally: Tally): number | null => (tally.due > 0 ? Math.min(tally.done, tally.due) / tally.due : null);

export interface ScoredUnit {
  metrics: UnitMetrics;
  rates: Record<RateComponent, number | null>;
  /** Out of 100 before the penalty; rounded to one decimal so a ranking reads as it sorts. */
  score: number;
  rank: number;
  /** Places gained since the previous period (negative: lost); null for a unit not ranked then. */
  change: number | null;
}

export function scoreOf(metrics: UnitMetrics, settings: SessionSettings): { rates: ScoredUnit['rates']; score: number } {
  const rates = Object.fromEntries(rateComponents.map((c) => [c, rateOf(metrics[c])])) as ScoredUnit['rates'];
  let weighted = 0;
  let weights = 0;
  for (const component of rateComponents) {
    const rate = rates[component];
    const weight = weightOf(settings, component);
    if (rate === null || weight === 0) continue;
    weighted += weight * rate;
    weights += weight;
  }
  const base = weights > 0 ? (100 * weighted) / weights : 100;
  const score = Math.round((base - settings.rankOverduePenalty * metrics.overdueNodes) * 10) / 10;
  return { rates, score };
}

/** Whether the unit had anything to be measured on in the period: work given, due, or late. */
export const hadWork = (metrics: UnitMetrics): boolean =>
  metrics.leadAssignments + metrics.coAssignments + metrics.overdueNodes > 0 || rateComponents.some((c) => metrics[c].due > 0);

/**
 * Every unit ranked: units that had work in the period before those that had none (whose full
 * marks measure nothing), then higher score first; ties on fewer overdue nodes, then on name, so
 * a ranking is reproducible. `previous` is last period's rank of each unit, for the change.
 */
export function rankUnits(
  all: readonly UnitMetrics[],
  settings: SessionSettings,
  previous: ReadonlyMap<number, number> = new Map(),
): ScoredUnit[] {
  const idle = (metrics: UnitMetrics) => (hadWork(metrics) ? 0 : 1);
  return all
    .map((metrics) => ({ metrics, ...scoreOf(metrics, settings) }))
    .sort(
      (a, b) =>
        idle(a.metrics) - idle(b.metrics) ||
        b.score - a.score ||
        a.metrics.overdueNodes - b.metrics.overdueNodes ||
        byCodePoint(a.metrics.unitName, b.metrics.unitName),
    )
    .map((unit, index) => {
      const before = previous.get(unit.metrics.unitId);
      return { ...unit, rank: index + 1, change: before === undefined ? null : before - (index + 1) };
    });
}
