import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, toWorkday, type WorkingCalendar, workingCalendar, workingDaysBetween } from '../../../src/domain/calendar.js';
import { addDays } from '../../../src/domain/calendar-date.js';
import type { CalendarDayKind } from '../../../src/domain/vocabulary.js';

const published = workingCalendar();
const withOverrides = (entries: Array<[string, CalendarDayKind]>) => workingCalendar(new Map(entries));
const span = (from: string, to: string): string[] => {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
};

// Facts from the State Council's 2026 holiday notice, checked against chinese-days 1.5.7.
describe('the published 2026 calendar', () => {
  it.each(span('2026-02-15', '2026-02-23'))('Spring Festival: %s is a rest day', (day) => {
    expect(published.isWorkday(day)).toBe(false);
  });

  it.each(['2026-02-14', '2026-02-28'])('Spring Festival: Saturday %s is an adjusted working day', (day) => {
    expect(published.isWorkday(day)).toBe(true);
  });

  it.each(span('2026-10-01', '2026-10-07'))('National Day: %s is a rest day', (day) => {
    expect(published.isWorkday(day)).toBe(false);
  });

  it.each(['2026-09-20', '2026-10-10'])('National Day: weekend day %s is an adjusted working day', (day) => {
    expect(published.isWorkday(day)).toBe(true);
  });

  it('treats the days around the holidays as the usual week', () => {
    expect(published.isWorkday('2026-02-13')).toBe(true); // Friday before
    expect(published.isWorkday('2026-02-24')).toBe(true); // Tuesday after
    expect(published.isWorkday('2026-03-01')).toBe(false); // Sunday after the working Saturday
    expect(published.isWorkday('2026-09-30')).toBe(true);
    expect(published.isWorkday('2026-10-08')).toBe(true);
    expect(published.isWorkday('2026-10-11')).toBe(false);
  });

  it('has plain weekends and weekdays outside the holidays', () => {
    expect(published.isWorkday('2026-03-07')).toBe(false);
    expect(published.isWorkday('2026-03-08')).toBe(false);
    expect(span('2026-03-09', '2026-03-13').every((day) => published.isWorkday(day))).toBe(true);
  });
});

describe('overrides', () => {
  it('close an office on a published working day', () => {
    const calendar = withOverrides([['2026-03-09', 'holiday']]);
    expect(calendar.isWorkday('2026-03-09')).toBe(false);
    expect(calendar.isWorkday('2026-03-10')).toBe(true);
  });

  it('open a published rest day, weekend or public holiday', () => {
    const calendar = withOverrides([
      ['2026-03-08', 'workday'],
      ['2026-10-05', 'workday'],
    ]);
    expect(calendar.isWorkday('2026-03-08')).toBe(true);
    expect(calendar.isWorkday('2026-10-05')).toBe(true);
    expect(calendar.isWorkday('2026-10-06')).toBe(false);
  });

  it('cancel an adjusted working Saturday', () => {
    expect(withOverrides([['2026-02-14', 'holiday']]).isWorkday('2026-02-14')).toBe(false);
  });

  it('change only the days they name', () => {
    const calendar = withOverrides([['2026-03-09', 'holiday']]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 729 }), (offset) => {
        const day = addDays('2026-01-01', offset);
        return day === '2026-03-09' || calendar.isWorkday(day) === published.isWorkday(day);
      }),
    );
  });
});

describe('toWorkday', () => {
  it('keeps a working day', () => {
    expect(toWorkday(published, '2026-02-14', 1)).toBe('2026-02-14');
    expect(toWorkday(published, '2026-02-14', -1)).toBe('2026-02-14');
  });

  it('moves a rest day forwards or backwards across the whole holiday', () => {
    expect(toWorkday(published, '2026-02-15', 1)).toBe('2026-02-24');
    expect(toWorkday(published, '2026-02-15', -1)).toBe('2026-02-14');
    expect(toWorkday(published, '2026-10-04', 1)).toBe('2026-10-08');
    expect(toWorkday(published, '2026-10-04', -1)).toBe('2026-09-30');
  });

  it('follows the overrides', () => {
    expect(toWorkday(withOverrides([['2026-10-03', 'workday']]), '2026-10-04', -1)).toBe('2026-10-03');
    expect(toWorkday(withOverrides([['2026-10-08', 'holiday']]), '2026-10-04', 1)).toBe('2026-10-09');
  });

  it('gives up on a calendar without working days rather than loop', () => {
    const never: WorkingCalendar = { isWorkday: () => false };
    expect(() => toWorkday(never, '2026-03-02', 1)).toThrow(/no working day/);
    expect(() => toWorkday(never, '2026-03-02', -1)).toThrow(/no working day/);
  });
});

describe('addWorkingDays', () => {
  it('counts an adjusted Saturday and skips the holiday going forwards', () => {
    expect(addWorkingDays(published, '2026-02-13', 1)).toBe('2026-02-14');
    expect(addWorkingDays(published, '2026-02-13', 2)).toBe('2026-02-24');
    expect(addWorkingDays(published, '2026-09-18', 1)).toBe('2026-09-20');
    expect(addWorkingDays(published, '2026-09-30', 1)).toBe('2026-10-08');
    expect(addWorkingDays(published, '2026-10-09', 1)).toBe('2026-10-10');
    expect(addWorkingDays(published, '2026-10-10', 1)).toBe('2026-10-12');
  });

  it('does the same going backwards', () => {
    expect(addWorkingDays(published, '2026-02-24', -1)).toBe('2026-02-14');
    expect(addWorkingDays(published, '2026-02-24', -2)).toBe('2026-02-13');
    expect(addWorkingDays(published, '2026-10-08', -1)).toBe('2026-09-30');
    expect(addWorkingDays(published, '2026-09-21', -1)).toBe('2026-09-20');
  });

  it('starts counting from a rest day as from any other day', () => {
    expect(addWorkingDays(published, '2026-02-15', 1)).toBe('2026-02-24');
    expect(addWorkingDays(published, '2026-02-15', -1)).toBe('2026-02-14');
  });

  it('treats n = 0 as the day itself or the next working day', () => {
    expect(addWorkingDays(published, '2026-03-02', 0)).toBe('2026-03-02');
    expect(addWorkingDays(published, '2026-10-01', 0)).toBe('2026-10-08');
  });

  it('follows the overrides', () => {
    const calendar = withOverrides([
      ['2026-03-03', 'holiday'],
      ['2026-03-07', 'workday'],
    ]);
    // Mon 2 → Wed 4, Thu 5, Fri 6, Sat 7 (opened): 4 working days.
    expect(addWorkingDays(calendar, '2026-03-02', 4)).toBe('2026-03-07');
    expect(addWorkingDays(published, '2026-03-02', 4)).toBe('2026-03-06');
  });

  const day = fc.integer({ min: 0, max: 729 }).map((offset) => addDays('2026-01-01', offset));
  const nonZero = fc.integer({ min: -40, max: 40 }).filter((n) => n !== 0);

  it('lands on a working day exactly n working days away', () => {
    fc.assert(
      fc.property(day, nonZero, (start, n) => {
        const end = addWorkingDays(published, start, n);
        return published.isWorkday(end) && workingDaysBetween(published, start, end) === n;
      }),
    );
  });

  it('is strictly increasing in n', () => {
    fc.assert(
      fc.property(day, nonZero, nonZero, (start, a, b) => {
        fc.pre(a < b);
        return addWorkingDays(published, start, a) < addWorkingDays(published, start, b);
      }),
    );
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days after the start up to and including the end', () => {
    expect(workingDaysBetween(published, '2026-03-02', '2026-03-02')).toBe(0);
    expect(workingDaysBetween(published, '2026-03-02', '2026-03-09')).toBe(5);
    expect(workingDaysBetween(published, '2026-02-13', '2026-02-24')).toBe(2);
    expect(workingDaysBetween(published, '2026-09-30', '2026-10-08')).toBe(1);
    expect(workingDaysBetween(published, '2026-10-01', '2026-10-07')).toBe(0);
  });

  it('is negative when the end is earlier, counting the end but not the start', () => {
    expect(workingDaysBetween(published, '2026-02-24', '2026-02-13')).toBe(-2);
    // Sun 1 Mar back to Fri 27 Feb: Sat 28 (adjusted) and Fri 27.
    expect(workingDaysBetween(published, '2026-03-01', '2026-02-27')).toBe(-2);
  });
});
