// How one reminder line reads, shared by the owner's digest and the alerts that climb the ladder.
import type { KnownBlock } from '@slack/types';
import type { ReminderItem, Urgency } from '../../domain/reminders.js';
import type { Catalog } from '../i18n/index.js';
import { escapeText, fit, formatDate, section } from './format.js';

export function urgencyText(catalog: Catalog, urgency: Urgency): string {
  const words = catalog.reminder;
  if ('overdue' in urgency) return words.overdue(urgency.overdue);
  return urgency.dueIn === 0 ? words.dueToday : words.dueIn(urgency.dueIn);
}

/** Two lines: how urgent, which suggestion and unit; then the step and its date. */
export function reminderLine(catalog: Catalog, item: ReminderItem): string {
  const words = catalog.reminder;
  const first = words.line(urgencyText(catalog, item.urgency), item.code, escapeText(item.title), catalog.assignmentRoleNames[item.role], escapeText(item.unitName));
  return `${first}\n${words.step(catalog.milestoneNames[item.kind], formatDate(catalog, item.plannedOn))}`;
}

const sectionLimit = 3000;

/**
 * Lines packed into as few sections as fit Slack's 3,000 characters each, at most maxBlocks of
 * them; what does not fit is counted in a last line rather than rejected by Slack.
 */
export function packedSections(catalog: Catalog, lines: readonly string[], maxBlocks: number): KnownBlock[] {
  const texts: string[] = [];
  let current = '';
  let placed = 0;
  // Room kept in the last section for the line that counts what was cut.
  const reserve = 80;
  for (const line of lines) {
    const piece = fit(line, sectionLimit - reserve);
    const joined = current ? `${current}\n${piece}` : piece;
    if (joined.length <= sectionLimit - reserve) {
      current = joined;
      placed += 1;
      continue;
    }
    if (texts.length + 1 >= maxBlocks) break;
    texts.push(current);
    current = piece;
    placed += 1;
  }
  if (placed < lines.length) current = `${current}\n${catalog.reminder.cut(lines.length - placed)}`;
  if (current) texts.push(current);
  return texts.map((text) => section(text));
}
