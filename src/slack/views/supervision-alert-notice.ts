import type { KnownBlock } from '@slack/types';
import type { SupervisionAlertNotice } from '../../domain/notices.js';
import type { Catalog } from '../../i18n/index.js';
import { divider, escapeText, formatDate, type SlackMessage, section, titledPart } from './format.js';
import { reminderLine } from './reminder-lines.js';

/** Sections per part: three parts with their headings and dividers stay under 50 blocks. */
const sectionsPerPart = 14;

/** To the supervision office: what climbed the whole ladder today, part by part. */
export function supervisionAlertNoticeMessage(catalog: Catalog, notice: SupervisionAlertNotice): SlackMessage {
  const words = catalog.reminder;
  const heading = words.supervisionHeading(formatDate(catalog, notice.day));
  const totals = notice.totals ?? {
    nearStatutory: notice.nearStatutory.length,
    overdue: notice.overdue.length,
    unowned: notice.unowned.length,
  };
  const parts: Array<[string, string[], number]> = [
    [
      words.nearStatutory(totals.nearStatutory, notice.statutoryAlertDays),
      notice.nearStatutory.map((item) =>
        words.nearLine(
          item.code,
          escapeText(item.title),
          escapeText(item.unitName),
          formatDate(catalog, item.statutoryDueOn),
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
  const blocks: KnownBlock[] = [section(heading)];
  for (const [title, lines, total] of parts) {
    if (total > 0) blocks.push(divider, ...titledPart(catalog, title, lines, sectionsPerPart, total));
  }
  const counts = parts.filter(([, , total]) => total > 0).map(([title]) => title.replace(/\*/g, ''));
  return { text: `${heading.replace(/\*/g, '')} · ${counts.join(' · ')}`, blocks };
}
