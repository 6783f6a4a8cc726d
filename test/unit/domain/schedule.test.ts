import { describe, expect, it } from 'vitest';
import { type WorkingCalendar, workingCalendar } from '../../../src/domain/calendar.js';
import type { CalendarDate } from '../../../src/domain/calendar-date.js';
import { planDeadlines, planNextRoundDeadlines } from '../../../src/domain/deadlines.js';
import { type PlannedMilestone, planMilestones, planNextRound, stepsSharingDays } from '../../../src/domain/schedule.js';
import { defaultSessionSettings, type SessionSettings } from '../../../src/domain/settings.js';
import type { AssignmentRole, MilestoneKind } from '../../../src/domain/vocabulary.js';

const settings = defaultSessionSettings();
const published = workingCalendar();

function plan(
  role: AssignmentRole,
  assignedOn: CalendarDate,
  dueOn?: CalendarDate,
  calendar: WorkingCalendar = published,
  rules: SessionSettings = settings,
) {
  const deadlines = planDeadlines(assignedOn, rules, calendar, dueOn);
  if ('problem' in deadlines) throw new Error(`unexpected ${deadlines.problem}`);
  return { deadlines, nodes: planMilestones({ role, startedOn: assignedOn, internalDueOn: deadlines.internalDueOn }, rules, calendar) };
}

const byKind = (nodes: PlannedMilestone[]): Partial<Record<MilestoneKind, CalendarDate>> =>
  Object.fromEntries(nodes.map((node) => [node.kind, node.plannedOn]));

// Every expected date below was counted by hand on the 2026 calendar (Qingming 4–6 Apr, Labour Day
// 1–5 May with Saturday 9 May worked, Spring Festival 15–23 Feb with Saturdays 14 and 28 Feb worked,
// Mid-Autumn 25–27 Sep, National Day 1–7 Oct with Sunday 20 Sep and Saturday 10 Oct worked).
describe('worked examples', () => {
  it('assigned Monday 2026-03-02: an ordinary spring, with Labour Day inside the reply chain', () => {
    const { deadlines, nodes } = plan('lead', '2026-03-02');
    expect(deadlines).toEqual({ statutoryDueOn: '2026-06-02', internalDueOn: '2026-05-18' });
    expect(nodes).toEqual([
      { kind: 'accept', plannedOn: '2026-03-05' }, // Tue 3, Wed 4, Thu 5
      { kind: 'transfer_window', plannedOn: '2026-03-09' }, // … Fri 6, Mon 9
      { kind: 'pre_contact', plannedOn: '2026-03-16' }, // … Tue 10 – Fri 13, Mon 16
      { kind: 'draft', plannedOn: '2026-04-23' }, // D−15, skipping 1–5 May and the weekend of 25–26 Apr
      { kind: 'division_review', plannedOn: '2026-04-30' }, // D−10, the last day before Labour Day
      { kind: 'leader_review', plannedOn: '2026-05-09' }, // D−6 is the worked Saturday
      { kind: 'head_signoff', plannedOn: '2026-05-13' }, // D−3
      { kind: 'reply', plannedOn: '2026-05-18' }, // D, a Monday
      { kind: 'feedback', plannedOn: '2026-06-01' }, // D+10
    ]);
    expect(byKind(plan('co', '2026-03-02').nodes)).toEqual({
      accept: '2026-03-05',
      transfer_window: '2026-03-09',
      co_opinion: '2026-04-02', // one month later, a Thursday
    });
  });

  it('assigned 2026-02-10, just before the Spring Festival', () => {
    const { deadlines, nodes } = plan('lead', '2026-02-10');
    expect(deadlines).toEqual({ statutoryDueOn: '2026-05-10', internalDueOn: '2026-04-24' });
    expect(byKind(nodes)).toEqual({
      accept: '2026-02-13', // Wed 11, Thu 12, Fri 13
      transfer_window: '2026-02-24', // Sat 14 (worked), then Tue 24 after the holiday
      pre_contact: '2026-03-02', // Wed 25, Thu 26, Fri 27, Sat 28 (worked), Mon 2 Mar
      draft: '2026-04-02', // D−15 skips Qingming 4–6 Apr
      division_review: '2026-04-10',
      leader_review: '2026-04-16',
      head_signoff: '2026-04-21',
      reply: '2026-04-24', // D, moved off Saturday 25 Apr, a rest day, to the Friday before
      feedback: '2026-05-12', // D+10 skips 1–5 May and counts Saturday 9 May
    });
    expect(byKind(plan('co', '2026-02-10').nodes)).toEqual({
      accept: '2026-02-13',
      transfer_window: '2026-02-24',
      co_opinion: '2026-03-10',
    });
  });

  it('assigned 2026-09-25, on the Mid-Autumn holiday just before National Day', () => {
    const { deadlines, nodes } = plan('lead', '2026-09-25');
    expect(deadlines).toEqual({ statutoryDueOn: '2026-12-25', internalDueOn: '2026-12-10' });
    expect(byKind(nodes)).toEqual({
      accept: '2026-09-30', // Mon 28, Tue 29, Wed 30
      transfer_window: '2026-10-09', // Thu 8, Fri 9 after National Day
      pre_contact: '2026-10-15', // Sat 10 (worked), Mon 12 – Thu 15
      draft: '2026-11-19',
      division_review: '2026-11-26',
      leader_review: '2026-12-02',
      head_signoff: '2026-12-07',
      reply: '2026-12-10',
      feedback: '2026-12-24',
    });
    expect(byKind(plan('co', '2026-09-25').nodes)).toEqual({
      accept: '2026-09-30',
      transfer_window: '2026-10-09',
      co_opinion: '2026-10-26', // 25 Oct is a Sunday: the Monday after
    });
  });

  it('moves a co-opinion due on National Day to the first working day after it', () => {
    expect(byKind(plan('co', '2026-09-01').nodes)).toEqual({
      accept: '2026-09-04',
      transfer_window: '2026-09-08',
      co_opinion: '2026-10-08',
    });
  });

  it('compresses a short window in order: the front first, then the chain, a day each', () => {
    // Due Wed 1 Apr → internal Tue 17 Mar: 11 working days for 8 steps that usually need 26.
    const { deadlines, nodes } = plan('lead', '2026-03-02', '2026-04-01');
    expect(deadlines.internalDueOn).toBe('2026-03-17');
    expect(nodes).toEqual([
      { kind: 'accept', plannedOn: '2026-03-03' },
      { kind: 'transfer_window', plannedOn: '2026-03-04' },
      { kind: 'pre_contact', plannedOn: '2026-03-06' },
      { kind: 'draft', plannedOn: '2026-03-09' },
      { kind: 'division_review', plannedOn: '2026-03-11' },
      { kind: 'leader_review', plannedOn: '2026-03-13' },
      { kind: 'head_signoff', plannedOn: '2026-03-16' },
      { kind: 'reply', plannedOn: '2026-03-17' },
      { kind: 'feedback', plannedOn: '2026-03-31' },
    ]);
    expect(stepsSharingDays(nodes)).toEqual([]);
    // The co-handling unit gives its opinion by the day the lead unit starts its draft.
    expect(byKind(plan('co', '2026-03-02', '2026-04-01').nodes)).toEqual({
      accept: '2026-03-03',
      transfer_window: '2026-03-04',
      co_opinion: '2026-03-09',
    });
  });

  it('lets steps share a day only in a window too short to part them, still in order', () => {
    // Due Tue 17 Mar → internal Tue 10 Mar: 6 working days for 7 steps.
    const { nodes } = plan('lead', '2026-03-02', '2026-03-17');
    expect(byKind(nodes)).toEqual({
      accept: '2026-03-03',
      transfer_window: '2026-03-03',
      pre_contact: '2026-03-04',
      draft: '2026-03-04',
      division_review: '2026-03-05',
      leader_review: '2026-03-06',
      head_signoff: '2026-03-09',
      reply: '2026-03-10',
      feedback: '2026-03-24',
    });
    expect(stepsSharingDays(nodes)).toEqual([{ on: '2026-03-04', kinds: ['pre_contact', 'draft'] }]);
  });

  it('plans every step on the first working day when the window holds no other', () => {
    // Assigned 1 Oct, due 10 Oct → internal Tue 6 Oct, inside the holiday: Thursday 8 Oct is the
    // earliest day anyone can work.
    const { nodes } = plan('lead', '2026-10-01', '2026-10-10');
    expect(byKind(nodes)).toEqual({
      accept: '2026-10-08',
      transfer_window: '2026-10-08',
      pre_contact: '2026-10-08',
      draft: '2026-10-08',
      division_review: '2026-10-08',
      leader_review: '2026-10-08',
      head_signoff: '2026-10-08',
      reply: '2026-10-08',
      feedback: '2026-10-21',
    });
  });

  it('follows the office overrides', () => {
    // The office closes on D (Mon 18 May): the reply moves to Friday 15, the chain with it.
    const closed = workingCalendar(new Map([['2026-05-18', 'holiday']]));
    expect(byKind(plan('lead', '2026-03-02', undefined, closed).nodes)).toMatchObject({
      head_signoff: '2026-05-12',
      reply: '2026-05-15',
    });
  });

  it('uses the session numbers', () => {
    const rules: SessionSettings = { ...settings, acceptWorkingDays: 1, coOpinionMonths: 0, headSignoffWorkingDaysBefore: 1 };
    expect(byKind(plan('co', '2026-03-02', undefined, published, rules).nodes)).toMatchObject({
      accept: '2026-03-03',
      // Due on the day of assignment by the session's rule, but never before the window to hand
      // the suggestion back closes.
      co_opinion: '2026-03-09',
    });
    expect(byKind(plan('lead', '2026-03-02', undefined, published, rules).nodes)).toMatchObject({ head_signoff: '2026-05-15' });
  });
});

describe('a later round (the deputy was not satisfied)', () => {
  it('is due a month after it opens, moved earlier by the lead time, its steps compressed in order', () => {
    // Reopened Monday 2026-09-14: due 10-14, internal 09-29; 11 working days (Sunday 20 Sep worked,
    // Mid-Autumn on 25 Sep) for 6 steps that usually need 26.
    const deadlines = planNextRoundDeadlines('2026-09-14', settings, published);
    expect(deadlines).toEqual({ statutoryDueOn: '2026-10-14', internalDueOn: '2026-09-29' });
    const nodes = planNextRound({ startedOn: '2026-09-14', internalDueOn: deadlines.internalDueOn }, settings, published);
    expect(nodes).toEqual([
      { kind: 'pre_contact', plannedOn: '2026-09-17' },
      { kind: 'draft', plannedOn: '2026-09-18' },
      { kind: 'division_review', plannedOn: '2026-09-21' },
      { kind: 'leader_review', plannedOn: '2026-09-23' },
      { kind: 'head_signoff', plannedOn: '2026-09-24' },
      { kind: 'reply', plannedOn: '2026-09-29' },
      // 10 working days after D: 09-30, then after National Day (10-01…10-07) 10-08, 10-09, the
      // worked Saturday 10-10, and the next six.
      { kind: 'feedback', plannedOn: '2026-10-19' },
    ]);
  });

  it('plans the demo’s second round of 2026-0002 in order, its deadline on a working day', () => {
    // 不满意 recorded Thursday 14 May: due Sunday 14 Jun (kept: the law's date), internal 30 May is
    // a Saturday, so Friday 29 May.
    const deadlines = planNextRoundDeadlines('2026-05-14', settings, published);
    expect(deadlines).toEqual({ statutoryDueOn: '2026-06-14', internalDueOn: '2026-05-29' });
    const nodes = planNextRound({ startedOn: '2026-05-14', internalDueOn: deadlines.internalDueOn }, settings, published);
    expect(nodes.map((node) => node.plannedOn)).toEqual([...nodes.map((node) => node.plannedOn)].sort());
    expect(byKind(nodes).pre_contact! < byKind(nodes).draft!).toBe(true);
    expect(byKind(nodes).reply).toBe('2026-05-29');
  });

  it('is always due after the day it opens, whatever the session says', () => {
    expect(planNextRoundDeadlines('2026-09-14', { ...settings, secondRoundMonths: 0 }, published)).toEqual({
      statutoryDueOn: '2026-09-15',
      internalDueOn: '2026-09-15',
    });
  });
});
