// The periods a ranking covers (DESIGN §5): a week (Monday to Sunday), a month, or the session to
// date; a week or a month is compared with the last one of its kind the unit was ranked in.
import { addDays, addMonths, type CalendarDate, isoWeekday } from './calendar-date.js';

export const rankingPeriods = ['week', 'month', 'year'] as const;
export type RankingPeriodKind = (typeof rankingPeriods)[number];

export interface RankingPeriod {
  kind: RankingPeriodKind;
  from: CalendarDate;
  to: CalendarDate;
}

/** The week (Monday to Sunday) holding `day`. */
export function weekOf(day: CalendarDate): RankingPeriod {
  const from = addDays(day, 1 - isoWeekday(day));
  return { kind: 'week', from, to: addDays(from, 6) };
}

/** The month holding `day`. */
export function monthOf(day: CalendarDate): RankingPeriod {
  const from = `${day.slice(0, 8)}01`;
  return { kind: 'month', from, to: addDays(addMonths(from, 1), -1) };
}

/** The period of that kind holding `day`; `sessionStart` opens the session-to-date one. */
export function rankingPeriodOf(kind: RankingPeriodKind, day: CalendarDate, sessionStart: CalendarDate): RankingPeriod {
  if (kind === 'week') return weekOf(day);
  if (kind === 'month') return monthOf(day);
  return { kind, from: sessionStart, to: day };
}

/** The week a weekly report covers: the one before the week holding `day`. */
export const lastWeekBefore = (day: CalendarDate): RankingPeriod => weekOf(addDays(day, -7));

/** The week or month before this one; none before the session to date, which has no other. */
export const periodBefore = (period: RankingPeriod): RankingPeriod | undefined =>
  period.kind === 'week' ? weekOf(addDays(period.from, -7)) : period.kind === 'month' ? monthOf(addDays(period.from, -1)) : undefined;
