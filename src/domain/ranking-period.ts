// The periods a ranking covers (DESIGN §5): a week (Monday to Sunday), a month, or the session to
// date; each but the last with the one before it, for the change in rank.
import { addDays, addMonths, type CalendarDate, isoWeekday } from './calendar-date.js';

export const rankingPeriods = ['week', 'month', 'year'] as const;
export type RankingPeriodKind = (typeof rankingPeriods)[number];

export interface RankingPeriod {
  kind: RankingPeriodKind;
  from: CalendarDate;
  to: CalendarDate;
  /** The period before, compared with for the change in rank; none for the session to date. */
  previous?: { from: CalendarDate; to: CalendarDate };
}

/** The week (Monday to Sunday) holding `day`. */
export function weekOf(day: CalendarDate): RankingPeriod {
  const from = addDays(day, 1 - isoWeekday(day));
  return { kind: 'week', from, to: addDays(from, 6), previous: { from: addDays(from, -7), to: addDays(from, -1) } };
}

/** The month holding `day`. */
export function monthOf(day: CalendarDate): RankingPeriod {
  const from = `${day.slice(0, 8)}01`;
  return { kind: 'month', from, to: addDays(addMonths(from, 1), -1), previous: { from: addMonths(from, -1), to: addDays(from, -1) } };
}

/** The period of that kind holding `day`; `sessionStart` opens the session-to-date one. */
export function rankingPeriodOf(kind: RankingPeriodKind, day: CalendarDate, sessionStart: CalendarDate): RankingPeriod {
  if (kind === 'week') return weekOf(day);
  if (kind === 'month') return monthOf(day);
  return { kind, from: sessionStart, to: day };
}

/** The week a weekly report covers: the one before the week holding `day`. */
export const lastWeekBefore = (day: CalendarDate): RankingPeriod => weekOf(addDays(day, -7));
