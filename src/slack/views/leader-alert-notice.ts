import type { LeaderAlertNotice } from '../../domain/notices.js';
import type { Catalog } from '../../i18n/index.js';
import { detailsOfFirst } from './details-button.js';
import { formatDate, packedSections, type SlackMessage, section } from './format.js';
import { reminderLine } from './reminder-lines.js';

/** To a responsible leader: the nodes of their units overdue long enough to reach them. */
export function leaderAlertNoticeMessage(catalog: Catalog, notice: LeaderAlertNotice): SlackMessage {
  const words = catalog.reminder;
  const heading = words.leaderHeading(formatDate(catalog, notice.day));
  const total = notice.total ?? notice.items.length;
  const keyTotal = notice.keyTotal ?? 0;
  // The 重点 suggestions the leader takes on come first, and reach them sooner than their units' lateness.
  const summary = [
    ...(keyTotal > 0 ? [words.keyLeaderSummary(keyTotal, notice.keyOverdueAfterWorkingDays ?? 1)] : []),
    ...(total > keyTotal ? [words.leaderSummary(total - keyTotal, notice.overdueAfterWorkingDays)] : []),
  ].join('\n');
  return {
    text: `${heading} · ${summary}`.replace(/\*/g, ''),
    blocks: [
      section(`${heading}\n${summary}`),
      ...packedSections(
        catalog,
        notice.items.map((item) => reminderLine(catalog, item)),
        44,
        total,
      ),
      ...detailsOfFirst(catalog, notice.items),
    ],
  };
}
