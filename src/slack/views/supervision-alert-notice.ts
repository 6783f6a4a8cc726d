import type { KnownBlock } from '@slack/types';
import type { SupervisionAlertNotice } from '../../domain/notices.js';
import type { Catalog } from '../../i18n/index.js';
import { detailsOfFirst } from './details-button.js';
import {
  context,
  divider,
  escapeText,
  formatDate,
  formatStatutoryDate,
  messageLinesChars,
  type SlackMessage,
  section,
  titledPart,
} from './format.js';
import { reminderLine, urgencyText } from './reminder-lines.js';

/** Slack's blocks a message, shared out among the parts that have something in them. */
const maxBlocks = 50;

/** To the supervision office: what climbed the whole ladder today, and the replies it is to publish soon, part by part. */
export function supervisionAlertNoticeMessage(catalog: Catalog, notice: SupervisionAlertNotice): SlackMessage {
  const words = catalog.reminder;
  const heading = words.supervisionHeading(formatDate(catalog, notice.day));
  const totals = notice.totals ?? {
    nearStatutory: notice.nearStatutory.length,
    overdue: notice.overdue.length,
    unowned: notice.unowned.length,
  };
  const publication = notice.publication;
  const parts: Array<[string, string[], number]> = [
    [
      words.nearStatutory(totals.nearStatutory, notice.statutoryAlertDays),
      notice.nearStatutory.map((item) =>
        words.nearLine(
          item.code,
          escapeText(item.title),
          escapeText(item.unitName),
          formatStatutoryDate(catalog, item.statutoryDueOn),
          item.daysLeft,
        ),
      ),
      totals.nearStatutory,
    ],
    [
      words.supervisionOverdue(totals.overdue, notice.overdueAfterWorkingDays),
      notice.overdue.map((item) => reminderLine(catalog, item)),
      totals.overdue,
    ],
    [words.unowned(totals.unowned), notice.unowned.map((item) => reminderLine(catalog, item)), totals.unowned],
  ];
  if (publication && publication.total > 0) {
    parts.push([
      words.publicationDue(publication.total, publication.windowWorkingDays),
      publication.items.map((item) =>
        words.publicationLine(
          urgencyText(catalog, item.urgency),
          item.code,
          escapeText(item.title),
          escapeText(item.unitName),
          formatDate(catalog, item.publishBy),
        ),
      ),
      publication.total,
    ]);
  }
  const shown = parts.filter(([, , total]) => total > 0);
  // Each part a divider and its title; the publication part its hint too; the heading once.
  const hints = publication && publication.total > 0 ? 1 : 0;
  // And one row of 详情 for the first suggestions named.
  const details = detailsOfFirst(catalog, [...notice.nearStatutory, ...notice.overdue, ...notice.unowned]);
  const sectionsPerPart = Math.floor((maxBlocks - 1 - 2 * shown.length - hints - details.length) / Math.max(1, shown.length));
  const blocks: KnownBlock[] = [section(heading)];
  // Slack's characters a message, shared out the same way.
  const charsPerPart = Math.floor(messageLinesChars / Math.max(1, shown.length));
  for (const [title, lines, total] of shown)
    blocks.push(divider, ...titledPart(catalog, title, lines, sectionsPerPart, total, undefined, charsPerPart));
  if (hints > 0) blocks.push(context(words.publicationHint));
  blocks.push(...details);
  const counts = shown.map(([title]) => title.replace(/\*/g, ''));
  return { text: `${heading.replace(/\*/g, '')} · ${counts.join(' · ')}`, blocks };
}
