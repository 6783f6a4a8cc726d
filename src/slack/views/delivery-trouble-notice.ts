import type { DeliveryTroubleNotice } from '../../domain/notices.js';
import type { Catalog } from '../../i18n/index.js';
import { isPersonAddress } from '../../services/shared/is-person-address.js';
import { channelMention, escapeText, mention, plainMessage, type SlackMessage } from './format.js';

/** A channel or a person, as the outbox addresses them (a user id for a DM). */
export const readerMention = (reader: string): string => (isPersonAddress(reader) ? mention(reader) : channelMention(reader));

/** To the office: whose messages are not getting through, why in plain words, and what to do. */
export function deliveryTroubleMessage(catalog: Catalog, notice: DeliveryTroubleNotice): SlackMessage {
  const words = catalog.deliveryTrouble;
  const why = words.problem[notice.problem](readerMention(notice.reader), notice.undelivered, escapeText(notice.error));
  return plainMessage(`${why}\n${words.state[notice.state]}`);
}
