import type { KnownBlock, View } from '@slack/types';
import type { Catalog } from '../../i18n/index.js';
import type { ReviewQueueItem } from '../../services/replies/read-review-queue.js';
import { callbackIds } from '../ids.js';
import { context, divider, escapeText, plainLabel, section } from './format.js';
import { reviewRequestedMessage } from './reply-notices.js';

/** A modal holds 100 blocks: the heading, this many replies of five blocks each, and the count of the rest. */
export const reviewQueueLines = 19;

/**
 * 审核清单: the replies waiting on the person's review, each as its review request shows it and
 * with the same buttons, so approving or returning here is the same act as from the request.
 */
export function reviewQueueModal(catalog: Catalog, items: readonly ReviewQueueItem[]): View {
  const words = catalog.reviewQueue;
  const shown = items.slice(0, reviewQueueLines);
  const blocks: KnownBlock[] =
    items.length === 0
      ? [section(words.none)]
      : [
          section(words.heading(items.length)),
          ...shown.flatMap((item) => reviewQueueItemBlocks(catalog, item)),
          ...(items.length > shown.length ? [context(words.cut(shown.length, items.length))] : []),
        ];
  return {
    type: 'modal',
    callback_id: callbackIds.reviewQueue,
    title: plainLabel(words.title, 24),
    close: plainLabel(words.close, 24),
    blocks,
  };
}

/** The single request's blocks under a line naming the reply and the level; its header and intro speak to a reply alone. */
function reviewQueueItemBlocks(catalog: Catalog, item: ReviewQueueItem): KnownBlock[] {
  const [, , ...body] = reviewRequestedMessage(catalog, { type: 'review_requested', ...item }).blocks;
  const about = catalog.reply.about(item.code, escapeText(item.title), escapeText(item.unitName), item.round);
  return [divider, section(catalog.reviewQueue.item(about, catalog.reply.levelNames[item.level])), ...body];
}
