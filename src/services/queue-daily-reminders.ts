// The daily reminder job's verb: reads every open node due soon or overdue in a few set-based
// statements, lets domain/reminders decide who hears of what, and queues one message per person
// (and per leader, and for the supervision office) in one transaction. Each message's key is
// (kind, day, person): running it again the same day, on any instance, queues nothing new.
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { readRows } from '../db/read-rows.js';
import { listOf } from '../db/sql-literals.js';
import { dateInZone, type CalendarDate } from '../domain/calendar-date.js';
import { alertLinesKept, reminderLinesKept, type Notice } from '../domain/notices.js';
import { hasSupervisionAlert, planDailyReminders, reminderHorizon, type OpenNode, type UnitPeople } from '../domain/reminders.js';
import { liveAssignmentStatuses, windowKinds } from '../domain/vocabulary.js';
import { currentSession } from './current-session.js';
import { enqueueNotices, type OutgoingNotice } from './enqueue-notices.js';
import { loadWorkingCalendar } from './load-working-calendar.js';
import { supervisionAudience } from './supervision-audience.js';

export type ReminderRun =
  | { day: CalendarDate; restDay: true }
  | { day: CalendarDate; restDay: false; nodes: number; people: number; leaders: number; supervision: number; queued: number };

const reminderRoles = ['liaison', 'division', 'leader', 'head'] as const;

/** Queues the reminders of the day `at` falls on (in the office's zone); nothing on a rest day. */
export async function queueDailyReminders(db: Database, at: Date, timezone: string): Promise<ReminderRun> {
  const day = dateInZone(at, timezone);
  const calendar = await loadWorkingCalendar(db);
  if (!calendar.isWorkday(day)) return { day, restDay: true };
  const { settings } = await currentSession(db, at, timezone);
  const horizon = reminderHorizon(day, settings, calendar);

  const nodes = await readRows<OpenNode>(
    db,
    sql`
      select m.id as "milestoneId", m.kind, m.planned_on::text as "plannedOn", m.remind_from::text as "remindFrom",
        a.id as "assignmentId", a.role, s.id as "suggestionId", s.code, s.title, s.statutory_due_on::text as "statutoryDueOn",
        u.id as "unitId", u.name as "unitName", a.handler_user_id as "handlerUserId",
        a.responsible_leader_user_id as "responsibleLeaderUserId"
      from milestones m
      join assignments a on a.id = m.assignment_id and a.status in ${listOf(liveAssignmentStatuses)}
      join suggestions s on s.id = a.suggestion_id and s.status <> 'closed'
      join units u on u.id = a.unit_id
      -- An earlier round's steps are history once the deputy sent the suggestion back.
      where m.done_at is null and m.round = s.round and m.kind not in ${listOf(windowKinds)} and m.planned_on <= ${horizon}`,
  );
  const unitIds = [...new Set(nodes.map((node) => node.unitId))];
  const people = await readRows<{ unitId: number; role: (typeof reminderRoles)[number]; userIds: string[] }>(
    db,
    sql`
      select unit_id as "unitId", role, array_agg(user_id order by user_id) as "userIds"
      from members
      where unit_id = any(${sql.param(unitIds)}::int[]) and role in ${listOf(reminderRoles)}
      group by unit_id, role`,
  );

  const plan = planDailyReminders(nodes, peopleByUnit(people), day, settings, calendar);
  const messages: OutgoingNotice[] = [];
  const queue = (kind: string, to: string, notice: Notice) => messages.push({ key: `${kind}:${day}:${to}`, channel: to, notice });
  for (const [person, items] of plan.owners) {
    queue('reminder', person, {
      type: 'reminder',
      day,
      windowWorkingDays: settings.reminderWindowWorkingDays,
      items: items.slice(0, reminderLinesKept),
      total: items.length,
      overdue: items.filter((item) => 'overdue' in item.urgency).length,
    });
  }
  for (const [leader, items] of plan.leaders) {
    queue('leader-alert', leader, {
      type: 'leader_alert',
      day,
      overdueAfterWorkingDays: settings.escalateToLeaderAfterWorkingDays,
      items: items.slice(0, alertLinesKept),
      total: items.length,
    });
  }
  const { nearStatutory, overdue, unowned } = plan.supervision;
  const supervision = hasSupervisionAlert(plan.supervision) ? await supervisionAudience(db, settings) : [];
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
    });
  }
  await db.transaction((tx) => enqueueNotices(tx, at, messages));
  return {
    day,
    restDay: false,
    nodes: nodes.length,
    people: plan.owners.size,
    leaders: plan.leaders.size,
    supervision: supervision.length,
    queued: messages.length,
  };
}

function peopleByUnit(rows: ReadonlyArray<{ unitId: number; role: (typeof reminderRoles)[number]; userIds: string[] }>): Map<number, UnitPeople> {
  const byUnit = new Map<number, { liaisons: string[]; divisions: string[]; leaders: string[]; heads: string[] }>();
  const field = { liaison: 'liaisons', division: 'divisions', leader: 'leaders', head: 'heads' } as const;
  for (const row of rows) {
    let people = byUnit.get(row.unitId);
    if (!people) byUnit.set(row.unitId, (people = { liaisons: [], divisions: [], leaders: [], heads: [] }));
    people[field[row.role]] = row.userIds;
  }
  return byUnit;
}
