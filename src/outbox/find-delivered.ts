import type { WebClient } from '@slack/web-api';
import type { OutboxRow } from './claim-messages.js';
import { conversationOf } from './conversation-of.js';
import type { HistoryMessage } from './delivery.js';

const pageSize = 200;
const maxPages = 10;

interface PageRequest {
  oldest: string;
  limit: number;
  include_all_metadata: boolean;
  cursor?: string;
}

interface Page {
  messages?: Array<{ ts?: string }>;
  has_more?: boolean;
  response_metadata?: { next_cursor?: string };
}

/**
 * After an attempt with no clear answer: the message, if Slack posted it, among the channel's
 * recent messages, or among the replies of the thread `threadTs` when it was sent as a reply
 * (the channel's history holds no replies).
 */
export async function findDelivered(
  client: WebClient,
  row: Pick<OutboxRow, 'channel' | 'firstAttemptAt' | 'createdAt'>,
  isIn: (message: HistoryMessage) => boolean,
  threadTs?: string,
): Promise<{ ts: string; channel: string } | undefined> {
  const channel = await conversationOf(client, row.channel);
  if (!channel) return undefined;
  const since = (row.firstAttemptAt ?? row.createdAt).getTime() / 1000 - 60;
  // Every message since the first attempt, page by page: a busy channel may have had more than a
  // page's worth since, and the delivery would be near the oldest end.
  const readPage = pageReader(client, channel, threadTs);
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    const read = await readPage({ oldest: since.toFixed(6), limit: pageSize, include_all_metadata: true, ...(cursor ? { cursor } : {}) });
    const found = read.messages?.find((message) => isIn(message as HistoryMessage));
    if (found?.ts) return { ts: found.ts, channel };
    cursor = read.response_metadata?.next_cursor;
    if (!read.has_more || !cursor) return undefined;
  }
  // More than maxPages × pageSize messages since the first attempt: a channel that busy is not
  // one the bot posts to, and the message is sent again rather than held back for ever.
  return undefined;
}

/** Where a delivery lands: the thread's replies for a reply, the channel's history otherwise. */
function pageReader(client: WebClient, channel: string, threadTs: string | undefined): (request: PageRequest) => Promise<Page> {
  if (threadTs) return (request) => client.conversations.replies({ channel, ts: threadTs, ...request });
  return (request) => client.conversations.history({ channel, ...request });
}
