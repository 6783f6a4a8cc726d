// The two deadlines of a suggestion: the statutory one (due: given, or N months after assignment)
// and the internal one the plan works against, moved earlier (时间前移).
import { toWorkday, type WorkingCalendar } from './calendar.js';
import { addDays, addMonths, type CalendarDate, daysBetween, maxDate } from './calendar-date.js';
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
 * The internal deadline: the statutory one moved earlier by the lead time (时间前移), then to the
 * working day before, since the plan's last step is done on a working day. A deadline closer than
 * twice the lead time moves by half the window instead, so that a short deadline still leaves the
 * unit days to work in. The statutory deadline is the law's and stays where it falls; when the
 * window holds no working day before it, the internal deadline is the statutory one.
 */
function internalDueOf(
  statutoryDueOn: CalendarDate,
  start: CalendarDate,
  settings: SessionSettings,
  calendar: WorkingCalendar,
): CalendarDate {
  const lead = Math.min(settings.internalLeadDays, Math.floor(daysBetween(start, statutoryDueOn) / 2));
  const moved = addDays(statutoryDueOn, -lead);
  const before = toWorkday(calendar, moved, -1);
  if (before >= start) return before;
  const after = toWorkday(calendar, moved, 1);
  return after <= statutoryDueOn ? after : statutoryDueOn;
}

/**
 * A suggestion's deadlines: the statutory one given or by the session's rule, within its bounds
 * from the assignment, and the internal one in the window of the round it is for (a later round's
 * deadline moved by an extension is planned from the day that round opened).
 */
export function planDeadlines(
  assignedOn: CalendarDate,
  settings: SessionSettings,
  calendar: WorkingCalendar,
  requestedDueOn?: CalendarDate,
  roundStartedOn: CalendarDate = assignedOn,
): Deadlines | { problem: DeadlineProblem } {
  const statutoryDueOn = requestedDueOn ?? addMonths(assignedOn, settings.statutoryMonths);
  if (statutoryDueOn <= assignedOn) return { problem: 'due_not_after_assignment' };
  if (statutoryDueOn > latestDueOn(assignedOn, settings)) return { problem: 'due_beyond_limit' };
  return { statutoryDueOn, internalDueOn: internalDueOf(statutoryDueOn, roundStartedOn, settings, calendar) };
}

/**
 * A later round's deadlines: its reply is due secondRoundMonths after the day it opened (at least
 * the next day), and the internal deadline moves earlier by the same lead time as the first.
 */
export function planNextRoundDeadlines(openedOn: CalendarDate, settings: SessionSettings, calendar: WorkingCalendar): Deadlines {
  const statutoryDueOn = maxDate(addMonths(openedOn, settings.secondRoundMonths), addDays(openedOn, 1));
  return { statutoryDueOn, internalDueOn: internalDueOf(statutoryDueOn, openedOn, settings, calendar) };
}
