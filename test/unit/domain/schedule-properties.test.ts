// The planning rules (DESIGN §2) over whole lives of a suggestion: windows from 10 days to 6 months,
// rounds 1–3, extensions and transfers, on the published calendar and on random ones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, type WorkingCalendar, workingCalendar, workingDaysBetween } from '../../../src/domain/calendar.js';
import { addDays, addMonths, type CalendarDate, daysBetween, minDate } from '../../../src/domain/calendar-date.js';
import { type Deadlines, planDeadlines, planNextRoundDeadlines } from '../../../src/domain/deadlines.js';
import { type PlannedMilestone, planAfterDeadlineMoved, planMilestones, planNextRound, planOrder } from '../../../src/domain/schedule.js';
import { defaultSessionSettings } from '../../../src/domain/settings.js';
import type { AssignmentRole, MilestoneKind } from '../../../src/domain/vocabulary.js';

const settings = defaultSessionSettings();
const published = workingCalendar();

/** A calendar where about `restPercent` of days are rest days, scattered by `seed`. */
function randomCalendar(seed: number, restPercent: number): WorkingCalendar {
  const known = new Map<CalendarDate, boolean>();
  return {
    isWorkday(date) {
      let workday = known.get(date);
      if (workday === undefined) {
        let hash = 2166136261 ^ seed;
        for (const char of date) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
        known.set(date, (workday = (hash >>> 0) % 100 >= restPercent));
      }
      return workday;
    },
  };
}

const calendars = fc.oneof(
  fc.constant({ name: 'published', calendar: published }),
  fc
    .record({ seed: fc.integer(), restPercent: fc.integer({ min: 10, max: 45 }) })
    .map(({ seed, restPercent }) => ({ name: `random ${seed} ${restPercent}%`, calendar: randomCalendar(seed, restPercent) })),
);

type Event = { kind: 'transfer' | 'extension' | 'next_round'; days: number };
const events = fc.array(
  fc.record({ kind: fc.constantFrom<Event['kind']>('transfer', 'extension', 'next_round'), days: fc.integer({ min: 0, max: 90 }) }),
  { maxLength: 5 },
);

const life = fc.record({
  on: calendars,
  assignedOn: fc.integer({ min: 0, max: 540 }).map((n) => addDays('2026-01-01', n)),
  windowDays: fc.integer({ min: 10, max: 183 }),
  events,
});

interface Checked {
  role: AssignmentRole;
  round: number;
  start: CalendarDate;
  deadlines: Deadlines;
  nodes: PlannedMilestone[];
  firstRound: boolean;
}

/** Every property a plan holds, whatever its window. */
function expectPlanned(calendar: WorkingCalendar, plan: Checked): void {
  const { start, deadlines, nodes } = plan;
  const { internalDueOn, statutoryDueOn } = deadlines;
  const where = `${plan.role} round ${plan.round} from ${start}: ${nodes.map((n) => `${n.kind} ${n.plannedOn}`).join(', ')}`;
  expect(internalDueOn <= statutoryDueOn, where).toBe(true);
  expect(internalDueOn >= start, where).toBe(true);

  // The template's order, and dates that keep it.
  const kinds = nodes.map((node) => node.kind);
  expect(
    [...kinds].sort((a, b) => planOrder(a) - planOrder(b)),
    where,
  ).toEqual(kinds);
  for (let i = 1; i < nodes.length; i += 1) expect(nodes[i - 1]!.plannedOn <= nodes[i]!.plannedOn, where).toBe(true);

  const workdayInWindow = workingDaysBetween(calendar, addDays(start, -1), statutoryDueOn) > 0;
  if (!workdayInWindow) return;
  expect(calendar.isWorkday(internalDueOn), `internal ${internalDueOn}: ${where}`).toBe(true);
  for (const node of nodes) {
    expect(calendar.isWorkday(node.plannedOn), `${node.kind}: ${where}`).toBe(true);
    expect(node.plannedOn >= start, `${node.kind}: ${where}`).toBe(true);
    if (node.kind !== 'feedback') expect(node.plannedOn <= internalDueOn, `${node.kind}: ${where}`).toBe(true);
  }

  const at = Object.fromEntries(nodes.map((node) => [node.kind, node.plannedOn])) as Partial<Record<MilestoneKind, CalendarDate>>;
  const workingDays = workingDaysBetween(calendar, start, internalDueOn);
  const steps = nodes.filter((node) => node.kind !== 'feedback').length;
  if (at.pre_contact && at.draft) {
    // 办前沟通 before 初稿: on a day of its own whenever the window has a day for every step.
    if (workingDays >= steps) expect(at.pre_contact < at.draft, where).toBe(true);
    else expect(at.pre_contact <= at.draft, where).toBe(true);
  }
  if (at.reply && at.feedback) expect(at.feedback).toBe(addWorkingDays(calendar, at.reply, settings.feedbackWorkingDaysAfter));
  if (at.reply) expect(at.reply).toBe(internalDueOn);

  // A window as long as the template's span keeps every usual distance.
  if (plan.role === 'lead' && workingDays >= 26) {
    const front: Array<[MilestoneKind, number]> = [
      ['accept', 3],
      ['transfer_window', 5],
      ['pre_contact', 10],
    ];
    for (const [kind, n] of front) if (at[kind]) expect(at[kind], where).toBe(addWorkingDays(calendar, start, n));
    const chain: Array<[MilestoneKind, number]> = [
      ['draft', 15],
      ['division_review', 10],
      ['leader_review', 6],
      ['head_signoff', 3],
    ];
    for (const [kind, n] of chain) expect(at[kind], where).toBe(addWorkingDays(calendar, internalDueOn, -n));
  }
}

describe('time nodes over a suggestion’s life', () => {
  it('keep order, working days and the internal deadline through transfers, extensions and rounds 1–3', () => {
    fc.assert(
      fc.property(life, ({ on: { calendar }, assignedOn, windowDays, events: happenings }) => {
        const limit = addMonths(assignedOn, settings.maxExtensionMonths);
        const first = planDeadlines(assignedOn, settings, calendar, minDate(addDays(assignedOn, windowDays), limit));
        if ('problem' in first) throw new Error(first.problem);
        let deadlines: Deadlines = first;
        let round = 1;
        let roundStartedOn = assignedOn;
        let leadStartedOn = assignedOn;
        let today = assignedOn;
        const check = (role: AssignmentRole, start: CalendarDate, nodes: PlannedMilestone[], firstRound: boolean) =>
          expectPlanned(calendar, { role, round, start, deadlines, nodes, firstRound });

        for (const role of ['lead', 'co'] as const)
          check(
            role,
            assignedOn,
            planMilestones({ role, startedOn: assignedOn, internalDueOn: deadlines.internalDueOn }, settings, calendar),
            true,
          );

        for (const event of happenings) {
          if (event.kind === 'transfer') {
            // A unit takes over before the internal deadline; its steps start the day it is given them.
            const on = addDays(today, Math.min(event.days, Math.max(0, daysBetween(today, deadlines.internalDueOn))));
            today = leadStartedOn = on;
            for (const role of ['lead', 'co'] as const)
              check(role, on, planMilestones({ role, startedOn: on, internalDueOn: deadlines.internalDueOn }, settings, calendar), true);
          } else if (event.kind === 'extension') {
            const moved = planDeadlines(assignedOn, settings, calendar, addDays(deadlines.statutoryDueOn, 1 + event.days), roundStartedOn);
            if ('problem' in moved) continue;
            deadlines = moved;
            for (const role of ['lead', 'co'] as const) {
              const input = { role, startedOn: leadStartedOn, internalDueOn: deadlines.internalDueOn, round, roundStartedOn };
              const nodes = planAfterDeadlineMoved(input, settings, calendar);
              const givenThisRound = round === 1 || leadStartedOn >= roundStartedOn;
              check(role, givenThisRound ? leadStartedOn : roundStartedOn, nodes, givenThisRound);
            }
          } else if (round < 3) {
            // The deputy's 不满意 comes after the reply, within the statutory deadline or a little later.
            today = roundStartedOn = addDays(deadlines.internalDueOn, Math.min(event.days, 40));
            round += 1;
            deadlines = planNextRoundDeadlines(roundStartedOn, settings, calendar);
            check(
              'lead',
              roundStartedOn,
              planNextRound({ startedOn: roundStartedOn, internalDueOn: deadlines.internalDueOn }, settings, calendar),
              false,
            );
          }
        }
      }),
      { numRuns: 600 },
    );
  });

  it('give a co-handling unit its opinion by the day the lead unit starts its draft', () => {
    fc.assert(
      fc.property(life, ({ on: { calendar }, assignedOn, windowDays }) => {
        const deadlines = planDeadlines(assignedOn, settings, calendar, minDate(addDays(assignedOn, windowDays), addMonths(assignedOn, 6)));
        if ('problem' in deadlines) throw new Error(deadlines.problem);
        const input = { startedOn: assignedOn, internalDueOn: deadlines.internalDueOn };
        const lead = planMilestones({ ...input, role: 'lead' }, settings, calendar);
        const co = planMilestones({ ...input, role: 'co' }, settings, calendar);
        const on = (nodes: PlannedMilestone[], kind: MilestoneKind) => nodes.find((node) => node.kind === kind)!.plannedOn;
        expect(co.map((node) => node.kind)).toEqual(['accept', 'transfer_window', 'co_opinion']);
        expect(on(co, 'accept')).toBe(on(lead, 'accept'));
        expect(on(co, 'transfer_window')).toBe(on(lead, 'transfer_window'));
        expect(on(co, 'co_opinion') <= on(lead, 'draft') || on(co, 'co_opinion') === on(co, 'transfer_window')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
