// Mainland China working days: the published calendar with its adjusted workdays (调休) from
// chinese-days, under the overrides the supervisors set (a new year's calendar comes late, and
// offices add their own closures).
import chineseDays from 'chinese-days';
import { addDays, type CalendarDate, isoWeekday } from './calendar-date.js';
import type { CalendarDayKind } from './vocabulary.js';

export interface WorkingCalendar {
  isWorkday(date: CalendarDate): boolean;
}

export function workingCalendar(overrides: ReadonlyMap<CalendarDate, CalendarDayKind> = new Map()): WorkingCalendar {
  return {
    isWorkday(date) {
      const override = overrides.get(date);
      return override === undefined ? chineseDays.isWorkday(date) : override === 'workday';
    },
  };
}

// No real stretch of rest days is this long; a longer one means a broken override set.
const longestRest = 60;

/** The date itself if a working day, else the nearest working day in `direction`. */
export function toWorkday(calendar: WorkingCalendar, date: CalendarDate, direction: 1 | -1): CalendarDate {
  let day = date;
  for (let step = 0; step <= longestRest; step += 1) {
    if (calendar.isWorkday(day)) return day;
    day = addDays(day, direction);
  }
  throw new Error(`no working day within ${longestRest} days of ${date}`);
}

/** The n-th working day after (n > 0) or before (n < 0) `date`; n = 0 is toWorkday forwards. */
export function addWorkingDays(calendar: WorkingCalendar, date: CalendarDate, n: number): CalendarDate {
  if (n === 0) return toWorkday(calendar, date, 1);
  const direction = n > 0 ? 1 : -1;
  let day = date;
  for (let left = Math.abs(n); left > 0; ) {
    day = addDays(day, direction);
    if (calendar.isWorkday(day)) left -= 1;
  }
  return day;
}

/** Working days after `from` up to and including `to` (negative when `to` is earlier). */
export function workingDaysBetween(calendar: WorkingCalendar, from: CalendarDate, to: CalendarDate): number {
  if (from === to) return 0;
  const direction = to > from ? 1 : -1;
  let count = 0;
  for (let day = from; day !== to; ) {
    day = addDays(day, direction);
    if (calendar.isWorkday(day)) count += 1;
  }
  return count * direction;
}

/**
 * What a date needs said beside its weekday: a weekend day worked (调休上班), a weekday off, or a
 * statutory deadline that falls on a rest day (the law's date: it stays, and is said to be one).
 */
export type DayNote = 'adjusted_workday' | 'rest_day' | 'statutory_rest_day';

export function dayNoteOf(calendar: WorkingCalendar, date: CalendarDate): DayNote | undefined {
  const weekend = isoWeekday(date) >= 6;
  const workday = calendar.isWorkday(date);
  if (weekend && workday) return 'adjusted_workday';
  if (!weekend && !workday) return 'rest_day';
  return undefined;
}
