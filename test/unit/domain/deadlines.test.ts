import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween } from '../../../src/domain/calendar-date.js';
import { planDeadlines } from '../../../src/domain/deadlines.js';
import { defaultSessionSettings, type SessionSettings } from '../../../src/domain/settings.js';

const settings = defaultSessionSettings();
const withSettings = (over: Partial<SessionSettings>): SessionSettings => ({ ...settings, ...over });

describe('planDeadlines with the default rules (3 months, 15 days earlier, up to 6 months)', () => {
  it('sets the statutory due 3 months after assignment and the internal one 15 days before it', () => {
    expect(planDeadlines('2026-03-02', settings)).toEqual({ statutoryDueOn: '2026-06-02', internalDueOn: '2026-05-18' });
    expect(planDeadlines('2026-02-10', settings)).toEqual({ statutoryDueOn: '2026-05-10', internalDueOn: '2026-04-25' });
    expect(planDeadlines('2026-09-25', settings)).toEqual({ statutoryDueOn: '2026-12-25', internalDueOn: '2026-12-10' });
  });

  it('takes the month end when the month is shorter', () => {
    expect(planDeadlines('2026-11-30', settings)).toEqual({ statutoryDueOn: '2027-02-28', internalDueOn: '2027-02-13' });
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

  it('never moves the internal due date before the assignment day', () => {
    expect(planDeadlines('2026-03-02', settings, '2026-03-03')).toEqual({ statutoryDueOn: '2026-03-03', internalDueOn: '2026-03-02' });
    expect(planDeadlines('2026-03-02', settings, '2026-03-17')).toEqual({ statutoryDueOn: '2026-03-17', internalDueOn: '2026-03-02' });
    expect(planDeadlines('2026-03-02', settings, '2026-03-18')).toEqual({ statutoryDueOn: '2026-03-18', internalDueOn: '2026-03-03' });
  });
});

describe('planDeadlines under other session settings', () => {
  it('uses the session numbers', () => {
    const rules = withSettings({ statutoryMonths: 2, internalLeadDays: 0, maxExtensionMonths: 3 });
    expect(planDeadlines('2026-03-02', rules)).toEqual({ statutoryDueOn: '2026-05-02', internalDueOn: '2026-05-02' });
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

  it('gives statutory > assigned, assigned ≤ internal ≤ statutory, internal 15 days early unless clamped', () => {
    fc.assert(
      fc.property(withDue, ({ assignedOn, dueOn }) => {
        const result = planDeadlines(assignedOn, settings, dueOn);
        if ('problem' in result) return false;
        const { statutoryDueOn, internalDueOn } = result;
        const early = addDays(statutoryDueOn, -15);
        return (
          statutoryDueOn === (dueOn ?? addMonths(assignedOn, 3)) &&
          statutoryDueOn > assignedOn &&
          internalDueOn <= statutoryDueOn &&
          internalDueOn >= assignedOn &&
          internalDueOn === (early > assignedOn ? early : assignedOn)
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
