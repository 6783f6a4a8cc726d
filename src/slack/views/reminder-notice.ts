import type { KnownBlock } from '@slack/types';
import type { ReminderNotice } from '../../domain/notices.js';
import type { ReminderItem } from '../../domain/reminders.js';
import { chainKinds, type MilestoneKind } from '../../domain/vocabulary.js';
import type { Catalog } from '../../i18n/index.js';
import { actionIds } from '../ids.js';
import { button, context, escapeText, formatDate, type SlackMessage, section, titledPart } from './format.js';
import { furtherStepLine, reminderLine, urgencyText } from './reminder-lines.js';

/**
 * Lines shown in full, each a section and its buttons: with the heading and the closing lines
 * this stays under Slack's 50 blocks a message, however many nodes a person has.
 */
export const fullLines = 22;

/** A person's daily reminder: one message, most urgent first, each line with its buttons. */
export function reminderNoticeMessage(catalog: Catalog, notice: ReminderNotice): SlackMessage {
  const words = catalog.reminder;
  const total = notice.total ?? notice.items.length;
  const overdue = notice.overdue ?? notice.items.filter((item) => 'overdue' in item.urgency).length;
  const heading = words.heading(formatDate(catalog, notice.day));
  const summary = words.summary(total, overdue, total - overdue, notice.windowWorkingDays);
  const promises = notice.promises ?? [];
  // The promises take what one line of steps would: the message stays within 50 blocks.
  const shown = promises.length > 0 ? fullLines - 2 : fullLines;
  const opening = total > 0 ? `${heading}\n${summary}` : heading;
  const blocks: KnownBlock[] = [section(opening)];
  blocks.push(...reminderLineBlocks(catalog, notice.items.slice(0, shown)));
  const rest = notice.items.slice(shown);
  if (total > shown) {
    const list = rest
      .map((item) => `${item.code} ${catalog.milestoneNames[item.kind]} ${formatDate(catalog, item.plannedOn)}`)
      .join(catalog.listJoin);
    blocks.push(context(words.more(total - shown, list)), context(words.moreHint));
  }
  if (promises.length > 0) {
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
    blocks.push(
      ...titledPart(
        catalog,
        words.promisesHeading(notice.promisesTotal ?? promises.length),
        lines,
        2,
        notice.promisesTotal ?? promises.length,
      ),
      context(words.promisesHint),
    );
  }
  return { text: opening.replace(/\*/g, '').replace('\n', ' · '), blocks };
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
  const done = chainKinds.has(item.kind)
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
