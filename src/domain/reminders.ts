// The daily reminder (DESIGN §2, §4): who is told of which open node today, and how lateness
// climbs the ladder — the owner from the first day, the unit's responsible leader from a few
// working days overdue, the supervision office after more, or as soon as a statutory deadline is
// close without a sent reply. Pure: the job loads the open nodes and the units' people.
import { addWorkingDays, type WorkingCalendar, workingDaysBetween } from './calendar.js';
import { type CalendarDate, daysBetween } from './calendar-date.js';
import { byPlanOrder } from './schedule.js';
import type { SessionSettings } from './settings.js';
import { byCodePoint } from './text-order.js';
import type { AssignmentRole, MilestoneKind } from './vocabulary.js';

/** An open step of a live assignment, as the job reads it. */
export interface OpenNode {
  milestoneId: number;
  kind: MilestoneKind;
  /** The round the step belongs to (the suggestion's current one). */
  round: number;
  plannedOn: CalendarDate;
  /** A person pushed the reminder to this day (never past plannedOn). */
  remindFrom: CalendarDate | null;
  assignmentId: number;
  role: AssignmentRole;
  suggestionId: number;
  code: string;
  title: string;
  statutoryDueOn: CalendarDate;
  unitId: number;
  unitName: string;
  handlerUserId: string | null;
  responsibleLeaderUserId: string | null;
  /** 重点督办: the suggestion is key; the leader who takes it on, if one was named. */
  isKey: boolean;
  keyLeaderUserId: string | null;
}

/** The people of a unit whom reminders may go to, by role. */
export interface UnitPeople {
  liaisons: readonly string[];
  divisions: readonly string[];
  leaders: readonly string[];
  heads: readonly string[];
}

/** Working days: overdue by n (n ≥ 1), or due in n (0 is today). */
export type Urgency = { overdue: number } | { dueIn: number };

/** One line of a reminder: everything its view shows and its buttons carry. */
export interface ReminderItem {
  milestoneId: number;
  kind: MilestoneKind;
  /** Absent from lines stored before rounds were named on them. */
  round?: number;
  /** 办后反馈 read by one who may record the deputy's verdict: the line offers it. */
  recordsVerdict?: true;
  /** The suggestion is 重点: marked wherever its line is read. */
  key?: true;
  plannedOn: CalendarDate;
  assignmentId: number;
  role: AssignmentRole;
  suggestionId: number;
  code: string;
  title: string;
  unitName: string;
  statutoryDueOn: CalendarDate;
  urgency: Urgency;
}

/** A B-class promise not yet written off, of a reply sent, as the job reads it. */
export interface OpenPromise {
  commitmentId: number;
  seq: number;
  description: string;
  dueOn: CalendarDate;
  suggestionId: number;
  code: string;
  title: string;
  unitId: number;
  unitName: string;
  handlerUserId: string | null;
}

/** One promise in a reminder. */
export type PromiseItem = Omit<OpenPromise, 'unitId' | 'handlerUserId'> & { urgency: Urgency };

export interface SupervisionAlert {
  /** Overdue long enough to reach the supervision office. */
  overdue: ReminderItem[];
  /** Reply nodes still open with the statutory deadline this close (calendar days left). */
  nearStatutory: Array<ReminderItem & { daysLeft: number }>;
  /** Nodes nobody can be reminded of: the unit has no liaison and the assignment no handler. */
  unowned: ReminderItem[];
}

export interface DailyReminders {
  /** person → their lines, most urgent first */
  owners: Map<string, ReminderItem[]>;
  /**
   * responsible leader → their units' lines overdue long enough to reach them; and a key
   * suggestion's leader → its lines overdue from escalateKeyToLeaderAfterWorkingDays
   */
  leaders: Map<string, ReminderItem[]>;
  supervision: SupervisionAlert;
}

/** The last day whose nodes today's reminder covers: the window of working days ahead. */
export const reminderHorizon = (today: CalendarDate, settings: SessionSettings, calendar: WorkingCalendar): CalendarDate =>
  addWorkingDays(calendar, today, settings.reminderWindowWorkingDays);

export const noPeople: UnitPeople = { liaisons: [], divisions: [], leaders: [], heads: [] };

/**
 * Who answers for a node. 签收 is the liaison's or the handler's (DESIGN §3); a review is the
 * reviewer's at its level; every other step the handler's, or the liaison's while there is none.
 * A level nobody holds falls back to whoever answers for the assignment.
 */
export function ownersOf(node: OpenNode, people: UnitPeople): string[] {
  const handlerOrLiaisons = node.handlerUserId ? [node.handlerUserId] : [...people.liaisons];
  const orFallback = (reviewers: readonly string[]) => (reviewers.length > 0 ? [...reviewers] : handlerOrLiaisons);
  switch (node.kind) {
    case 'accept':
    // 办后反馈: the liaison hears from the deputy and records the verdict; the handler asks.
    case 'feedback':
      return [...new Set([...people.liaisons, ...(node.handlerUserId ? [node.handlerUserId] : [])])];
    case 'division_review':
      return orFallback(people.divisions);
    case 'leader_review':
      return orFallback(node.responsibleLeaderUserId ? [node.responsibleLeaderUserId] : people.leaders);
    case 'head_signoff':
      return orFallback(people.heads);
    default:
      return handlerOrLiaisons;
  }
}

/** The leaders a unit's lateness climbs to: the assignment's responsible leader, or the unit's. */
const leadersOf = (node: OpenNode, people: UnitPeople): string[] =>
  node.responsibleLeaderUserId ? [node.responsibleLeaderUserId] : [...people.leaders];

export function urgencyOf(plannedOn: CalendarDate, today: CalendarDate, calendar: WorkingCalendar): Urgency {
  return plannedOn < today
    ? { overdue: Math.max(1, workingDaysBetween(calendar, plannedOn, today)) }
    : { dueIn: workingDaysBetween(calendar, today, plannedOn) };
}

/** Overdue first, most overdue first; then soonest due. */
const weightOf = (urgency: Urgency): number => ('overdue' in urgency ? -urgency.overdue : urgency.dueIn + 1);

/** Most overdue first, then soonest due; ties by code and step, so a digest reads the same each time. */
export function byUrgency(a: ReminderItem, b: ReminderItem): number {
  return (
    weightOf(a.urgency) - weightOf(b.urgency) ||
    // Of lines as urgent, a key suggestion's first (重点督办).
    Number(b.key === true) - Number(a.key === true) ||
    byCodePoint(a.plannedOn, b.plannedOn) ||
    byCodePoint(a.code, b.code) ||
    a.milestoneId - b.milestoneId
  );
}

/** 重点督办 first (a leader's alert, a person's Home), then by urgency. */
export const keyFirst = (a: ReminderItem, b: ReminderItem): number => Number(b.key === true) - Number(a.key === true) || byUrgency(a, b);

/**
 * Lines grouped by suggestion, in the order of each suggestion's most urgent line; within a
 * suggestion, its steps in plan order, the current round first.
 */
export function groupedBySuggestion(sorted: readonly ReminderItem[]): ReminderItem[] {
  const groups = new Map<number, ReminderItem[]>();
  for (const item of sorted) {
    const group = groups.get(item.suggestionId);
    if (group) group.push(item);
    else groups.set(item.suggestionId, [item]);
  }
  return [...groups.values()].flatMap((group) => group.sort((a, b) => byPlanOrder(a, b) || byUrgency(a, b)));
}

export function planDailyReminders(
  nodes: readonly OpenNode[],
  peopleByUnit: ReadonlyMap<number, UnitPeople>,
  today: CalendarDate,
  settings: SessionSettings,
  calendar: WorkingCalendar,
): DailyReminders {
  const horizon = reminderHorizon(today, settings, calendar);
  const owners = new Map<string, ReminderItem[]>();
  const leaders = new Map<string, ReminderItem[]>();
  const supervision: SupervisionAlert = { overdue: [], nearStatutory: [], unowned: [] };
  // Thousands of nodes share a few hundred dates: each date's urgency is counted once.
  const urgencies = new Map<CalendarDate, Urgency>();
  const urgencyOn = (plannedOn: CalendarDate) => {
    let urgency = urgencies.get(plannedOn);
    if (!urgency) urgencies.set(plannedOn, (urgency = urgencyOf(plannedOn, today, calendar)));
    return urgency;
  };
  const add = (to: Map<string, ReminderItem[]>, person: string, item: ReminderItem) => {
    const items = to.get(person);
    if (items) items.push(item);
    else to.set(person, [item]);
  };

  for (const node of nodes) {
    // The statutory deadline near without a sent reply: the office hears of it however far off
    // the reply step is planned (a short internal lead) or pushed.
    if (node.kind === 'reply' && node.role === 'lead') {
      const daysLeft = daysBetween(today, node.statutoryDueOn);
      if (daysLeft <= settings.statutoryAlertDays) supervision.nearStatutory.push({ ...itemOf(node, urgencyOn(node.plannedOn)), daysLeft });
    }
    if (node.plannedOn > horizon) continue;
    // Pushed to a later day: quiet until then (never past the node's own date, so never overdue).
    if (node.remindFrom && node.remindFrom > today) continue;
    const item = itemOf(node, urgencyOn(node.plannedOn));
    const people = peopleByUnit.get(node.unitId) ?? noPeople;

    const to = ownersOf(node, people);
    if (to.length === 0) supervision.unowned.push(item);
    for (const person of to) add(owners, person, recordsVerdictOn(item, people, person));

    const overdue = 'overdue' in item.urgency ? item.urgency.overdue : 0;
    const alerted = new Set(overdue >= settings.escalateToLeaderAfterWorkingDays ? leadersOf(node, people) : []);
    // 领导领办: the leader who took it on hears sooner, once even when also the unit's leader.
    if (node.keyLeaderUserId && overdue >= settings.escalateKeyToLeaderAfterWorkingDays) alerted.add(node.keyLeaderUserId);
    for (const leader of alerted) add(leaders, leader, item);
    if (overdue >= settings.escalateToChannelAfterWorkingDays) supervision.overdue.push(item);
  }

  for (const items of [...owners.values(), supervision.overdue, supervision.unowned]) items.sort(byUrgency);
  // A leader reads the 重点 suggestions they lead first, then their units' lateness.
  for (const items of leaders.values()) items.sort(keyFirst);
  // A person reads their own lines by suggestion: all of one suggestion's steps together.
  for (const lists of [owners, leaders]) for (const [person, items] of lists) lists.set(person, groupedBySuggestion(items));
  supervision.nearStatutory.sort((a, b) => a.daysLeft - b.daysLeft || a.code.localeCompare(b.code));
  return { owners, leaders, supervision };
}

/** 办后反馈's line for a liaison of its lead unit, who records the deputy's verdict from it. */
const recordsVerdictOn = (item: ReminderItem, people: UnitPeople, person: string): ReminderItem =>
  item.kind === 'feedback' && item.role === 'lead' && people.liaisons.includes(person) ? { ...item, recordsVerdict: true } : item;

/** A node as a reminder line. */
export const itemOf = (node: OpenNode, urgency: Urgency): ReminderItem => ({
  milestoneId: node.milestoneId,
  kind: node.kind,
  round: node.round,
  plannedOn: node.plannedOn,
  assignmentId: node.assignmentId,
  role: node.role,
  suggestionId: node.suggestionId,
  code: node.code,
  title: node.title,
  unitName: node.unitName,
  statutoryDueOn: node.statutoryDueOn,
  urgency,
  ...(node.isKey ? { key: true as const } : {}),
});

export const hasSupervisionAlert = (alert: SupervisionAlert): boolean =>
  alert.overdue.length + alert.nearStatutory.length + alert.unowned.length > 0;

/**
 * Who hears of which promise today (逐件跟踪): those due within the window or late, to the lead
 * unit's handler, or its liaisons while there is none; most urgent first.
 */
export function planPromiseReminders(
  promises: readonly OpenPromise[],
  peopleByUnit: ReadonlyMap<number, UnitPeople>,
  today: CalendarDate,
  settings: SessionSettings,
  calendar: WorkingCalendar,
): Map<string, PromiseItem[]> {
  const horizon = reminderHorizon(today, settings, calendar);
  const owners = new Map<string, PromiseItem[]>();
  for (const promise of promises) {
    if (promise.dueOn > horizon) continue;
    const { unitId: _unitId, handlerUserId, ...line } = promise;
    const item: PromiseItem = { ...line, urgency: urgencyOf(promise.dueOn, today, calendar) };
    const to = handlerUserId ? [handlerUserId] : (peopleByUnit.get(promise.unitId) ?? noPeople).liaisons;
    for (const person of to) owners.set(person, [...(owners.get(person) ?? []), item]);
  }
  const urgent = (a: PromiseItem, b: PromiseItem) => a.dueOn.localeCompare(b.dueOn) || a.code.localeCompare(b.code) || a.seq - b.seq;
  for (const items of owners.values()) items.sort(urgent);
  return owners;
}
