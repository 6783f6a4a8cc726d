// 统计: how the suggestions were handled, by unit and by 领域, as the office reports it to the
// 人大常委会 (交办, 答复率, 按期答复率, 办结率, A/B/C 占比, 满意率, B类承诺兑现率). Pure, and over
// the ledger's own rows, so that every figure can be counted again from the exported ledger: each
// is a count with the count it is a share of, never a bare percentage.
import type { CalendarDate } from '../domain/calendar-date.js';
import { isLiveAssignment, type ReplyClass, replyClasses } from '../domain/vocabulary.js';
import type { Catalog } from '../i18n/index.js';
import type { Ledger } from './ledger.js';

/** What the figures are counted from: the parts of the ledger they read. */
export interface StatisticsFacts {
  suggestions: ReadonlyArray<Pick<Ledger['suggestions'][number], 'id' | 'field' | 'status' | 'assignedOn' | 'mergedIntoId'>>;
  assignments: ReadonlyArray<Pick<Ledger['assignments'][number], 'suggestionId' | 'unitName' | 'role' | 'status'>>;
  replies: ReadonlyArray<
    Pick<Ledger['replies'][number], 'id' | 'suggestionId' | 'round' | 'replyClass' | 'status' | 'sentOn' | 'statutoryDueOn'>
  >;
  verdicts: ReadonlyArray<Pick<Ledger['verdicts'][number], 'suggestionId' | 'round' | 'verdict'>>;
  commitments: ReadonlyArray<Pick<Ledger['commitments'][number], 'replyId' | 'writtenOffAt'>>;
}

/** A count and what it is counted out of. */
export interface Share {
  count: number;
  of: number;
}

/** The figures of a set of suggestions (a unit's, a 领域's, all of them). */
export interface Figures {
  /** Suggestions led (主办), and co-handling assignments (会办) in force. */
  lead: number;
  co: number;
  /** Led suggestions with a reply sent, out of those led. */
  replied: Share;
  /** First replies sent by the statutory deadline then in force, out of the replies whose deadline is known. */
  onTime: Share;
  /** Closed (办结, 销号), out of those led. */
  closed: Share;
  /** The class of the latest reply sent, out of the suggestions replied to. */
  classes: Record<ReplyClass, Share>;
  /** 满意 or 基本满意 in the latest verdict, out of the suggestions with a verdict. */
  satisfied: Share;
  /** B-class promises written off, out of all promises of the B-class replies sent. */
  promisesKept: Share;
}

export interface Statistics {
  total: Figures;
  byUnit: Array<{ unitName: string; figures: Figures }>;
  /** '' for suggestions with no 领域. */
  byField: Array<{ field: string; figures: Figures }>;
}

/** Which suggestions count: assigned within the period (every one without it), and narrowed to a unit's (led or co-handled) or a 领域's. */
export interface StatisticsScope {
  from?: CalendarDate;
  to?: CalendarDate;
  unitName?: string;
  field?: string;
}

type SuggestionFacts = {
  id: number;
  /** 并案: answered with its main one, whose workload it is; only its deputy's verdict counts on its own. */
  merged: boolean;
  field: string;
  closed: boolean;
  leadUnit: string | undefined;
  coUnits: string[];
  replied: boolean;
  /** The first sent reply against its deadline: undefined when that deadline is not known. */
  onTime: boolean | undefined;
  replyClass: ReplyClass | undefined;
  verdict: Ledger['verdicts'][number]['verdict'] | undefined;
  promises: number;
  kept: number;
};

const share = (count: number, of: number): Share => ({ count, of });

/** Each suggestion's part in the figures, from its rows. */
function factsOf(facts: StatisticsFacts, scope: StatisticsScope): SuggestionFacts[] {
  const bySuggestion = <T extends { suggestionId: number }>(rows: ReadonlyArray<T>) => {
    const map = new Map<number, T[]>();
    for (const row of rows) map.set(row.suggestionId, [...(map.get(row.suggestionId) ?? []), row]);
    return map;
  };
  const assignments = bySuggestion(facts.assignments.filter((a) => isLiveAssignment(a.status)));
  const sent = bySuggestion(facts.replies.filter((r) => r.status === 'sent' && r.sentOn !== null));
  const verdicts = bySuggestion(facts.verdicts);
  const promisesOf = new Map<number, { promises: number; kept: number }>();
  for (const commitment of facts.commitments) {
    const tally = promisesOf.get(commitment.replyId) ?? { promises: 0, kept: 0 };
    promisesOf.set(commitment.replyId, { promises: tally.promises + 1, kept: tally.kept + (commitment.writtenOffAt ? 1 : 0) });
  }
  const chosen = facts.suggestions.filter(
    (s) =>
      (scope.from === undefined || s.assignedOn >= scope.from) &&
      (scope.to === undefined || s.assignedOn <= scope.to) &&
      (scope.field === undefined || s.field === scope.field) &&
      (scope.unitName === undefined || (assignments.get(s.mergedIntoId ?? s.id) ?? []).some((a) => a.unitName === scope.unitName)),
  );
  return chosen.map((s) => {
    // A merged suggestion is led by its main one's lead unit; its own assignments ended with the merge.
    const live = assignments.get(s.mergedIntoId ?? s.id) ?? [];
    const replies = [...(sent.get(s.id) ?? [])].sort((a, b) => a.round - b.round);
    const first = replies[0];
    const latest = replies.at(-1);
    const lastVerdict = [...(verdicts.get(s.id) ?? [])].sort((a, b) => a.round - b.round).at(-1);
    const promised = replies
      .filter((r) => r.replyClass === 'B')
      .map((r) => promisesOf.get(r.id) ?? { promises: 0, kept: 0 })
      .reduce((sum, t) => ({ promises: sum.promises + t.promises, kept: sum.kept + t.kept }), { promises: 0, kept: 0 });
    return {
      id: s.id,
      merged: s.mergedIntoId !== null,
      field: s.field,
      closed: s.status === 'closed',
      leadUnit: live.find((a) => a.role === 'lead')?.unitName,
      coUnits: s.mergedIntoId === null ? live.filter((a) => a.role === 'co').map((a) => a.unitName) : [],
      replied: first !== undefined,
      onTime: first?.statutoryDueOn ? first.sentOn! <= first.statutoryDueOn : undefined,
      replyClass: latest?.replyClass,
      verdict: lastVerdict?.verdict,
      ...promised,
    };
  });
}

/**
 * The figures' counts for the suggestions of one lead unit in one 领域 (a suggestion with no lead
 * in force has none): what the figures of a unit, a 领域 and the whole are sums of. The ledger's
 * rows are tallied here; the database can tally the same (services/figures/read-statistics.ts).
 */
export interface LeadTally {
  leadUnit: string | null;
  field: string;
  lead: number;
  replied: number;
  /** First replies whose deadline then in force is known, and of them those sent by it. */
  timed: number;
  onTime: number;
  closed: number;
  classes: Record<ReplyClass, number>;
  judged: number;
  satisfied: number;
  promises: number;
  kept: number;
}

/** Co-handling assignments in force of one unit in one 领域. */
export interface CoTally {
  unit: string;
  field: string;
  co: number;
}

const noClasses = (): Record<ReplyClass, number> => Object.fromEntries(replyClasses.map((c) => [c, 0])) as Record<ReplyClass, number>;

/** The ledger's suggestions in scope, tallied by lead unit and 领域, and their co-handling by unit and 领域. */
export function tallyLedger(facts: StatisticsFacts, scope: StatisticsScope): { leads: LeadTally[]; cos: CoTally[] } {
  const leads = new Map<string, LeadTally>();
  const cos = new Map<string, CoTally>();
  for (const s of factsOf(facts, scope)) {
    const key = JSON.stringify([s.leadUnit ?? null, s.field]);
    const tally = leads.get(key) ?? {
      leadUnit: s.leadUnit ?? null,
      field: s.field,
      lead: 0,
      replied: 0,
      timed: 0,
      onTime: 0,
      closed: 0,
      classes: noClasses(),
      judged: 0,
      satisfied: 0,
      promises: 0,
      kept: 0,
    };
    // 并案 (docs/ranking.md): the workload counts once, on the main suggestion; each deputy's verdict on its own code.
    if (!s.merged) {
      tally.lead += 1;
      tally.replied += s.replied ? 1 : 0;
      tally.timed += s.onTime === undefined ? 0 : 1;
      tally.onTime += s.onTime ? 1 : 0;
      tally.closed += s.closed ? 1 : 0;
      if (s.replyClass) tally.classes[s.replyClass] += 1;
    }
    tally.judged += s.verdict === undefined ? 0 : 1;
    tally.satisfied += s.verdict === 'satisfied' || s.verdict === 'basically_satisfied' ? 1 : 0;
    tally.promises += s.promises;
    tally.kept += s.kept;
    leads.set(key, tally);
    for (const unit of s.coUnits) {
      const coKey = JSON.stringify([unit, s.field]);
      const co = cos.get(coKey) ?? { unit, field: s.field, co: 0 };
      co.co += 1;
      cos.set(coKey, co);
    }
  }
  return { leads: [...leads.values()], cos: [...cos.values()] };
}

/** The figures of some tallies added up. */
function figuresOf(leads: readonly LeadTally[], cos: readonly CoTally[]): Figures {
  const sum = (pick: (t: LeadTally) => number) => leads.reduce((n, t) => n + pick(t), 0);
  const lead = sum((t) => t.lead);
  const replied = sum((t) => t.replied);
  const judged = sum((t) => t.judged);
  return {
    lead,
    co: cos.reduce((n, t) => n + t.co, 0),
    replied: share(replied, lead),
    onTime: share(
      sum((t) => t.onTime),
      sum((t) => t.timed),
    ),
    closed: share(
      sum((t) => t.closed),
      lead,
    ),
    classes: Object.fromEntries(
      replyClasses.map((c) => [
        c,
        share(
          sum((t) => t.classes[c]),
          replied,
        ),
      ]),
    ) as Record<ReplyClass, Share>,
    satisfied: share(
      sum((t) => t.satisfied),
      judged,
    ),
    promisesKept: share(
      sum((t) => t.kept),
      sum((t) => t.promises),
    ),
  };
}

/**
 * The figures in all, by unit (what it leads, with its co-handling beside) and by 领域, in name
 * order, from tallies of the suggestions in scope. Narrowed to a unit, the suggestions it
 * co-handles are in scope for its co-handling only.
 */
export function statisticsOf(tallies: { leads: readonly LeadTally[]; cos: readonly CoTally[] }, unitName?: string): Statistics {
  const leads = unitName === undefined ? tallies.leads : tallies.leads.filter((t) => t.leadUnit === unitName);
  const cos = unitName === undefined ? tallies.cos : tallies.cos.filter((t) => t.unit === unitName);
  const byName = (a: string, b: string) => a.localeCompare(b, 'zh-CN');
  const units = [...new Set([...leads.flatMap((t) => (t.leadUnit === null ? [] : [t.leadUnit])), ...cos.map((t) => t.unit)])].sort(byName);
  const fields = [...new Set([...leads.map((t) => t.field), ...cos.map((t) => t.field)])].sort(byName);
  return {
    total: figuresOf(leads, cos),
    byUnit: units.map((unit) => ({
      unitName: unit,
      figures: figuresOf(
        leads.filter((t) => t.leadUnit === unit),
        cos.filter((t) => t.unit === unit),
      ),
    })),
    byField: fields.map((field) => ({
      field,
      figures: figuresOf(
        leads.filter((t) => t.field === field),
        cos.filter((t) => t.field === field),
      ),
    })),
  };
}

/** The figures of the ledger's suggestions in scope (the workbook's 统计 sheet). */
export const ledgerStatistics = (facts: StatisticsFacts, scope: StatisticsScope): Statistics =>
  statisticsOf(tallyLedger(facts, scope), scope.unitName);

/** A share with what it counts out of, so that its reader can count it again: 80.0%（12/15）; — when out of nothing. */
export const shareText = (catalog: Catalog, share: Share): string =>
  share.of === 0 ? catalog.stats.none : catalog.stats.share(((100 * share.count) / share.of).toFixed(1), share.count, share.of);

/** The columns of a figures table (统计 in Slack, the report's tables), and one row of it. */
export const figureHeadings = (catalog: Catalog, first: string = catalog.stats.columns.unit): string[] => {
  const c = catalog.stats.columns;
  return [first, c.lead, c.co, c.replied, c.onTime, c.closed, c.classes, c.satisfied, c.promisesKept];
};

export const figureCells = (catalog: Catalog, name: string, f: Figures): string[] => [
  name,
  String(f.lead),
  String(f.co),
  shareText(catalog, f.replied),
  shareText(catalog, f.onTime),
  shareText(catalog, f.closed),
  catalog.stats.classCounts(f.classes.A.count, f.classes.B.count, f.classes.C.count, f.classes.D.count),
  shareText(catalog, f.satisfied),
  shareText(catalog, f.promisesKept),
];

/** The figures in all as the office says them: a sentence of the shares, and one of the classes. */
export function totalSentences(catalog: Catalog, total: Figures, sentence: Catalog['stats']['summary']): [string, string] {
  const share = (s: Share) => shareText(catalog, s);
  return [
    sentence(
      total.lead,
      total.co,
      share(total.replied),
      share(total.onTime),
      share(total.closed),
      share(total.satisfied),
      share(total.promisesKept),
    ),
    catalog.stats.classes(
      replyClasses
        .filter((replyClass) => replyClass !== 'D' || total.classes.D.count > 0)
        .map((replyClass) => catalog.stats.classPart(replyClass, share(total.classes[replyClass])))
        .join(catalog.listJoin),
    ),
  ];
}
