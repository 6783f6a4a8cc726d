// The two deadlines of a suggestion: the statutory one (due: given, or N months after assignment)
// and the internal one the plan works against, moved earlier (时间前移).
import { addDays, addMonths, type CalendarDate, maxDate } from './calendar-date.js';
import type { SessionSettings } from './settings.js';

export interface Deadlines {
  statutoryDueOn: CalendarDate;
  internalDueOn: CalendarDate;
}

export type DeadlineProblem = 'due_not_after_assignment' | 'due_beyond_limit';

/** The latest a statutory deadline may be moved to: maxExtensionMonths after assignment. */
export const latestDueOn = (assignedOn: CalendarDate, settings: SessionSettings): CalendarDate =>
  addMonths(assignedOn, settings.maxExtensionMonths);

/**
 * The internal deadline: the statutory one moved earlier by the lead time (时间前移). A deadline
 * closer than the lead time leaves no room to move it; the plan works against its start then.
 */
const internalDueOf = (statutoryDueOn: CalendarDate, start: CalendarDate, settings: SessionSettings): CalendarDate =>
  maxDate(addDays(statutoryDueOn, -settings.internalLeadDays), start);

export function planDeadlines(
  assignedOn: CalendarDate,
  settings: SessionSettings,
  requestedDueOn?: CalendarDate,
): Deadlines | { problem: DeadlineProblem } {
  const statutoryDueOn = requestedDueOn ?? addMonths(assignedOn, settings.statutoryMonths);
  if (statutoryDueOn <= assignedOn) return { problem: 'due_not_after_assignment' };
  if (statutoryDueOn > latestDueOn(assignedOn, settings)) return { problem: 'due_beyond_limit' };
  return { statutoryDueOn, internalDueOn: internalDueOf(statutoryDueOn, assignedOn, settings) };
}

/**
 * A later round's deadlines: its reply is due secondRoundMonths after the day it opened (at least
 * the next day), and the internal deadline moves earlier by the same lead time as the first.
 */
export function planNextRoundDeadlines(openedOn: CalendarDate, settings: SessionSettings): Deadlines {
  const statutoryDueOn = maxDate(addMonths(openedOn, settings.secondRoundMonths), addDays(openedOn, 1));
  return { statutoryDueOn, internalDueOn: internalDueOf(statutoryDueOn, openedOn, settings) };
}
