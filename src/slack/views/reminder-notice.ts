import type { KnownBlock } from '@slack/types';
import type { ReminderNotice } from '../../domain/notices.js';
import { type ReminderEntry, reminderEntries } from '../../domain/reminder-groups.js';
import type { ReminderItem } from '../../domain/reminders.js';
import { chainKinds, type MilestoneKind } from '../../domain/vocabulary.js';
import type { Catalog } from '../../i18n/index.js';
import { actionIds, reminderGroupValue } from '../ids.js';
import { carriedLines } from './carried-line.js';
import { button, context, escapeText, fit, formatDate, type SlackMessage, section, titledPart } from './format.js';
import { furtherStepLine, reminderLine, urgencyText } from './reminder-lines.js';
import { verdictButtonElements } from './verdict-notices.js';

/**
 * Lines shown in full, each a section and its buttons: with the heading and the closing lines
 * this stays under Slack's 50 blocks a message, however many nodes a person has.
 */
export const fullLines = 22;

/**
 * Slack takes a message whose blocks come to about 13,000 characters (counted here as the JSON
 * sent, the strictest reading); the lines stop short of it, and the rest are counted.
 */
export const reminderChars = 13_000;

/** What the line that counts the rest may take, its hint included. */
const moreChars = 2_000;

/** A person's daily reminder: one message, most urgent first, each line with its buttons; past ten lines, grouped by step and date. */
export function reminderNoticeMessage(catalog: Catalog, notice: ReminderNotice): SlackMessage {
  const words = catalog.reminder;
  const total = notice.total ?? notice.items.length;
  const overdue = notice.overdue ?? notice.items.filter((item) => 'overdue' in item.urgency).length;
  const heading = words.heading(formatDate(catalog, notice.day));
  const summary = words.summary(total, overdue, total - overdue, notice.windowWorkingDays);
  const promises = notice.promises ?? [];
  const opening = total > 0 ? `${heading}\n${summary}` : heading;
  const head = [section(opening)];
  const since = notice.since ?? [];
  const tail = [
    ...(promises.length > 0 ? promiseBlocks(catalog, notice) : []),
    // What happened since yesterday that asked nothing: one section, the rest counted.
    ...(since.length > 0
      ? titledPart(catalog, catalog.carried.sinceHeading(since.length), carriedLines(catalog, since), 1, since.length)
      : []),
  ];
  // The promises and the news take what lines of steps would: the message stays within 50 blocks.
  const room = {
    blocks: 2 * (fullLines - (promises.length > 0 ? 2 : 0) - (since.length > 0 ? 1 : 0)),
    chars: reminderChars - size(head) - size(tail) - moreChars,
  };

  const entries = reminderEntries(notice.items);
  const lines: KnownBlock[] = [];
  let chars = 0;
  let listed = 0;
  let placed = 0;
  for (const [index, entry] of entries.entries()) {
    const entryBlocks = entryBlocksOf(catalog, entry, entries[index - 1]);
    const entryChars = size(entryBlocks);
    if (lines.length + entryBlocks.length > room.blocks || chars + entryChars > room.chars) break;
    lines.push(...entryBlocks);
    chars += entryChars;
    listed += entry.type === 'line' ? 1 : entry.items.length;
    placed += 1;
  }
  const blocks: KnownBlock[] = [...head, ...lines];
  if (total > listed) {
    const list = entries.slice(placed).map((entry) => briefOf(catalog, entry));
    // A stored notice keeps only its first lines: those it never carried are counted, not named.
    const more = list.length > 0 ? words.more(total - listed, list.join(catalog.listJoin)) : words.notCarried(total - listed);
    blocks.push(context(fit(more, moreChars - 300)), context(words.moreHint));
  }
  blocks.push(...tail);
  return { text: opening.replace(/\*/g, '').replace('\n', ' · '), blocks };
}

function promiseBlocks(catalog: Catalog, notice: ReminderNotice): KnownBlock[] {
  const words = catalog.reminder;
  const promises = notice.promises ?? [];
  const lines = promises.map((p) =>
    words.promiseLine(
      urgencyText(catalog, p.urgency),
      p.code,
      escapeText(p.title),
      p.seq,
      escapeText(p.description),
      formatDate(catalog, p.dueOn),
    ),
  );
  const count = notice.promisesTotal ?? promises.length;
  return [...titledPart(catalog, words.promisesHeading(count), lines, 2, count), context(words.promisesHint)];
}

/** The characters blocks take as Slack receives them. */
const size = (blocks: readonly KnownBlock[]): number => JSON.stringify(blocks).length;

/** A line with its buttons, or a group as one line whose button opens its list. */
function entryBlocksOf(catalog: Catalog, entry: ReminderEntry, before: ReminderEntry | undefined): KnownBlock[] {
  if (entry.type === 'line') {
    // A further step of the suggestion the line above named is not named again.
    const same = before?.type === 'line' && before.item.assignmentId === entry.item.assignmentId;
    return [section(same ? furtherStepLine(catalog, entry.item) : reminderLine(catalog, entry.item)), buttonsOf(catalog, entry.item)];
  }
  const text = catalog.reminder.group(
    urgencyText(catalog, entry.urgency),
    catalog.milestoneNames[entry.kind],
    formatDate(catalog, entry.plannedOn),
    entry.items.length,
  );
  const open = button(catalog.button.openGroup, actionIds.openReminderGroup, reminderGroupValue(entry));
  return [{ type: 'section', text: { type: 'mrkdwn', text: fit(text, 3000) }, accessory: open }];
}

/** An entry as the line that counts the rest names it. */
function briefOf(catalog: Catalog, entry: ReminderEntry): string {
  if (entry.type === 'line') {
    const { item } = entry;
    return `${item.code} ${catalog.milestoneNames[item.kind]} ${formatDate(catalog, item.plannedOn)}`;
  }
  return catalog.reminder.groupBrief(catalog.milestoneNames[entry.kind], formatDate(catalog, entry.plannedOn), entry.items.length);
}

/** Each line a section and its buttons; lines come grouped by suggestion, and a further step of the same unit's part is not named again. */
export function reminderLineBlocks(catalog: Catalog, items: readonly ReminderItem[]): KnownBlock[] {
  return items.flatMap((item, index) => {
    const same = index > 0 && items[index - 1]!.assignmentId === item.assignmentId;
    return [section(same ? furtherStepLine(catalog, item) : reminderLine(catalog, item)), buttonsOf(catalog, item)];
  });
}

function buttonsOf(catalog: Catalog, item: ReminderItem): KnownBlock {
  const words = catalog.button;
  const details = button(words.details, actionIds.showDetails, item.suggestionId);
  if (item.kind === 'accept') {
    // Before accepting, a unit may still hand back what is not its to handle (申请调整).
    const accept = button(words.accept, actionIds.acceptAssignment, item.assignmentId, 'primary');
    return { type: 'actions', elements: [accept, button(words.transfer, actionIds.requestTransfer, item.assignmentId), details] };
  }
  // 办后反馈 is done by the deputy's verdict, which the lead unit's liaison records from here.
  const done =
    item.recordsVerdict && item.round !== undefined
      ? verdictButtonElements(catalog, { suggestionId: item.suggestionId, round: item.round })
      : chainKinds.has(item.kind)
        ? formButtons(catalog, item.kind, item.suggestionId)
        : [button(words.done, actionIds.completeMilestone, item.milestoneId, 'primary')];
  // A node not yet due today may be pushed to the next working day (never past its own date).
  const later =
    'dueIn' in item.urgency && item.urgency.dueIn > 0 ? [button(words.snooze, actionIds.snoozeMilestone, item.milestoneId)] : [];
  const contact = button(words.contact, actionIds.logContact, item.suggestionId);
  // The statutory deadline is the lead unit's to ask about.
  const extend = item.role === 'lead' ? [button(words.extend, actionIds.requestExtension, item.suggestionId)] : [];
  return { type: 'actions', elements: [...done, ...later, contact, ...extend, details] };
}

/** The step written in a form (会办意见, 初稿) opens it (the value is the suggestion's id); the other steps of the reply's way have none. */
export function formButtons(catalog: Catalog, kind: MilestoneKind, suggestionId: number) {
  if (kind === 'co_opinion') return [button(catalog.button.writeOpinion, actionIds.writeOpinion, suggestionId, 'primary')];
  if (kind === 'draft') return [button(catalog.button.writeReply, actionIds.writeReply, suggestionId, 'primary')];
  return [];
}
