// 统计: how the suggestions were handled, by unit and by 领域, as the office reports it to the
// 人大常委会 (交办, 答复率, 按期答复率, 办结率, A/B/C 占比, 满意率, B类承诺兑现率). Pure, and over
// the ledger's own rows, so that every figure can be counted again from the exported ledger: each
// is a count with the count it is a share of, never a bare percentage.
import type { CalendarDate } from '../domain/calendar-date.js';
import { isLiveAssignment, type ReplyClass, replyClasses } from '../domain/vocabulary.js';
import type { Ledger } from './ledger.js';

/** What the figures are counted from: the parts of the ledger they read. */
export interface StatisticsFacts {
  suggestions: ReadonlyArray<Pick<Ledger['suggestions'][number], 'id' | 'field' | 'status' | 'assignedOn'>>;
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

/** Which suggestions count: assigned within the period, and narrowed to a unit's (led or co-handled) or a 领域's. */
export interface StatisticsScope {
  from: CalendarDate;
  to: CalendarDate;
  unitName?: string;
  field?: string;
}

type SuggestionFacts = {
  id: number;
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
      s.assignedOn >= scope.from &&
      s.assignedOn <= scope.to &&
      (scope.field === undefined || s.field === scope.field) &&
      (scope.unitName === undefined || (assignments.get(s.id) ?? []).some((a) => a.unitName === scope.unitName)),
  );
  return chosen.map((s) => {
    const live = assignments.get(s.id) ?? [];
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
      field: s.field,
      closed: s.status === 'closed',
      leadUnit: live.find((a) => a.role === 'lead')?.unitName,
      coUnits: live.filter((a) => a.role === 'co').map((a) => a.unitName),
      replied: first !== undefined,
      onTime: first?.statutoryDueOn ? first.sentOn! <= first.statutoryDueOn : undefined,
      replyClass: latest?.replyClass,
      verdict: lastVerdict?.verdict,
      ...promised,
    };
  });
}

/** The figures of suggestions led (`led`) and of co-handling assignments counted beside them. */
function figuresOf(led: readonly SuggestionFacts[], co: number): Figures {
  const replied = led.filter((s) => s.replied);
  const timed = replied.filter((s) => s.onTime !== undefined);
  const judged = led.filter((s) => s.verdict !== undefined);
  return {
    lead: led.length,
    co,
    replied: share(replied.length, led.length),
    onTime: share(timed.filter((s) => s.onTime).length, timed.length),
    closed: share(led.filter((s) => s.closed).length, led.length),
    classes: Object.fromEntries(
      replyClasses.map((replyClass) => [replyClass, share(replied.filter((s) => s.replyClass === replyClass).length, replied.length)]),
    ) as Record<ReplyClass, Share>,
    satisfied: share(judged.filter((s) => s.verdict === 'satisfied' || s.verdict === 'basically_satisfied').length, judged.length),
    promisesKept: share(
      led.reduce((sum, s) => sum + s.kept, 0),
      led.reduce((sum, s) => sum + s.promises, 0),
    ),
  };
}

/** The figures in all, by lead unit (with each unit's co-handling counted) and by 领域, in name order. */
export function ledgerStatistics(facts: StatisticsFacts, scope: StatisticsScope): Statistics {
  const suggestions = factsOf(facts, scope);
  const units = [...new Set(suggestions.flatMap((s) => [s.leadUnit, ...s.coUnits]).filter((u): u is string => u !== undefined))]
    .filter((unit) => scope.unitName === undefined || unit === scope.unitName)
    .sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const fields = [...new Set(suggestions.map((s) => s.field))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const coCount = (rows: readonly SuggestionFacts[], unit?: string) =>
    rows.reduce((sum, s) => sum + s.coUnits.filter((u) => unit === undefined || u === unit).length, 0);
  const inField = (field: string) => suggestions.filter((s) => s.field === field);
  return {
    total: figuresOf(
      scope.unitName === undefined ? suggestions : suggestions.filter((s) => s.leadUnit === scope.unitName),
      coCount(suggestions, scope.unitName),
    ),
    byUnit: units.map((unitName) => ({
      unitName,
      figures: figuresOf(
        suggestions.filter((s) => s.leadUnit === unitName),
        coCount(suggestions, unitName),
      ),
    })),
    byField: fields.map((field) => ({
      field,
      figures: figuresOf(
        inField(field).filter((s) => scope.unitName === undefined || s.leadUnit === scope.unitName),
        coCount(inField(field), scope.unitName),
      ),
    })),
  };
}
