import type { KnownBlock } from '@slack/types';
import { dateInZone } from '../../domain/calendar-date.js';
import type { Notice } from '../../domain/notices.js';
import type { Catalog } from '../../i18n/index.js';
import { deliveryProblemOf } from '../../outbox/delivery-failure.js';
import type { Undelivered, UndeliveredMessage } from '../../services/deliveries/read-undelivered.js';
import { actionIds } from '../ids.js';
import { readerMention } from './delivery-trouble-notice.js';
import { button, context, escapeText, formatDate, header, packedSections, type SlackMessage, section } from './format.js';

/** One message not delivered: for whom, what, since when, and why in the office's words. */
function line(catalog: Catalog, timezone: string, message: UndeliveredMessage): string {
  const words = catalog.undelivered;
  const kind = words.kinds[message.kind as Notice['type']] ?? words.otherKind;
  return words.line(
    readerMention(message.reader),
    message.code ? `${escapeText(message.code)} ${kind}` : kind,
    formatDate(catalog, dateInZone(message.queuedAt, timezone)),
    catalog.deliveryTrouble.reason[deliveryProblemOf(message.error)](escapeText(message.error)),
    message.tries,
  );
}

/** `/suggest outbox`: what waits for someone to put it right, then what died, each dead one with 重发. */
export function undeliveredMessage(catalog: Catalog, timezone: string, undelivered: Undelivered): SlackMessage {
  const words = catalog.undelivered;
  const { totals } = undelivered;
  if (totals.retrying + totals.dead === 0) return { text: words.none, blocks: [section(words.none)] };
  const blocks: KnownBlock[] = [header(words.title), section(words.summary(totals.retrying, totals.dead))];
  if (undelivered.retrying.length > 0) {
    const lines = undelivered.retrying.map((message) => `• ${line(catalog, timezone, message)}`);
    blocks.push(section(`*${words.retryingTitle}*`), ...packedSections(catalog, lines, 4, totals.retrying));
  }
  if (undelivered.dead.length > 0) {
    blocks.push(section(`*${words.deadTitle}*`));
    for (const message of undelivered.dead) {
      blocks.push({
        ...section(line(catalog, timezone, message)),
        accessory: button(words.resend, actionIds.resendMessage, message.id),
      } as KnownBlock);
    }
    if (totals.dead > undelivered.dead.length) blocks.push(context(catalog.cut(totals.dead - undelivered.dead.length)));
    blocks.push({ type: 'actions', elements: [button(words.resendAll(totals.dead), actionIds.resendAllMessages, 'all', 'primary')] });
  }
  blocks.push(context(words.hint));
  return { text: words.summary(totals.retrying, totals.dead), blocks };
}
