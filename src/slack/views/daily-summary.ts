import type { DailySummaryNotice } from '../../domain/notices.js';
import type { Catalog } from '../../i18n/index.js';
import { carriedLines } from './carried-line.js';
import { formatDate, packedSections, type SlackMessage, section } from './format.js';

/** Sections a day's news may take: within Slack's 13,000 characters a message however busy the day, what is cut counted. */
const summaryBlocks = 3;

/** A channel's one daily message of what happened that asked nothing of it. */
export function dailySummaryMessage(catalog: Catalog, notice: DailySummaryNotice): SlackMessage {
  const words = catalog.carried;
  const opening = `${words.summaryHeading(formatDate(catalog, notice.day))}\n${words.summaryIntro(notice.items.length)}`;
  return {
    text: opening.replace(/\*/g, '').replace('\n', ' · '),
    blocks: [section(opening), ...packedSections(catalog, carriedLines(catalog, notice.items), summaryBlocks)],
  };
}
