// 比学赶超: each unit's score over a period (DESIGN §5). The score is the weighted mean of the
// rates that apply to the unit in the period, out of 100, minus a penalty per open overdue node,
// clamped to 0–100.
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
  /** The workload: the session's suggestions the unit handles by the period's end, as lead and as co-handling unit. */
  leadAssignments: number;
  coAssignments: number;
  acceptedOnTime: Tally;
  /** 办前沟通率: pre-handling contacts made by their date (target 100 %). */
  preContact: Tally;
  coOpinionsOnTime: Tally;
  /** The reply's way up, each step by its own date: 初稿, 处室把关, 分管领导审核, 主要领导签发. */
  draftsOnTime: Tally;
  divisionReviewsOnTime: Tally;
  leaderReviewsOnTime: Tally;
  headSignoffsOnTime: Tally;
  repliesOnTime: Tally;
  /** 办后反馈: the deputy asked for a verdict (an after-handling contact, or the verdict itself) by its date. */
  feedbackOnTime: Tally;
  /** 满意 + 基本满意 out of the verdicts given. */
  satisfaction: Tally;
  commitmentsOnTime: Tally;
  /** Open nodes past their date at the end of the period. */
  overdueNodes: number;
}

/** In the order a suggestion's handling takes them. */
export const rateComponents = [
  'acceptedOnTime',
  'preContact',
  'coOpinionsOnTime',
  'draftsOnTime',
  'divisionReviewsOnTime',
  'leaderReviewsOnTime',
  'headSignoffsOnTime',
  'repliesOnTime',
  'feedbackOnTime',
  'satisfaction',
  'commitmentsOnTime',
] as const;
export type RateComponent = (typeof rateComponents)[number];

const noTally: Tally = { done: 0, due: 0 };

/** A component's tally; none due in metrics stored (in a queued notice) before the component was measured. */
export const tallyOf = (metrics: UnitMetrics, component: RateComponent): Tally => metrics[component] ?? noTally;

/** The components that are time nodes, each done by its own date. */
export const nodeComponents = rateComponents.filter((c) => c !== 'satisfaction' && c !== 'commitmentsOnTime');

/** Every time node due in the period and those done on time, all steps together: the ranking's one column for them. */
export const nodesOnTime = (metrics: UnitMetrics): Tally =>
  nodeComponents.reduce((sum, c) => ({ done: sum.done + tallyOf(metrics, c).done, due: sum.due + tallyOf(metrics, c).due }), {
    done: 0,
    due: 0,
  });

const weightSetting: Record<RateComponent, keyof SessionSettings> = {
  acceptedOnTime: 'rankWeightAccepted',
  preContact: 'rankWeightPreContact',
  coOpinionsOnTime: 'rankWeightCoOpinion',
  draftsOnTime: 'rankWeightDraft',
  divisionReviewsOnTime: 'rankWeightDivisionReview',
  leaderReviewsOnTime: 'rankWeightLeaderReview',
  headSignoffsOnTime: 'rankWeightHeadSignoff',
  repliesOnTime: 'rankWeightReply',
  feedbackOnTime: 'rankWeightFeedback',
  satisfaction: 'rankWeightSatisfaction',
  commitmentsOnTime: 'rankWeightCommitment',
};

export const weightOf = (settings: SessionSettings, component: RateComponent): number => settings[weightSetting[component]] as number;

/** A rate between 0 and 1, or null when nothing was due. */
const rateOf = (tally: Tally): number | null => (tally.due > 0 ? Math.min(tally.done, tally.due) / tally.due : null);

export interface ScoredUnit {
  metrics: UnitMetrics;
  rates: Record<RateComponent, number | null>;
  /** Out of 100, clamped to 0–100, one decimal, so a ranking reads as it sorts. */
  score: number;
  /** 1, 1, 3 for equal scores; null for a unit with nothing measured in the period (listed last, not ranked). */
  rank: number | null;
  /** Shares its rank with another unit (并列); absent from notices stored before ties were marked. */
  tied?: boolean;
  /** Places gained since the previous period (negative: lost); null when either period left it unranked. */
  change: number | null;
}

/** One component of a score with its figures, as 得分明细 shows it. */
export interface ComponentFigures {
  component: RateComponent;
  done: number;
  due: number;
  weight: number;
  /** Counts in the score: something was due and the weight is not 0. */
  applies: boolean;
}

/** A score and every figure it is made of, so that it can be recomputed by hand (DESIGN §5). */
export interface ScoreBreakdown {
  components: ComponentFigures[];
  /** Σ weight × rate over the components that apply, and Σ of their weights. */
  weightedSum: number;
  weightTotal: number;
  /** 100 × weightedSum ÷ weightTotal to the hundredth; 100 when nothing applies. */
  base: number;
  overdueNodes: number;
  penaltyPerNode: number;
  /** Out of 100, clamped to 0–100, one decimal. */
  score: number;
}

export function scoreBreakdown(metrics: UnitMetrics, settings: SessionSettings): ScoreBreakdown {
  const components = rateComponents.map((component) => {
    const { done, due } = tallyOf(metrics, component);
    const weight = weightOf(settings, component);
    return { component, done: Math.min(done, due), due, weight, applies: due > 0 && weight > 0 };
  });
  const applying = components.filter((c) => c.applies);
  const weightedSum = applying.reduce((sum, c) => sum + (c.weight * c.done) / c.due, 0);
  const weightTotal = applying.reduce((sum, c) => sum + c.weight, 0);
  // The base to the hundredth, as 得分明细 shows it, and the score from that figure: what a reader
  // recomputes by hand is what was published. In hundredths, so that a half rounds up exactly.
  const baseHundredths = weightTotal > 0 ? Math.round((10000 * weightedSum) / weightTotal) : 10000;
  const penaltyPerNode = settings.rankOverduePenalty;
  // Clamped (DESIGN §5): a published score below zero, however many nodes are late, only confuses.
  const clamped = Math.min(10000, Math.max(0, baseHundredths - 100 * penaltyPerNode * metrics.overdueNodes));
  return {
    components,
    weightedSum,
    weightTotal,
    base: baseHundredths / 100,
    overdueNodes: metrics.overdueNodes,
    penaltyPerNode,
    score: Math.round(clamped / 10) / 10,
  };
}

export function scoreOf(metrics: UnitMetrics, settings: SessionSettings): { rates: ScoredUnit['rates']; score: number } {
  const rates = Object.fromEntries(rateComponents.map((c) => [c, rateOf(tallyOf(metrics, c))])) as ScoredUnit['rates'];
  return { rates, score: scoreBreakdown(metrics, settings).score };
}

/**
 * Whether anything of the unit was measured in the period: a step or promise due, a verdict given,
 * or a node overdue at its end. A unit with nothing measured gets no rank: its full marks would
 * read as earned.
 */
export const wasMeasured = (metrics: UnitMetrics): boolean =>
  metrics.overdueNodes > 0 || rateComponents.some((c) => tallyOf(metrics, c).due > 0);

/**
 * Every unit, the measured ones ranked by score (equal scores share a rank, 1, 1, 3, and are
 * listed by name), then those with nothing measured, unranked, by name. `previous` is each
 * unit's rank in the period before, for the change.
 */
export function rankUnits(
  all: readonly UnitMetrics[],
  settings: SessionSettings,
  previous: ReadonlyMap<number, number> = new Map(),
): ScoredUnit[] {
  const scored = all.map((metrics) => ({ metrics, ...scoreOf(metrics, settings) }));
  const byName = (a: { metrics: UnitMetrics }, b: { metrics: UnitMetrics }) => byCodePoint(a.metrics.unitName, b.metrics.unitName);
  const measured = scored.filter((unit) => wasMeasured(unit.metrics)).sort((a, b) => b.score - a.score || byName(a, b));
  const idle = scored.filter((unit) => !wasMeasured(unit.metrics)).sort(byName);
  const ranked = measured.map((unit) => {
    const rank = 1 + measured.filter((other) => other.score > unit.score).length;
    const tied = measured.some((other) => other !== unit && other.score === unit.score);
    const before = previous.get(unit.metrics.unitId);
    return { ...unit, rank, tied, change: before === undefined ? null : before - rank };
  });
  return [...ranked, ...idle.map((unit) => ({ ...unit, rank: null, tied: false, change: null }))];
}
