// Calendar dates as 'YYYY-MM-DD' strings: a deadline is a day in the office's time zone, not an
// instant, so it is never shifted by a time zone conversion.
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);
dayjs.extend(timezone);

export type CalendarDate = string;

const shape = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date if `text` is a real YYYY-MM-DD day (2026-02-30 is not), else undefined. */
export function parseCalendarDate(text: string): CalendarDate | undefined {
  const match = shape.exec(text.trim());
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  const real = probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
  return real && y >= 2000 && y <= 2100 ? text.trim() : undefined;
}

const writtenShape = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/u;

/**
 * A date as people write it, typed in a command or a form or found in a 交办清单's cell:
 * 2026-06-30, 2026/6/30, 2026.6.30 or 2026年6月30日. The same real days as parseCalendarDate,
 * which reads only the stored shape (what Slack's date pickers and the bot's own buttons give).
 */
export function readCalendarDate(text: string): CalendarDate | undefined {
  const parts = writtenShape.exec(text.trim());
  return parts ? parseCalendarDate(`${parts[1]}-${parts[2]!.padStart(2, '0')}-${parts[3]!.padStart(2, '0')}`) : undefined;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
const recentDays = new Map<string, CalendarDate>();
// Every real UTC offset is a whole number of quarter hours, so all instants of one UTC quarter
// hour fall on the same local day: the day is computed once per zone and quarter hour.
const quarterHourMs = 15 * 60 * 1000;

/** The day an instant falls on in the given time zone. */
export function dateInZone(instant: Date, zone: string): CalendarDate {
  const key = `${zone}|${Math.floor(instant.getTime() / quarterHourMs)}`;
  const known = recentDays.get(key);
  if (known) return known;
  let format = dayFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(zone, format);
  }
  const parts = format.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const day = `${part('year')}-${part('month')}-${part('day')}`;
  if (recentDays.size >= 4096) recentDays.clear();
  recentDays.set(key, day);
  return day;
}

/** The instant a wall-clock time ('HH:mm') of a day is in the given time zone. */
export function instantInZone(date: CalendarDate, time: string, zone: string): Date {
  return dayjs.tz(`${date} ${time}`, zone).toDate();
}

const utcOf = (date: CalendarDate): Date => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};

// Plain Date arithmetic: these run for every node planned and every date shown.
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const day = utcOf(date);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** Adds calendar months; the 31st becomes the month's last day (2026-01-31 + 1 month = 2026-02-28). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  return dayjs.utc(date).add(months, 'month').format('YYYY-MM-DD');
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayjs.utc(to).diff(dayjs.utc(from), 'day');
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: CalendarDate): number {
  const day = utcOf(date).getUTCDay();
  return day === 0 ? 7 : day;
}

export const maxDate = (a: CalendarDate, b: CalendarDate): CalendarDate => (a >= b ? a : b);
export const minDate = (a: CalendarDate, b: CalendarDate): CalendarDate => (a <= b ? a : b);
