import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workingCalendar, workingDaysBetween } from '../../../src/domain/calendar.js';
import { addDays } from '../../../src/domain/calendar-date.js';
import { isPublicationDue, type PublishableReply, publicationItems, publishByOf } from '../../../src/domain/publication.js';
import { defaultSessionSettings } from '../../../src/domain/settings.js';

const calendar = workingCalendar();
const settings = defaultSessionSettings();
const within = (publishWithinWorkingDays: number) => ({ publishWithinWorkingDays });

const reply = (over: Partial<PublishableReply> = {}): PublishableReply => ({
  replyId: 1,
  suggestionId: 10,
  code: '2026-0101',
  title: '关于推进河湖长制的建议',
  round: 1,
  unitName: '省水利厅',
  replyClass: 'A',
  sentOn: '2026-03-02',
  publishedOn: null,
  publishedBy: null,
  ...over,
});

describe('the publish-by date of a may-publish reply', () => {
  it('is 20 working days after it was sent by default', () => {
    expect(settings.publishWithinWorkingDays).toBe(20);
    // Monday 2 March: four weeks of working days later is Monday 30 March.
    expect(publishByOf('2026-03-02', settings, calendar)).toBe('2026-03-30');
  });

  it('skips the published holidays and counts the adjusted working days (调休)', () => {
    // Sent Monday 28 September: 29 and 30 September, then National Day (1–7 October), then 8, 9
    // and Saturday 10 October, a working day that year.
    expect(publishByOf('2026-09-28', within(5), calendar)).toBe('2026-10-10');
  });

  it('follows the days the office set against the published calendar', () => {
    const closed = workingCalendar(new Map([['2026-03-04', 'holiday']]));
    expect(publishByOf('2026-03-02', within(2), calendar)).toBe('2026-03-04');
    expect(publishByOf('2026-03-02', within(2), closed)).toBe('2026-03-05');
    const opened = workingCalendar(new Map([['2026-03-07', 'workday']]));
    expect(publishByOf('2026-03-06', within(1), opened)).toBe('2026-03-07');
  });

  it('with no working days allowed, is the day it was sent, or the next working day after a rest day', () => {
    expect(publishByOf('2026-03-04', within(0), calendar)).toBe('2026-03-04');
    expect(publishByOf('2026-03-07', within(0), calendar)).toBe('2026-03-09');
  });

  it('is always a working day exactly that many working days after sending, and never earlier for a later sending', () => {
    const days = fc.integer({ min: 0, max: 700 }).map((n) => addDays('2026-01-01', n));
    fc.assert(
      fc.property(days, days, fc.integer({ min: 1, max: 60 }), (a, b, n) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        const publishBy = publishByOf(earlier, within(n), calendar);
        expect(calendar.isWorkday(publishBy)).toBe(true);
        expect(workingDaysBetween(calendar, earlier, publishBy)).toBe(n);
        expect(publishByOf(later, within(n), calendar) >= publishBy).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the catalogue’s lines', () => {
  const today = '2026-04-01';
  const items = publicationItems(
    [
      reply({ replyId: 3, code: '2026-0103', sentOn: '2026-03-20' }),
      reply({ replyId: 1, code: '2026-0101', sentOn: '2026-03-02' }),
      reply({ replyId: 2, code: '2026-0102', sentOn: '2026-03-04', round: 2 }),
      reply({ replyId: 4, code: '2026-0100', sentOn: '2026-03-04' }),
    ],
    today,
    settings,
    calendar,
  );

  it('come soonest publish-by date first, then by code and round, each with its urgency in working days', () => {
    expect(items.map((item) => [item.replyId, item.publishBy, item.urgency])).toEqual([
      // 30 March: 31 March and 1 April have passed since.
      [1, '2026-03-30', { overdue: 2 }],
      [4, '2026-04-01', { dueIn: 0 }],
      [2, '2026-04-01', { dueIn: 0 }],
      // 20 March + 20 working days, over Qingming (4–6 April).
      [3, '2026-04-20', { dueIn: 12 }],
    ]);
  });

  it('are due for the office’s digest when late or within its horizon, and not once published', () => {
    const horizon = '2026-04-06';
    expect(items.filter((item) => isPublicationDue(item, horizon)).map((item) => item.replyId)).toEqual([1, 4, 2]);
    const published = publicationItems([reply({ publishedOn: '2026-03-31', publishedBy: 'USUP' })], today, settings, calendar);
    expect(published.filter((item) => isPublicationDue(item, horizon))).toEqual([]);
  });
});
