// 倒排工期: each assignment's time nodes (DESIGN §2). In a window as long as the template's span,
// front-side steps run forwards from the day the unit started and reply-side steps backwards from
// the internal due date D. In a shorter window (a one-month round, a short deadline, a unit that
// took over late) the same steps are compressed in order, never crossing: every step keeps a day
// of its own while the window has days enough, and shares one only when it has not.
import { addWorkingDays, toWorkday, type WorkingCalendar, workingDaysBetween } from './calendar.js';
import { addMonths, type CalendarDate, maxDate, minDate } from './calendar-date.js';
import type { SessionSettings } from './settings.js';
import { type AssignmentRole, type MilestoneKind, milestoneKinds, windowKinds } from './vocabulary.js';

export interface PlannedMilestone {
  kind: MilestoneKind;
  plannedOn: CalendarDate;
}

export interface ScheduleInput {
  role: AssignmentRole;
  /** The day the unit was given the suggestion (assigned, or handed over by a transfer). */
  startedOn: CalendarDate;
  internalDueOn: CalendarDate;
}

type StepKind = Exclude<MilestoneKind, 'co_opinion' | 'feedback'>;

/** A step of the template and where it falls: forwards from the start, or backwards from D. */
interface TemplateStep {
  kind: StepKind;
  from: 'start' | 'due';
  workingDays: number;
}

/** Steps a unit takes once, when it is first given the suggestion: not again in a later round. */
const firstRoundOnly: ReadonlySet<MilestoneKind> = new Set(['accept', 'transfer_window']);

function templateOf(settings: SessionSettings, firstRound: boolean): TemplateStep[] {
  const steps: TemplateStep[] = [
    { kind: 'accept', from: 'start', workingDays: settings.acceptWorkingDays },
    { kind: 'transfer_window', from: 'start', workingDays: settings.transferWindowWorkingDays },
    { kind: 'pre_contact', from: 'start', workingDays: settings.preContactWorkingDays },
    { kind: 'draft', from: 'due', workingDays: settings.draftWorkingDaysBefore },
    { kind: 'division_review', from: 'due', workingDays: settings.divisionReviewWorkingDaysBefore },
    { kind: 'leader_review', from: 'due', workingDays: settings.leaderReviewWorkingDaysBefore },
    { kind: 'head_signoff', from: 'due', workingDays: settings.headSignoffWorkingDaysBefore },
    { kind: 'reply', from: 'due', workingDays: 0 },
  ];
  return firstRound ? steps : steps.filter((step) => !firstRoundOnly.has(step.kind));
}

/**
 * The template laid out as tightly as it goes, in working days from the start: the front-side steps
 * at their offsets, then one day, then the reply-side chain. Settings that would put a step before
 * the one it follows keep the order (the later step waits for the earlier). Its last position is
 * the template's span: the fewest working days in which every step keeps its usual distance.
 */
function tightPositions(steps: readonly TemplateStep[]): number[] {
  const front: number[] = [];
  for (const step of steps.filter((s) => s.from === 'start')) front.push(Math.max(step.workingDays, front.at(-1) ?? 0));
  const back: number[] = [];
  for (const step of steps.filter((s) => s.from === 'due').reverse()) back.unshift(Math.max(step.workingDays, back[0] ?? 0));
  const chainStart = (front.at(-1) ?? 0) + 1;
  const span = chainStart + (back[0] ?? 0);
  return [...front, ...back.map((before) => span - before)];
}

const sum = (days: readonly number[]): number => days.reduce((total, n) => total + n, 0);

/**
 * The tight template fitted into `workingDays`: each gap between two steps shrinks in proportion
 * (largest remainders), every gap that has days keeping at least one while there are days enough,
 * so the order holds and steps share a day only in a window too short to part them.
 */
function compressed(tight: readonly number[], workingDays: number): number[] {
  const gaps = tight.map((position, i) => position - (i === 0 ? 0 : tight[i - 1]!));
  const parted = gaps.filter((gap) => gap > 0).length;
  const base = gaps.map((gap): number => (workingDays >= parted && gap > 0 ? 1 : 0));
  const left = workingDays - sum(base);
  const room = gaps.map((gap, i) => gap - base[i]!);
  const roomTotal = sum(room);
  const quotas = room.map((days) => (roomTotal === 0 ? 0 : (days * left) / roomTotal));
  const given = quotas.map(Math.floor);
  const order = quotas
    .map((quota, i) => ({ i, remainder: quota - given[i]! }))
    // Of equal remainders, the later gap first: the reply-side chain's reviews need their days most.
    .sort((a, b) => b.remainder - a.remainder || b.i - a.i);
  for (let k = 0, short = left - sum(given); k < short; k += 1) given[order[k]!.i]! += 1;
  // No step falls on the day the unit is given the suggestion while the window has a day after it.
  const positions: number[] = [];
  gaps.forEach((_, i) => positions.push((positions.at(-1) ?? 0) + base[i]! + given[i]!));
  return positions.map((position) => Math.min(Math.max(position, 1), workingDays));
}

/**
 * D on a working day, never before the first working day the unit has: the internal deadline is
 * planned on one, but a round opened inside a long holiday may have none before it.
 */
function windowOf(input: ScheduleInput, calendar: WorkingCalendar) {
  const firstWorkday = toWorkday(calendar, input.startedOn, 1);
  const due = maxDate(toWorkday(calendar, input.internalDueOn, -1), firstWorkday);
  const workingDays = workingDaysBetween(calendar, input.startedOn, due);
  const dateAt = (position: number): CalendarDate => (position === 0 ? firstWorkday : addWorkingDays(calendar, input.startedOn, position));
  return { workingDays, dateAt };
}

function planSteps(input: ScheduleInput, settings: SessionSettings, calendar: WorkingCalendar, firstRound: boolean): PlannedMilestone[] {
  const steps = templateOf(settings, firstRound);
  const { workingDays, dateAt } = windowOf(input, calendar);
  const tight = tightPositions(steps);
  const span = tight.at(-1)!;
  // A window as long as the span keeps every usual distance: the front from the start, the chain from D.
  const positions =
    workingDays >= span
      ? steps.map((step, i) => (step.from === 'start' ? tight[i]! : workingDays - (span - tight[i]!)))
      : compressed(tight, workingDays);
  return steps.map((step, i) => ({ kind: step.kind, plannedOn: dateAt(positions[i]!) }));
}

const plannedOn = (nodes: readonly PlannedMilestone[], kind: MilestoneKind): CalendarDate =>
  nodes.find((node) => node.kind === kind)!.plannedOn;

/** A unit's steps from the day it was given the suggestion to its reply (主办) or its opinion (会办). */
export function planMilestones(input: ScheduleInput, settings: SessionSettings, calendar: WorkingCalendar): PlannedMilestone[] {
  const lead = planSteps(input, settings, calendar, true);
  if (input.role === 'co') {
    // The opinion is due a month after the start, and by the day the lead unit starts its draft,
    // which the opinion feeds.
    const monthOn = toWorkday(calendar, addMonths(input.startedOn, settings.coOpinionMonths), 1);
    const opinion = maxDate(minDate(monthOn, plannedOn(lead, 'draft')), plannedOn(lead, 'transfer_window'));
    return [...lead.filter((node) => firstRoundOnly.has(node.kind)), { kind: 'co_opinion', plannedOn: opinion }];
  }
  const due = plannedOn(lead, 'reply');
  return [...lead, { kind: 'feedback', plannedOn: addWorkingDays(calendar, due, settings.feedbackWorkingDaysAfter) }];
}

/**
 * A later round (the deputy was not satisfied): the lead unit talks to the deputy again and
 * answers anew, its steps planned by the same rules in the round's own window.
 */
export function planNextRound(
  input: Omit<ScheduleInput, 'role'>,
  settings: SessionSettings,
  calendar: WorkingCalendar,
): PlannedMilestone[] {
  const steps = planSteps({ ...input, role: 'lead' }, settings, calendar, false);
  const due = plannedOn(steps, 'reply');
  return [...steps, { kind: 'feedback', plannedOn: addWorkingDays(calendar, due, settings.feedbackWorkingDaysAfter) }];
}

/**
 * Where an assignment's steps of a round belong once its deadline moved (an approved extension):
 * planned again in the round's window, from the day the unit was given the suggestion if that was
 * in this round, else from the day the round opened.
 */
export function planAfterDeadlineMoved(
  input: ScheduleInput & { round: number; roundStartedOn: CalendarDate },
  settings: SessionSettings,
  calendar: WorkingCalendar,
): PlannedMilestone[] {
  if (input.round === 1 || input.startedOn >= input.roundStartedOn) return planMilestones(input, settings, calendar);
  return input.role === 'lead'
    ? planNextRound({ startedOn: input.roundStartedOn, internalDueOn: input.internalDueOn }, settings, calendar)
    : [];
}

/**
 * Steps of one plan that share a day (its window was too short to part them), in plan order. A
 * window's closing is no step of its own, so it shares a day with nothing.
 */
export function stepsSharingDays(nodes: readonly PlannedMilestone[]): SharedDay[] {
  const byDay = new Map<CalendarDate, MilestoneKind[]>();
  for (const node of nodes.filter((n) => !windowKinds.has(n.kind)))
    byDay.set(node.plannedOn, [...(byDay.get(node.plannedOn) ?? []), node.kind]);
  return [...byDay].filter(([, kinds]) => kinds.length > 1).map(([on, kinds]) => ({ on, kinds }));
}

/** Steps planned on one day because their window was too short to part them. */
export interface SharedDay {
  on: CalendarDate;
  kinds: MilestoneKind[];
}

/** Steps in plan order: the order of the template, whatever their dates. */
export const planOrder = (kind: MilestoneKind): number => milestoneKinds.indexOf(kind);

/** Steps as every surface lists them: the current (latest) round first, each round in plan order. */
export const byPlanOrder = (a: { kind: MilestoneKind; round?: number }, b: { kind: MilestoneKind; round?: number }): number =>
  (b.round ?? 1) - (a.round ?? 1) || planOrder(a.kind) - planOrder(b.kind);
