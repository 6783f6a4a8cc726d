import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type WorkingCalendar, workingCalendar, workingDaysBetween } from '../../../src/domain/calendar.js';
import { addDays, addMonths, type CalendarDate, daysBetween } from '../../../src/domain/calendar-date.js';
import { planDeadlines, planNextRoundDeadlines } from '../../../src/domain/deadlines.js';
import { type PlannedMilestone, planMilestones, planNextRound } from '../../../src/domain/schedule.js';
import { defaultSessionSettings, type SessionSettings } from '../../../src/domain/settings.js';
import type { AssignmentRole, CalendarDayKind, MilestoneKind } from '../../../src/domain/vocabulary.js';

const settings = defaultSessionSettings();
const published = workingCalendar();

function plan(
  role: AssignmentRole,
  assignedOn: CalendarDate,
  dueOn?: CalendarDate,
  calendar: WorkingCalendar = published,
  rules: SessionSettings = settings,
) {
  const deadlines = planDeadlines(assignedOn, rules, dueOn);
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
    expect(deadlines).toEqual({ statutoryDueOn: '2026-05-10', internalDueOn: '2026-04-25' });
    expect(byKind(nodes)).toEqual({
      accept: '2026-02-13', // Wed 11, Thu 12, Fri 13
      transfer_window: '2026-02-24', // Sat 14 (worked), then Tue 24 after the holiday
      pre_contact: '2026-03-02', // Wed 25, Thu 26, Fri 27, Sat 28 (worked), Mon 2 Mar
      draft: '2026-04-02', // D−15 skips Qingming 4–6 Apr
      division_review: '2026-04-10',
      leader_review: '2026-04-16',
      head_signoff: '2026-04-21',
      reply: '2026-04-24', // D is Saturday 25 Apr, a rest day: the Friday before
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

  it('clamps the reply chain to the assignment day when the deadline is short', () => {
    // due 20 Mar → internal Thu 5 Mar; D−3 and earlier would fall before the assignment.
    const { nodes } = plan('lead', '2026-03-02', '2026-03-20');
    expect(byKind(nodes)).toMatchObject({
      draft: '2026-03-02',
      division_review: '2026-03-02',
      leader_review: '2026-03-02',
      head_signoff: '2026-03-02',
      reply: '2026-03-05',
      feedback: '2026-03-19',
    });
  });

  it('clamps the reply chain to the first working day when the assignment falls on a rest day', () => {
    // Assigned on Mid-Autumn (Fri 25 Sep), due 15 Oct → internal Wed 30 Sep; first working day Mon 28.
    const { nodes } = plan('lead', '2026-09-25', '2026-10-15');
    expect(byKind(nodes)).toMatchObject({
      draft: '2026-09-28',
      division_review: '2026-09-28',
      leader_review: '2026-09-28',
      head_signoff: '2026-09-28',
      reply: '2026-09-30',
      feedback: '2026-10-20',
    });
  });

  it('plans the reply on the first working day when no working day lies between assignment and D', () => {
    // Assigned 1 Oct, due 20 Oct → internal 5 Oct, inside the holiday. Before the assignment or on a
    // Front-side steps that would fall after the reply are due by it.
    // rest day nobody can reply; Thursday 8 Oct is the earliest day anyone can.
    const { nodes } = plan('lead', '2026-10-01', '2026-10-20');
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

  it('keeps that working day even when the statutory due itself falls in the holiday', () => {
    const { deadlines, nodes } = plan('lead', '2026-02-15', '2026-02-17');
    expect(deadlines).toEqual({ statutoryDueOn: '2026-02-17', internalDueOn: '2026-02-15' });
    expect(byKind(nodes)).toMatchObject({ draft: '2026-02-24', reply: '2026-02-24', feedback: '2026-03-09' });
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
      co_opinion: '2026-03-02',
    });
    expect(byKind(plan('lead', '2026-03-02', undefined, published, rules).nodes)).toMatchObject({ head_signoff: '2026-05-15' });
  });
});

describe('properties over 2026–2027', () => {
  const dayIn = (offset: number) => addDays('2026-01-01', offset);
  const scenario = fc
    .integer({ min: 0, max: 729 })
    .map(dayIn)
    .chain((assignedOn) =>
      fc.record({
        assignedOn: fc.constant(assignedOn),
        dueOn: fc.oneof(
          fc.constant(undefined),
          fc.integer({ min: 1, max: daysBetween(assignedOn, addMonths(assignedOn, 6)) }).map((n) => addDays(assignedOn, n)),
          // Short deadlines reach the clamping paths that a uniform pick rarely does.
          fc.integer({ min: 1, max: 25 }).map((n) => addDays(assignedOn, n)),
        ),
        overrides: fc.array(fc.tuple(fc.integer({ min: 0, max: 960 }).map(dayIn), fc.constantFrom<CalendarDayKind>('workday', 'holiday')), {
          maxLength: 30,
        }),
      }),
    );

  const firstWorkdayFrom = (calendar: WorkingCalendar, day: CalendarDate) => {
    let probe = day;
    while (!calendar.isWorkday(probe)) probe = addDays(probe, 1);
    return probe;
  };
  const lastWorkdayWithin = (calendar: WorkingCalendar, from: CalendarDate, to: CalendarDate) => {
    for (let probe = to; probe >= from; probe = addDays(probe, -1)) if (calendar.isWorkday(probe)) return probe;
    return undefined;
  };

  const leadKinds: MilestoneKind[] = [
    'accept',
    'transfer_window',
    'pre_contact',
    'draft',
    'division_review',
    'leader_review',
    'head_signoff',
    'reply',
    'feedback',
  ];
  const backwardOffsets: Array<[MilestoneKind, number]> = [
    ['draft', 15],
    ['division_review', 10],
    ['leader_review', 6],
    ['head_signoff', 3],
  ];

  it('a lead assignment gets every node, each on a working day, in the order the rules give', () => {
    fc.assert(
      fc.property(scenario, ({ assignedOn, dueOn, overrides }) => {
        const calendar = workingCalendar(new Map(overrides));
        const { deadlines, nodes } = plan('lead', assignedOn, dueOn, calendar);
        const { statutoryDueOn, internalDueOn } = deadlines;
        expect(statutoryDueOn > assignedOn).toBe(true);
        expect(internalDueOn <= statutoryDueOn).toBe(true);
        expect(internalDueOn >= assignedOn).toBe(true);

        expect(nodes.map((node) => node.kind)).toEqual(leadKinds);
        for (const node of nodes) expect(calendar.isWorkday(node.plannedOn), `${node.kind} ${node.plannedOn}`).toBe(true);
        const at = byKind(nodes) as Record<MilestoneKind, CalendarDate>;

        // Front-side nodes their number of working days after the assignment, unless that is after
        // the reply they feed: then due with it.
        for (const [kind, offset] of [
          ['accept', 3],
          ['transfer_window', 5],
          ['pre_contact', 10],
        ] as const) {
          expect(at[kind] >= assignedOn).toBe(true);
          expect(at[kind] <= at.reply).toBe(true);
          if (at[kind] !== at.reply) expect(workingDaysBetween(calendar, assignedOn, at[kind])).toBe(offset);
          else expect(workingDaysBetween(calendar, assignedOn, at[kind])).toBeLessThanOrEqual(offset);
        }
        expect(at.accept <= at.transfer_window && at.transfer_window <= at.pre_contact).toBe(true);

        expect(at.draft <= at.division_review).toBe(true);
        expect(at.division_review <= at.leader_review).toBe(true);
        expect(at.leader_review <= at.head_signoff).toBe(true);
        expect(at.head_signoff <= at.reply).toBe(true);

        // D, or the working day before it; when there is none since the assignment, the first one after.
        const lastBeforeDue = lastWorkdayWithin(calendar, assignedOn, internalDueOn);
        const first = firstWorkdayFrom(calendar, assignedOn);
        if (lastBeforeDue) {
          expect(at.reply).toBe(lastBeforeDue);
          expect(at.reply <= internalDueOn).toBe(true);
        } else {
          expect(at.reply).toBe(first);
        }

        // Each reply-side node its number of working days before the reply, unless that would be
        // before anyone could start.
        for (const [kind, offset] of backwardOffsets) {
          expect(at[kind] >= first).toBe(true);
          if (at[kind] !== first) expect(workingDaysBetween(calendar, at[kind], at.reply)).toBe(offset);
          else expect(workingDaysBetween(calendar, at[kind], at.reply)).toBeLessThanOrEqual(offset);
        }

        expect(at.feedback > at.reply).toBe(true);
        expect(workingDaysBetween(calendar, at.reply, at.feedback)).toBe(10);
      }),
      { numRuns: 400 },
    );
  });

  it('a co-handling assignment gets exactly accept, transfer window and co-opinion', () => {
    fc.assert(
      fc.property(scenario, ({ assignedOn, dueOn, overrides }) => {
        const calendar = workingCalendar(new Map(overrides));
        const { nodes } = plan('co', assignedOn, dueOn, calendar);
        expect(nodes.map((node) => node.kind)).toEqual(['accept', 'transfer_window', 'co_opinion']);
        for (const node of nodes) {
          expect(calendar.isWorkday(node.plannedOn)).toBe(true);
          expect(node.plannedOn >= assignedOn).toBe(true);
        }
        const at = byKind(nodes) as Record<MilestoneKind, CalendarDate>;
        expect(at.accept <= at.transfer_window).toBe(true);
        // One month later, moved forwards to the first working day, but never after the lead's reply.
        const { internalDueOn } = plan('lead', assignedOn, dueOn, calendar).deadlines;
        const reply = lastWorkdayWithin(calendar, assignedOn, internalDueOn) ?? firstWorkdayFrom(calendar, assignedOn);
        const monthLater = firstWorkdayFrom(calendar, addMonths(assignedOn, 1));
        expect(at.co_opinion).toBe(monthLater < reply ? monthLater : reply);
        expect(at.transfer_window <= reply).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('a lead and a co assignment of the same suggestion share the front nodes', () => {
    fc.assert(
      fc.property(scenario, ({ assignedOn, dueOn }) => {
        const lead = byKind(plan('lead', assignedOn, dueOn).nodes);
        const co = byKind(plan('co', assignedOn, dueOn).nodes);
        return lead.accept === co.accept && lead.transfer_window === co.transfer_window;
      }),
    );
  });
});

describe('a later round (the deputy was not satisfied)', () => {
  it('is due a month after it opens, moved earlier by the lead time, with the lead unit’s steps after accepting', () => {
    // Reopened Monday 2026-09-14: due 10-14, internal 09-29; National Day lies past D.
    const deadlines = planNextRoundDeadlines('2026-09-14', settings);
    expect(deadlines).toEqual({ statutoryDueOn: '2026-10-14', internalDueOn: '2026-09-29' });
    const nodes = planNextRound({ startedOn: '2026-09-14', internalDueOn: deadlines.internalDueOn }, settings, published);
    expect(nodes.map((node) => node.kind)).toEqual([
      'pre_contact',
      'draft',
      'division_review',
      'leader_review',
      'head_signoff',
      'reply',
      'feedback',
    ]);
    const on = (kind: MilestoneKind) => nodes.find((node) => node.kind === kind)?.plannedOn;
    expect(on('reply')).toBe('2026-09-29');
    // 15 working days back from 09-29 is before the round opened: the chain starts on its first working day.
    expect(on('draft')).toBe('2026-09-14');
    // Three working days before D, over the Mid-Autumn holiday on Friday 09-25.
    expect(on('head_signoff')).toBe('2026-09-23');
    // 10 working days after D: 09-30, then after the National Day holiday (10-01…10-07) 10-08,
    // 10-09, the adjusted Saturday 10-10, and the next six.
    expect(on('feedback')).toBe('2026-10-19');
    for (const node of nodes) expect(published.isWorkday(node.plannedOn)).toBe(true);
  });

  it('is always due after the day it opens, whatever the session says', () => {
    expect(planNextRoundDeadlines('2026-09-14', { ...settings, secondRoundMonths: 0 })).toEqual({
      statutoryDueOn: '2026-09-15',
      internalDueOn: '2026-09-14',
    });
  });
});
