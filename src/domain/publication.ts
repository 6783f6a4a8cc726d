// 公开目录 (DESIGN §2): a reply the lead unit marked may-publish is to be published within a number
// of working days of being sent (publishWithinWorkingDays), and the office marks each one 已公开.
// Pure: the caller reads the replies, the session's settings and the working calendar.
import { addWorkingDays, type WorkingCalendar } from './calendar.js';
import type { CalendarDate } from './calendar-date.js';
import { type Urgency, urgencyOf } from './reminders.js';
import type { SessionSettings } from './settings.js';
import { byCodePoint } from './text-order.js';
import type { ReplyClass } from './vocabulary.js';

/**
 * The last day a reply sent on `sentOn` may be published by: that many working days after it was
 * sent (with none, the day it was sent, or the next working day when it was sent on a rest day).
 */
export const publishByOf = (
  sentOn: CalendarDate,
  settings: Pick<SessionSettings, 'publishWithinWorkingDays'>,
  calendar: WorkingCalendar,
): CalendarDate => addWorkingDays(calendar, sentOn, settings.publishWithinWorkingDays);

/** A sent reply marked may-publish, as the catalogue reads it. */
export interface PublishableReply {
  replyId: number;
  suggestionId: number;
  code: string;
  title: string;
  round: number;
  /** The lead unit in force; empty when the suggestion has none (every lead handed back). */
  unitName: string;
  replyClass: ReplyClass;
  sentOn: CalendarDate;
  publishedOn: CalendarDate | null;
  publishedBy: string | null;
}

/** One line of the catalogue: the reply, the day it must be published by, and how urgent that is today. */
export interface PublicationItem extends PublishableReply {
  publishBy: CalendarDate;
  /** Working days past the publish-by date, or left before it (0 is today). */
  urgency: Urgency;
}

/** Soonest publish-by date first (the most overdue at the top), then by code and round, so a list reads the same each time. */
export const byPublishBy = (a: PublicationItem, b: PublicationItem): number =>
  byCodePoint(a.publishBy, b.publishBy) || byCodePoint(a.code, b.code) || a.round - b.round;

/** The replies as catalogue lines, soonest publish-by date first. */
export function publicationItems(
  replies: readonly PublishableReply[],
  today: CalendarDate,
  settings: Pick<SessionSettings, 'publishWithinWorkingDays'>,
  calendar: WorkingCalendar,
): PublicationItem[] {
  // A session's replies were sent on a few dozen days: each day's dates are counted once.
  const dates = new Map<CalendarDate, { publishBy: CalendarDate; urgency: Urgency }>();
  const datesOf = (sentOn: CalendarDate) => {
    let known = dates.get(sentOn);
    if (!known) {
      const publishBy = publishByOf(sentOn, settings, calendar);
      dates.set(sentOn, (known = { publishBy, urgency: urgencyOf(publishBy, today, calendar) }));
    }
    return known;
  };
  return replies.map((reply) => ({ ...reply, ...datesOf(reply.sentOn) })).sort(byPublishBy);
}

/** Not yet published, and to be published by `horizon` (the office's digest looks that far ahead) or already late. */
export const isPublicationDue = (item: PublicationItem, horizon: CalendarDate): boolean =>
  item.publishedOn === null && item.publishBy <= horizon;
