// The two deadlines of a suggestion: the statutory one (due: given, or N months after assignment)
// and the internal one the plan works against, moved earlier (时间前移).
import { addDays, addMonths, maxDate, type CalendarDate } from './calendar-date.js';
import type { SessionSettings } from './settings.js';

export interface Deadlines {
  statutoryDueOn: CalendarDate;
  internalDueOn: CalendarDate;
}

export type DeadlineProblem = 'due_not_after_assignment' | 'due_beyond_limit';

export function planDeadlines(
  assignedOn: CalendarDate,
  settings: SessionSettings,
  requestedDueOn?: CalendarDate,
): Deadlines | { problem: DeadlineProblem } {
  const statutoryDueOn = requestedDueOn ?? addMonths(assignedOn, settings.statutoryMonths);
  if (statutoryDueOn <= assignedOn) return { problem: 'due_not_after_assignment' };
  if (statutoryDueOn > addMonths(assignedOn, settings.maxExtensionMonths)) return { problem: 'due_beyond_limit' };
  // A deadline closer than the lead time leaves no room to move it; plan against the assignment day.
  const internalDueOn = maxDate(addDays(statutoryDueOn, -settings.internalLeadDays), assignedOn);
  return { statutoryDueOn, internalDueOn };
}

/**
 * A later round's deadlines: its reply is due secondRoundMonths after the day it opened (at least
 * the next day), and the internal deadline moves earlier by the same lead time as the first.
 */
export function planNextRoundDeadlines(openedOn: CalendarDate, settings: SessionSettings): Deadlines {
  const statutoryDueOn = maxDate(addMonths(openedOn, settings.secondRoundMonths), addDays(openedOn, 1));
  return { statutoryDueOn, internalDueOn: maxDate(addDays(statutoryDueOn, -settings.internalLeadDays), openedOn) };
}
