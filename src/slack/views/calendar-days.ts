import type { Catalog } from '../../i18n/index.js';
import type { CalendarDay } from '../../services/sessions/set-calendar-day.js';
import { context, escapeText, packedSections, plainMessage, type SlackMessage, section } from './format.js';

export function calendarDaysMessage(catalog: Catalog, days: readonly CalendarDay[]): SlackMessage {
  const words = catalog.calendar;
  if (days.length === 0) return plainMessage(words.empty);
  const heading = words.heading(days.length);
  const lines = days.map((d) => words.line(d.day, words.kindNames[d.kind], words.kindNames[d.published], escapeText(d.note)));
  return {
    text: heading.replace(/\*/g, ''),
    blocks: [section(heading), ...packedSections(catalog, lines, 45), context(catalog.usage.calendar)],
  };
}

export const calendarDaySetMessage = (catalog: Catalog, day: CalendarDay): SlackMessage =>
  plainMessage(catalog.calendar.set(day.day, catalog.calendar.kindNames[day.kind], catalog.calendar.kindNames[day.published]));

export const calendarDayRemovedMessage = (catalog: Catalog, day: Pick<CalendarDay, 'day' | 'published'>): SlackMessage =>
  plainMessage(catalog.calendar.removed(day.day, catalog.calendar.kindNames[day.published]));
