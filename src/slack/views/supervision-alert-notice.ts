import type { KnownBlock } from '@slack/types';
import type { SupervisionAlertNotice } from '../../domain/notices.js';
import type { Catalog } from '../i18n/index.js';
import { divider, escapeText, formatDate, packedSections, section, type SlackMessage } from './format.js';
import { reminderLine } from './reminder-lines.js';

/** Sections per part: three parts with their headings and dividers stay under 50 blocks. */
const sectionsPerPart = 14;

/** To the supervision office: what climbed the whole ladder today, part by part. */
export function supervisionAlertNoticeMessage(catalog: Catalog, notice: SupervisionAlertNotice): SlackMessage {
  const words = catalog.reminder;
  const heading = words.supervisionHeading(formatDate(catalog, notice.day));
  const parts: Array<[string, string[]]> = [
    [
      words.nearStatutory(notice.nearStatutory.length, notice.statutoryAlertDays),
      notice.nearStatutory.map((item) =>
        words.nearLine(item.code, escapeText(item.title), escapeText(item.unitName), formatDate(catalog, item.statutoryDueOn), item.daysLeft),
      ),
    ],
    [words.supervisionOverdue(notice.overdue.length, notice.overdueAfterWorkingDays), notice.overdue.map((item) => reminderLine(catalog, item))],
    [words.unowned(notice.unowned.length), notice.unowned.map((item) => reminderLine(catalog, item))],
  ];
  const blocks: KnownBlock[] = [section(heading)];
  for (const [title, lines] of parts) {
    if (lines.length === 0) continue;
    blocks.push(divider, section(title), ...packedSections(catalog, lines, sectionsPerPart));
  }
  const counts = parts.filter(([, lines]) => lines.length > 0).map(([title]) => title.replace(/\*/g, ''));
  return { text: `${heading.replace(/\*/g, '')} · ${counts.join(' · ')}`, blocks };
}
