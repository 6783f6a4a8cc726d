import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toWorkday, workingCalendar } from '../../../src/domain/calendar.js';
import { addDays, addMonths, daysBetween } from '../../../src/domain/calendar-date.js';
import { planDeadlines as planDeadlinesOn } from '../../../src/domain/deadlines.js';
import { defaultSessionSettings, type SessionSettings } from '../../../src/domain/settings.js';

const settings = defaultSessionSettings();
const withSettings = (over: Partial<SessionSettings>): SessionSettings => ({ ...settings, ...over });
const published = workingCalendar();
const planDeadlines = (assignedOn: string, rules: SessionSettings, dueOn?: string) => planDeadlinesOn(assignedOn, rules, published, dueOn);

describe('planDeadlines with the default rules (3 months, 15 days earlier, up to 6 months)', () => {
  it('sets the statutory due 3 months after assignment and the internal one 15 days before it', () => {
    expect(planDeadlines('2026-03-02', settings)).toEqual({ statutoryDueOn: '2026-06-02', internalDueOn: '2026-05-18' });
    // 15 days before Sunday 10 May is Saturday 25 Apr, a rest day: the Friday before.
    expect(planDeadlines('2026-02-10', settings)).toEqual({ statutoryDueOn: '2026-05-10', internalDueOn: '2026-04-24' });
    expect(planDeadlines('2026-09-25', settings)).toEqual({ statutoryDueOn: '2026-12-25', internalDueOn: '2026-12-10' });
  });

  it('takes the month end when the month is shorter', () => {
    expect(planDeadlines('2026-11-30', settings)).toEqual({ statutoryDueOn: '2027-02-28', internalDueOn: '2027-02-12' });
    expect(planDeadlines('2026-01-31', settings)).toEqual({ statutoryDueOn: '2026-04-30', internalDueOn: '2026-04-15' });
  });

  it('takes a given due date as the statutory one', () => {
    expect(planDeadlines('2026-03-02', settings, '2026-04-01')).toEqual({ statutoryDueOn: '2026-04-01', internalDueOn: '2026-03-17' });
  });

  it('refuses a due date on or before the assignment day', () => {
    expect(planDeadlines('2026-03-02', settings, '2026-03-02')).toEqual({ problem: 'due_not_after_assignment' });
    expect(planDeadlines('2026-03-02', settings, '2026-03-01')).toEqual({ problem: 'due_not_after_assignment' });
  });

  it('allows up to 6 months and no day more', () => {
    expect(planDeadlines('2026-03-02', settings, '2026-09-02')).toEqual({ statutoryDueOn: '2026-09-02', internalDueOn: '2026-08-18' });
    expect(planDeadlines('2026-03-02', settings, '2026-09-03')).toEqual({ problem: 'due_beyond_limit' });
  });

  it('moves a deadline closer than twice the lead time by half the window, on a working day', () => {
    expect(planDeadlines('2026-03-02', settings, '2026-03-03')).toEqual({ statutoryDueOn: '2026-03-03', internalDueOn: '2026-03-03' });
    // 15 days: 7 earlier is Tuesday 10 Mar.
    expect(planDeadlines('2026-03-02', settings, '2026-03-17')).toEqual({ statutoryDueOn: '2026-03-17', internalDueOn: '2026-03-10' });
    // 26 days: 13 earlier is Sunday 15 Mar, so the Friday before.
    expect(planDeadlines('2026-03-02', settings, '2026-03-28')).toEqual({ statutoryDueOn: '2026-03-28', internalDueOn: '2026-03-13' });
  });

  it('keeps a statutory deadline that falls on a rest day, the law’s date, and plans before it', () => {
    // Due on National Day (Thu 1 Oct, a rest day) 9 days after Tue 22 Sep: 4 earlier is Sunday 27 Sep,
    // so the Friday before, 25 Sep, is Mid-Autumn: Thursday 24 Sep.
    expect(planDeadlines('2026-09-22', settings, '2026-10-01')).toEqual({ statutoryDueOn: '2026-10-01', internalDueOn: '2026-09-24' });
  });

  it('takes the statutory deadline when no working day lies between the assignment and it', () => {
    expect(planDeadlines('2026-10-01', settings, '2026-10-05')).toEqual({ statutoryDueOn: '2026-10-05', internalDueOn: '2026-10-05' });
  });
});

describe('planDeadlines under other session settings', () => {
  it('uses the session numbers', () => {
    const rules = withSettings({ statutoryMonths: 2, internalLeadDays: 0, maxExtensionMonths: 3 });
    // Saturday 2 May is in the Labour Day holiday: the internal deadline is the working day before.
    expect(planDeadlines('2026-03-02', rules)).toEqual({ statutoryDueOn: '2026-05-02', internalDueOn: '2026-04-30' });
    expect(planDeadlines('2026-03-02', rules, '2026-06-02')).toEqual({ statutoryDueOn: '2026-06-02', internalDueOn: '2026-06-02' });
    expect(planDeadlines('2026-03-02', rules, '2026-06-03')).toEqual({ problem: 'due_beyond_limit' });
  });
});

describe('planDeadlines properties', () => {
  const assigned = fc.integer({ min: 0, max: 729 }).map((offset) => addDays('2026-01-01', offset));
  const withDue = assigned.chain((assignedOn) =>
    fc.record({
      assignedOn: fc.constant(assignedOn),
      dueOn: fc.option(
        fc.integer({ min: 1, max: daysBetween(assignedOn, addMonths(assignedOn, 6)) }).map((n) => addDays(assignedOn, n)),
        { nil: undefined },
      ),
    }),
  );

  it('gives statutory > assigned, assigned ≤ internal ≤ statutory, internal on the working day on or before the lead time', () => {
    fc.assert(
      fc.property(withDue, ({ assignedOn, dueOn }) => {
        const result = planDeadlines(assignedOn, settings, dueOn);
        if ('problem' in result) return false;
        const { statutoryDueOn, internalDueOn } = result;
        const early = addDays(statutoryDueOn, -Math.min(15, Math.floor(daysBetween(assignedOn, statutoryDueOn) / 2)));
        const before = toWorkday(published, early, -1);
        const after = toWorkday(published, early, 1);
        return (
          statutoryDueOn === (dueOn ?? addMonths(assignedOn, 3)) &&
          statutoryDueOn > assignedOn &&
          internalDueOn <= statutoryDueOn &&
          internalDueOn >= assignedOn &&
          internalDueOn === (before >= assignedOn ? before : after <= statutoryDueOn ? after : statutoryDueOn)
        );
      }),
    );
  });

  it('refuses every due date outside (assigned, assigned + 6 months]', () => {
    fc.assert(
      fc.property(assigned, fc.integer({ min: -60, max: 400 }), (assignedOn, offset) => {
        const dueOn = addDays(assignedOn, offset);
        const result = planDeadlines(assignedOn, settings, dueOn);
        if (dueOn <= assignedOn) return 'problem' in result && result.problem === 'due_not_after_assignment';
        if (dueOn > addMonths(assignedOn, 6)) return 'problem' in result && result.problem === 'due_beyond_limit';
        return !('problem' in result);
      }),
    );
  });
});
