// Whether the working calendar knows a year's holidays: the package's published years, or a
// holiday the office set itself; from December, the next year is needed too.
import { describe, expect, it } from 'vitest';
import { knowsHolidaysOf, yearsNeeded, yearsWithoutHolidays } from '../../../src/domain/calendar-coverage.js';

describe('the calendar’s years', () => {
  it('knows the years the package was published with, and not a year after them', () => {
    expect(knowsHolidaysOf(2026, new Map())).toBe(true);
    expect(knowsHolidaysOf(2004, new Map())).toBe(true);
    expect(knowsHolidaysOf(2099, new Map())).toBe(false);
  });

  it('counts a year as known once the office set a holiday in it, not a working day alone', () => {
    expect(knowsHolidaysOf(2099, new Map([['2099-01-01', 'holiday']]))).toBe(true);
    expect(knowsHolidaysOf(2099, new Map([['2099-02-07', 'workday']]))).toBe(false);
    expect(knowsHolidaysOf(2099, new Map([['2098-12-31', 'holiday']]))).toBe(false);
  });

  it('needs this year, and from the first of December the next one', () => {
    expect(yearsNeeded('2026-11-30')).toEqual([2026]);
    expect(yearsNeeded('2026-12-01')).toEqual([2026, 2027]);
    expect(yearsNeeded('2027-01-04')).toEqual([2027]);
    expect(yearsWithoutHolidays('2098-12-01', new Map())).toEqual([2098, 2099]);
    expect(yearsWithoutHolidays('2098-12-01', new Map([['2099-01-01', 'holiday']]))).toEqual([2098]);
  });
});
