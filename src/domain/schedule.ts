// 倒排工期: each assignment's time nodes. Front-side nodes run forwards from the assignment day and
// move to the next working day; reply-side nodes run backwards from the internal due date D and
// move to the previous one (DESIGN §2).
import { addWorkingDays, toWorkday, type WorkingCalendar } from './calendar.js';
import { addMonths, type CalendarDate, maxDate, minDate } from './calendar-date.js';
import type { SessionSettings } from './settings.js';
import type { AssignmentRole, MilestoneKind } from './vocabulary.js';

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

export function planMilestones(input: ScheduleInput, settings: SessionSettings, calendar: WorkingCalendar): PlannedMilestone[] {
  const start = input.startedOn;
  // D may be a rest day: the working day before it. With a short deadline inside a holiday there
  // may be no working day between the assignment and D; a node on a rest day or before the
  // assignment could not be met, so the first working day after the assignment is the earliest
  // possible reply, and no reply-side node goes before it.
  const firstWorkday = toWorkday(calendar, start, 1);
  const due = maxDate(toWorkday(calendar, input.internalDueOn, -1), firstWorkday);
  // A front-side step that would fall after D (a short deadline) is due by D: nothing can be
  // handed in after the reply it feeds.
  const forward = (n: number) => minDate(addWorkingDays(calendar, start, n), due);
  const front: PlannedMilestone[] = [
    { kind: 'accept', plannedOn: forward(settings.acceptWorkingDays) },
    { kind: 'transfer_window', plannedOn: forward(settings.transferWindowWorkingDays) },
  ];
  if (input.role === 'co') {
    const opinion = minDate(toWorkday(calendar, addMonths(start, settings.coOpinionMonths), 1), due);
    return [...front, { kind: 'co_opinion', plannedOn: opinion }];
  }

  const backward = (n: number) => maxDate(addWorkingDays(calendar, due, -n), firstWorkday);
  return [
    ...front,
    { kind: 'pre_contact', plannedOn: forward(settings.preContactWorkingDays) },
    { kind: 'draft', plannedOn: backward(settings.draftWorkingDaysBefore) },
    { kind: 'division_review', plannedOn: backward(settings.divisionReviewWorkingDaysBefore) },
    { kind: 'leader_review', plannedOn: backward(settings.leaderReviewWorkingDaysBefore) },
    { kind: 'head_signoff', plannedOn: backward(settings.headSignoffWorkingDaysBefore) },
    { kind: 'reply', plannedOn: due },
    { kind: 'feedback', plannedOn: addWorkingDays(calendar, due, settings.feedbackWorkingDaysAfter) },
  ];
}

/** Steps counted forwards from the day the unit started (the rest run backwards from D). */
const forwardKinds: ReadonlySet<MilestoneKind> = new Set(['accept', 'transfer_window', 'pre_contact', 'co_opinion']);

/**
 * Where an assignment's steps of a round belong once its deadline moved (an approved extension).
 * A later round's forward steps count from the day it opened, not the unit's start: only the
 * steps planned backwards from the deadline move with it.
 */
export function planAfterDeadlineMoved(
  input: ScheduleInput & { round: number },
  settings: SessionSettings,
  calendar: WorkingCalendar,
): PlannedMilestone[] {
  const plan = planMilestones(input, settings, calendar);
  return input.round === 1 ? plan : plan.filter((node) => !forwardKinds.has(node.kind));
}

/** Steps a unit takes once, when it is first given the suggestion: not again in a later round. */
const firstRoundOnly: ReadonlySet<MilestoneKind> = new Set(['accept', 'transfer_window']);

/**
 * A later round (the deputy was not satisfied): the lead unit talks to the deputy again and
 * answers anew, its reply-side steps planned backwards from the round's own internal deadline.
 */
export function planNextRound(
  input: Omit<ScheduleInput, 'role'>,
  settings: SessionSettings,
  calendar: WorkingCalendar,
): PlannedMilestone[] {
  return planMilestones({ ...input, role: 'lead' }, settings, calendar).filter((node) => !firstRoundOnly.has(node.kind));
}
