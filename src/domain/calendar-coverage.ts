// Whether the working calendar knows a year's holidays. The published calendar (国务院办公厅's
// arrangement of public holidays and 调休) comes out late in the year before, and the package
// carries only the years published when it was released: without the year, its 元旦, 春节 and
// 国庆 count as working days, and every date planned across them is wrong.
import chineseDays from 'chinese-days';
import type { CalendarDate } from './calendar-date.js';
import type { CalendarDayKind } from './vocabulary.js';

/** Whether the package knows the year's holidays, or the office set one of its own that year. */
export function knowsHolidaysOf(year: number, overrides: ReadonlyMap<CalendarDate, CalendarDayKind>): boolean {
  if (chineseDays.getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0) return true;
  return [...overrides].some(([day, kind]) => kind === 'holiday' && day.startsWith(`${year}-`));
}

/** The years a calendar must know on `today`: this one, and from December the next one too. */
export const yearsNeeded = (today: CalendarDate): number[] => {
  const year = Number(today.slice(0, 4));
  return today.slice(5, 7) === '12' ? [year, year + 1] : [year];
};

/** Of the years needed on `today`, those whose holidays are not known. */
export const yearsWithoutHolidays = (today: CalendarDate, overrides: ReadonlyMap<CalendarDate, CalendarDayKind>): number[] =>
  yearsNeeded(today).filter((year) => !knowsHolidaysOf(year, overrides));
