// The daily reminder job's verb: reads every open node due soon or overdue in a few set-based
// statements, lets domain/reminders decide who hears of what, and queues one message per person
// (and per leader, and for the supervision office, with the replies it is to publish soon) in one
// transaction. Each message's key is (kind, day, person): running it again the same day, on any
// instance, queues nothing new.
import type { Database } from '../../db/client.js';
import { addDays, type CalendarDate, dateInZone } from '../../domain/calendar-date.js';
import { alertLinesKept, type Notice, promiseLinesKept, type ReminderNotice, reminderLinesKept } from '../../domain/notices.js';
import { isPublicationDue, publicationItems } from '../../domain/publication.js';
import {
  hasSupervisionAlert,
  planDailyReminders,
  planPromiseReminders,
  type ReminderItem,
  reminderHorizon,
} from '../../domain/reminders.js';
import { readPublishableReplies } from '../publication/read-publishable-replies.js';
import { currentSession } from '../sessions/current-session.js';
import { loadWorkingCalendar } from '../sessions/load-working-calendar.js';
import { enqueueNotices, type OutgoingNotice } from '../shared/enqueue-notices.js';
import { supervisionAudience } from '../shared/supervision-audience.js';
import { readOpenPromises } from '../verdicts/read-open-promises.js';
import { carryHeldNotices, markCarried } from './carry-held-notices.js';
import { readOpenNodes, readUnitPeople } from './read-open-nodes.js';

export type ReminderRun =
  | { day: CalendarDate; restDay: true }
  | { day: CalendarDate; restDay: false; nodes: number; people: number; leaders: number; supervision: number; queued: number };

/** Queues the reminders of the day `at` falls on (in the office's zone); nothing on a rest day. */
export async function queueDailyReminders(db: Database, at: Date, timezone: string): Promise<ReminderRun> {
  const day = dateInZone(at, timezone);
  const calendar = await loadWorkingCalendar(db);
  if (!calendar.isWorkday(day)) return { day, restDay: true };
  const session = await currentSession(db, at, timezone);
  const { settings } = session;
  const horizon = reminderHorizon(day, settings, calendar);

  // The lead replies whose statutory deadline is near are read too, for the office's alert.
  const nodes = await readOpenNodes(db, horizon, addDays(day, settings.statutoryAlertDays));
  const promises = await readOpenPromises(db, horizon);
  const people = await readUnitPeople(
    db,
    [...nodes, ...promises].map((row) => row.unitId),
  );

  const plan = planDailyReminders(nodes, people, day, settings, calendar);
  // 公开目录: the may-publish replies the office is to publish within the window, or late.
  const publication = publicationItems(await readPublishableReplies(db, session.id, 'unpublished'), day, settings, calendar).filter(
    (item) => isPublicationDue(item, horizon),
  );
  const promised = planPromiseReminders(promises, people, day, settings, calendar);
  const messages: OutgoingNotice[] = [];
  const queue = (kind: string, to: string, notice: Notice) => messages.push({ key: `${kind}:${day}:${to}`, channel: to, notice });
  // One message a person: their steps, and the promises they follow up.
  const reminder = (items: ReminderItem[]): ReminderNotice => ({
    type: 'reminder',
    day,
    windowWorkingDays: settings.reminderWindowWorkingDays,
    items: items.slice(0, reminderLinesKept),
    total: items.length,
    overdue: items.filter((item) => 'overdue' in item.urgency).length,
  });
  for (const person of new Set([...plan.owners.keys(), ...promised.keys()])) {
    const items = plan.owners.get(person) ?? [];
    const theirPromises = promised.get(person) ?? [];
    queue('reminder', person, {
      ...reminder(items),
      ...(theirPromises.length > 0 ? { promises: theirPromises.slice(0, promiseLinesKept), promisesTotal: theirPromises.length } : {}),
    });
  }
  for (const [leader, items] of plan.leaders) {
    queue('leader-alert', leader, {
      type: 'leader_alert',
      day,
      overdueAfterWorkingDays: settings.escalateToLeaderAfterWorkingDays,
      items: items.slice(0, alertLinesKept),
      total: items.length,
      keyTotal: items.filter((item) => item.key).length,
      keyOverdueAfterWorkingDays: settings.escalateKeyToLeaderAfterWorkingDays,
    });
  }
  const { nearStatutory, overdue, unowned } = plan.supervision;
  const supervision = hasSupervisionAlert(plan.supervision) || publication.length > 0 ? await supervisionAudience(db, settings) : [];
  for (const to of supervision) {
    queue('supervision-alert', to, {
      type: 'supervision_alert',
      day,
      overdueAfterWorkingDays: settings.escalateToChannelAfterWorkingDays,
      statutoryAlertDays: settings.statutoryAlertDays,
      nearStatutory: nearStatutory.slice(0, alertLinesKept),
      overdue: overdue.slice(0, alertLinesKept),
      unowned: unowned.slice(0, alertLinesKept),
      totals: { nearStatutory: nearStatutory.length, overdue: overdue.length, unowned: unowned.length },
      ...(publication.length > 0
        ? {
            publication: {
              windowWorkingDays: settings.reminderWindowWorkingDays,
              items: publication.slice(0, alertLinesKept),
              total: publication.length,
            },
          }
        : {}),
    });
  }
  await db.transaction(async (tx) => {
    const carriers = await carryHeldNotices(tx, at, day, messages, () => reminder([]));
    await markCarried(tx, carriers, await enqueueNotices(tx, at, messages));
  });
  return {
    day,
    restDay: false,
    nodes: nodes.length,
    people: new Set([...plan.owners.keys(), ...promised.keys()]).size,
    leaders: plan.leaders.size,
    supervision: supervision.length,
    queued: messages.length,
  };
}
