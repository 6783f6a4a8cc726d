// The working calendar dates are written by: a weekend day worked reads as an error without its
// word (周六，调休上班), and so does a weekday off. The calendar holds the office's own days too,
// which live in the database, so the process keeps the one it last read.
import { type DayNote, dayNoteOf, type WorkingCalendar, workingCalendar } from '../../domain/calendar.js';
import type { CalendarDate } from '../../domain/calendar-date.js';

let shown: WorkingCalendar = workingCalendar();
let version = 0;

/** Dates are written by this calendar from now on (read at start, and again when the office changes a day). */
export function writeDatesBy(calendar: WorkingCalendar): void {
  shown = calendar;
  version += 1;
}

export const dayNoteShown = (date: CalendarDate): DayNote | undefined => dayNoteOf(shown, date);

export const isRestDayShown = (date: CalendarDate): boolean => !shown.isWorkday(date);

/** Changes each time the calendar does: what remembers written dates forgets them then. */
export const dateWordsVersion = (): number => version;
