import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dateInZone,
  daysBetween,
  isoWeekday,
  maxDate,
  minDate,
  parseCalendarDate,
  readCalendarDate,
} from '../../../src/domain/calendar-date.js';

// Independent of dayjs: the oracle for generated dates is the platform's UTC calendar.
const iso = (date: Date) => date.toISOString().slice(0, 10);
const anyDay = fc
  .integer({ min: Date.UTC(2000, 0, 1) / 86_400_000, max: Date.UTC(2100, 11, 31) / 86_400_000 })
  .map((day) => iso(new Date(day * 86_400_000)));

describe('parseCalendarDate', () => {
  it.each(['2026-02-30', '2026-13-01', '2025-02-29', '2026-00-10', '2026-04-31', '2026-01-00', '2026-01-32', '2100-02-29'])(
    'refuses the day that does not exist: %s',
    (text) => expect(parseCalendarDate(text)).toBeUndefined(),
  );

  it.each(['2026-1-5', '20260105', '2026/01/05', '2026-01-05T00:00', '', '   ', 'due', '２０２６-01-05', '2026-01-5'])(
    'refuses what is not shaped YYYY-MM-DD: %j',
    (text) => expect(parseCalendarDate(text)).toBeUndefined(),
  );

  it('refuses years outside 2000–2100, where a typo is likelier than a deadline', () => {
    expect(parseCalendarDate('1999-12-31')).toBeUndefined();
    expect(parseCalendarDate('2101-01-01')).toBeUndefined();
    expect(parseCalendarDate('2000-01-01')).toBe('2000-01-01');
    expect(parseCalendarDate('2100-12-31')).toBe('2100-12-31');
  });

  it('accepts leap days of leap years only', () => {
    expect(parseCalendarDate('2028-02-29')).toBe('2028-02-29');
    expect(parseCalendarDate('2000-02-29')).toBe('2000-02-29'); // divisible by 400
    expect(parseCalendarDate('2025-02-29')).toBeUndefined();
  });

  it('accepts real days and trims surrounding blanks', () => {
    expect(parseCalendarDate('2026-03-02')).toBe('2026-03-02');
    expect(parseCalendarDate('2026-12-31')).toBe('2026-12-31');
    expect(parseCalendarDate('  2026-06-30 ')).toBe('2026-06-30');
  });

  it('round-trips every real day of the supported range', () => {
    fc.assert(fc.property(anyDay, (day) => parseCalendarDate(day) === day));
  });
});

describe('readCalendarDate', () => {
  it.each([
    ['2026-06-30', '2026-06-30'],
    ['2026-6-30', '2026-06-30'],
    ['2026/6/30', '2026-06-30'],
    ['2026/06/30', '2026-06-30'],
    ['2026.6.30', '2026-06-30'],
    ['2026年6月30日', '2026-06-30'],
    ['2026年06月30日', '2026-06-30'],
    ['2026 年 6 月 30 日', '2026-06-30'],
    ['2026年6月30', '2026-06-30'],
    ['  2026/1/5 ', '2026-01-05'],
  ])('reads %j as a person writes it', (text, day) => {
    expect(readCalendarDate(text)).toBe(day);
  });

  it.each(['2026-02-30', '2026/13/1', '2026年2月29日', '2026/4/31', '2026/0/10', '1999/12/31', '2101年1月1日'])(
    'refuses the day that does not exist or lies outside 2000–2100: %s',
    (text) => expect(readCalendarDate(text)).toBeUndefined(),
  );

  it.each(['20260630', '26/6/30', '6/30/2026', '2026-06-30T00:00', '2026年6月', '2026/6/30/1', '', 'tomorrow', '２０２６/6/30'])(
    'refuses what is not a whole date: %j',
    (text) => expect(readCalendarDate(text)).toBeUndefined(),
  );

  it('reads every real day in its stored shape as that day, as parseCalendarDate does', () => {
    fc.assert(fc.property(anyDay, (day) => readCalendarDate(day) === day));
  });

  it('reads every real day written with slashes and no leading zeros, and in Chinese, as that day', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const [y, m, d] = day.split('-').map(Number) as [number, number, number];
        return readCalendarDate(`${y}/${m}/${d}`) === day && readCalendarDate(`${y}年${m}月${d}日`) === day;
      }),
    );
  });
});

describe('dateInZone', () => {
  it('changes day at midnight in Asia/Shanghai (UTC+8), not at midnight UTC', () => {
    expect(dateInZone(new Date('2026-03-01T15:59:59.999Z'), 'Asia/Shanghai')).toBe('2026-03-01');
    expect(dateInZone(new Date('2026-03-01T16:00:00.000Z'), 'Asia/Shanghai')).toBe('2026-03-02');
    expect(dateInZone(new Date('2026-03-01T16:00:00.000Z'), 'UTC')).toBe('2026-03-01');
  });

  it('crosses the year in the zone first', () => {
    expect(dateInZone(new Date('2026-12-31T16:00:00Z'), 'Asia/Shanghai')).toBe('2027-01-01');
    expect(dateInZone(new Date('2026-12-31T16:00:00Z'), 'America/New_York')).toBe('2026-12-31');
  });
});

describe('addDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-02', 0)).toBe('2026-03-02');
  });

  it('agrees with daysBetween', () => {
    fc.assert(fc.property(anyDay, fc.integer({ min: -400, max: 400 }), (day, n) => daysBetween(day, addDays(day, n)) === n));
  });
});

describe('addMonths', () => {
  it('keeps the day of month when the target month has it', () => {
    expect(addMonths('2026-03-02', 3)).toBe('2026-06-02');
    expect(addMonths('2026-01-15', 12)).toBe('2027-01-15');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });

  it('turns a day the target month lacks into its last day', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('lands in the month n later, never on a later day of month', () => {
    fc.assert(
      fc.property(
        anyDay.filter((d) => d < '2099-01-01'),
        fc.integer({ min: 0, max: 12 }),
        (day, n) => {
          const result = addMonths(day, n);
          const [y, m, d] = day.split('-').map(Number) as [number, number, number];
          const [ry, rm, rd] = result.split('-').map(Number) as [number, number, number];
          const lastOfTarget = new Date(Date.UTC(y, m - 1 + n + 1, 0)).getUTCDate();
          return ry * 12 + rm === y * 12 + m + n && rd === Math.min(d, lastOfTarget);
        },
      ),
    );
  });
});

describe('daysBetween', () => {
  it('counts a common and a leap year', () => {
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-06-02', '2026-05-18')).toBe(-15);
  });
});

describe('isoWeekday', () => {
  it('numbers Monday 1 … Sunday 7', () => {
    expect(isoWeekday('2026-03-02')).toBe(1);
    expect(isoWeekday('2026-02-14')).toBe(6);
    expect(isoWeekday('2026-03-01')).toBe(7);
    expect(isoWeekday('2026-10-01')).toBe(4);
  });

  it('agrees with the platform calendar', () => {
    fc.assert(fc.property(anyDay, (day) => isoWeekday(day) === (new Date(`${day}T00:00:00Z`).getUTCDay() || 7)));
  });
});

describe('maxDate / minDate', () => {
  it('order dates as days', () => {
    expect(maxDate('2026-03-02', '2026-12-01')).toBe('2026-12-01');
    expect(minDate('2026-03-02', '2026-12-01')).toBe('2026-03-02');
    expect(maxDate('2026-03-02', '2026-03-02')).toBe('2026-03-02');
  });
});
