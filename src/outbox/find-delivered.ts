import type { WebClient } from '@slack/web-api';
import type { OutboxRow } from './claim-messages.js';
import { conversationOf } from './conversation-of.js';
import type { HistoryMessage } from './prepare-delivery.js';

/** After an attempt with no clear answer: the message, if Slack posted it, in the channel's recent history. */
export async function findDelivered(client: WebClient, row: OutboxRow, isIn: (message: HistoryMessage) => boolean): Promise<{ ts: string; channel: string } | undefined> {
  const channel = await conversationOf(client, row.channel);
  if (!channel) return undefined;
  const since = (row.firstAttemptAt ?? row.createdAt).getTime() / 1000 - 60;
  const history = await client.conversations.history({ channel, oldest: since.toFixed(6), limit: 200, include_all_metadata: true });
  const found = history.messages?.find((message) => isIn(message as HistoryMessage));
  return found?.ts ? { ts: found.ts, channel } : undefined;
}
