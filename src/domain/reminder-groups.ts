// A long reminder grouped (DESIGN §4, COPY 9): 倒排工期 gives every suggestion assigned on one day
// the same dates, so a big unit's handler would otherwise read the same step and date dozens of
// times. Past groupRemindersPast lines, the lines sharing a step and a date become one group.
import type { CalendarDate } from './calendar-date.js';
import type { ReminderItem, Urgency } from './reminders.js';
import { byCodePoint } from './text-order.js';
import { type MilestoneKind, milestoneKinds } from './vocabulary.js';

/** Up to this many lines a reminder lists one by one. */
export const groupRemindersPast = 10;

/** What a group is: one step on one date (the date decides how urgent it is on a given day). */
export interface ReminderGroupKey {
  kind: MilestoneKind;
  plannedOn: CalendarDate;
}

export type ReminderEntry =
  | { type: 'line'; item: ReminderItem }
  | { type: 'group'; kind: MilestoneKind; plannedOn: CalendarDate; urgency: Urgency; items: ReminderItem[] };

/** Overdue first, most overdue first; then soonest due (as reminders.ts orders its lines). */
const weightOf = (urgency: Urgency): number => ('overdue' in urgency ? -urgency.overdue : urgency.dueIn + 1);
const stepOrder = new Map<MilestoneKind, number>(milestoneKinds.map((kind, index) => [kind, index]));

/**
 * The lines as a reminder shows them: one by one up to groupRemindersPast (in the order given),
 * past that grouped by step and date, most urgent first; a group of one stays a line.
 */
export function reminderEntries(items: readonly ReminderItem[]): ReminderEntry[] {
  if (items.length <= groupRemindersPast) return items.map((item) => ({ type: 'line', item }));
  const groups = new Map<string, ReminderItem[]>();
  for (const item of items) {
    // The urgency follows from the date on any one day; it is in the key for lines of different days.
    const key = `${item.kind}|${item.plannedOn}|${weightOf(item.urgency)}`;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()]
    .sort(
      (a, b) =>
        weightOf(a[0]!.urgency) - weightOf(b[0]!.urgency) ||
        byCodePoint(a[0]!.plannedOn, b[0]!.plannedOn) ||
        stepOrder.get(a[0]!.kind)! - stepOrder.get(b[0]!.kind)!,
    )
    .map((group): ReminderEntry => {
      const [first] = group as [ReminderItem, ...ReminderItem[]];
      return group.length === 1
        ? { type: 'line', item: first }
        : { type: 'group', kind: first.kind, plannedOn: first.plannedOn, urgency: first.urgency, items: group };
    });
}

/** Whether a line belongs to the group a key names. */
export const inReminderGroup = (key: ReminderGroupKey, item: { kind: MilestoneKind; plannedOn: CalendarDate }): boolean =>
  item.kind === key.kind && item.plannedOn === key.plannedOn;
