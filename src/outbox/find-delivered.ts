import type { WebClient } from '@slack/web-api';
import type { OutboxRow } from './claim-messages.js';
import { conversationOf } from './conversation-of.js';
import type { HistoryMessage } from './delivery.js';

const pageSize = 200;
const maxPages = 10;

/** After an attempt with no clear answer: the message, if Slack posted it, in the channel's recent history. */
export async function findDelivered(
  client: WebClient,
  row: OutboxRow,
  isIn: (message: HistoryMessage) => boolean,
): Promise<{ ts: string; channel: string } | undefined> {
  const channel = await conversationOf(client, row.channel);
  if (!channel) return undefined;
  const since = (row.firstAttemptAt ?? row.createdAt).getTime() / 1000 - 60;
  // Every message since the first attempt, page by page: a busy channel may have had more than a
  // page's worth since, and the delivery would be near the oldest end.
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    const history = await client.conversations.history({
      channel,
      oldest: since.toFixed(6),
      limit: pageSize,
      include_all_metadata: true,
      ...(cursor ? { cursor } : {}),
    });
    const found = history.messages?.find((message) => isIn(message as HistoryMessage));
    if (found?.ts) return { ts: found.ts, channel };
    cursor = history.response_metadata?.next_cursor;
    if (!history.has_more || !cursor) return undefined;
  }
  // More than maxPages × pageSize messages since the first attempt: a channel that busy is not
  // one the bot posts to, and the message is sent again rather than held back for ever.
  return undefined;
}
