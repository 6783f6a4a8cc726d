// How one reminder line reads, shared by the owner's digest and the alerts that climb the ladder.
import type { ReminderItem, Urgency } from '../../domain/reminders.js';
import type { Catalog } from '../../i18n/index.js';
import { escapeText, formatDate } from './format.js';

export function urgencyText(catalog: Catalog, urgency: Urgency): string {
  const words = catalog.reminder;
  if ('overdue' in urgency) return words.overdue(urgency.overdue);
  return urgency.dueIn === 0 ? words.dueToday : words.dueIn(urgency.dueIn);
}

/** Two lines: how urgent, which suggestion and unit; then the step and its date. */
export function reminderLine(catalog: Catalog, item: ReminderItem): string {
  const words = catalog.reminder;
  const first = words.line(
    urgencyText(catalog, item.urgency),
    item.code,
    `${item.key ? catalog.key.mark : ''}${escapeText(item.title)}`,
    catalog.assignmentRoleNames[item.role],
    escapeText(item.unitName),
  );
  return `${first}\n${words.step(catalog.milestoneNames[item.kind], formatDate(catalog, item.plannedOn))}`;
}

/** A further step of the suggestion and unit the line above named: only how urgent, the step and its date. */
export function furtherStepLine(catalog: Catalog, item: ReminderItem): string {
  return `${urgencyText(catalog, item.urgency)} · ${catalog.reminder.step(catalog.milestoneNames[item.kind], formatDate(catalog, item.plannedOn))}`;
}
