import type { KnownBlock } from '@slack/types';
import type { PublicationItem } from '../../domain/publication.js';
import type { Catalog } from '../../i18n/index.js';
import type { MarkedPublished } from '../../services/publication/mark-reply-published.js';
import type { PublicationCatalogue } from '../../services/publication/read-publication-catalogue.js';
import { actionIds } from '../ids.js';
import {
  button,
  context,
  escapeText,
  formatDate,
  header,
  mention,
  messageLinesChars,
  plainMessage,
  type SlackMessage,
  section,
  titledPart,
} from './format.js';
import { urgencyText } from './reminder-lines.js';

/**
 * Sections the published part may take. With the header, the summary, twenty lines with their
 * buttons, the count of those cut and the hint, a message stays within Slack's 50 blocks even
 * after each of its twenty lines was answered in place (a line of context under each).
 */
const publishedSections = 4;

/** Characters of the lines to publish, alone or beside the published part, and of that part (messageLinesChars in all, less the answers in place). */
const pendingCharsAlone = messageLinesChars - 3_000;
const pendingCharsBeside = 4_500;
const publishedChars = messageLinesChars - 3_000 - pendingCharsBeside;

/** One reply still to publish: how urgent, which suggestion, its lead unit and class, when it was sent and by when it is to be published. */
function pendingLine(catalog: Catalog, item: PublicationItem): string {
  return catalog.publication.line(
    urgencyText(catalog, item.urgency),
    item.code,
    escapeText(item.title),
    item.round,
    escapeText(item.unitName),
    item.replyClass,
    formatDate(catalog, item.sentOn),
    formatDate(catalog, item.publishBy),
  );
}

function publishedLine(catalog: Catalog, item: PublicationItem): string {
  return catalog.publication.publishedLine(
    item.code,
    escapeText(item.title),
    item.round,
    escapeText(item.unitName),
    formatDate(catalog, item.publishedOn!),
    formatDate(catalog, item.publishBy),
    item.publishedBy ? mention(item.publishedBy) : '',
  );
}

/** `/suggest publish`: the replies still to publish, soonest date first, each with 已公开; with `all`, those published too. */
export function publicationCatalogueMessage(catalog: Catalog, catalogue: PublicationCatalogue): SlackMessage {
  const words = catalog.publication;
  const summary =
    catalogue.pendingTotal === 0
      ? words.none(catalogue.withinWorkingDays)
      : words.summary(catalogue.pendingTotal, catalogue.overdue, catalogue.withinWorkingDays);
  const blocks: KnownBlock[] = [header(words.title), section(summary)];
  const { published } = catalogue;
  // Slack's characters a message: the lines to publish keep room for the answer each click
  // writes under its line, and share the rest with the published part when it is asked for.
  const pendingChars = published ? pendingCharsBeside : pendingCharsAlone;
  let chars = 0;
  let shown = 0;
  for (const item of catalogue.pending) {
    const line = pendingLine(catalog, item);
    if (chars + line.length > pendingChars) break;
    chars += line.length;
    shown += 1;
    blocks.push({ ...section(line), accessory: button(words.markPublished, actionIds.markReplyPublished, item.replyId) } as KnownBlock);
  }
  if (catalogue.pendingTotal > shown) blocks.push(context(words.more(catalogue.pendingTotal - shown)));
  if (published) {
    const lines = published.items.map((item) => `• ${publishedLine(catalog, item)}`);
    blocks.push(
      ...titledPart(
        catalog,
        words.publishedTitle(published.total),
        lines,
        publishedSections,
        published.total,
        words.nonePublished,
        publishedChars,
      ),
    );
  }
  blocks.push(context(words.hint(catalogue.pending.length > 0, published !== undefined)));
  return { text: summary, blocks };
}

/** The answer to 已公开: recorded, and how late if it was. */
export const publishedAnswer = (catalog: Catalog, marked: MarkedPublished): SlackMessage =>
  plainMessage(
    catalog.publication.marked(
      marked.code,
      marked.round,
      formatDate(catalog, marked.publishedOn),
      formatDate(catalog, marked.publishBy),
      marked.lateBy,
    ),
  );
