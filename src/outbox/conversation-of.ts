import type { WebClient } from '@slack/web-api';

/**
 * The conversation a notice's channel names: a channel as it is, a person (U…/W…) as the bot's DM
 * with them (conversations.open). chat.postMessage takes a person's ID and opens the DM itself;
 * files.completeUploadExternal and conversations.history take only a conversation's ID, and
 * refuse a person's with invalid_arguments.
 */
export async function conversationOf(client: WebClient, channel: string): Promise<string | undefined> {
  if (!/^[UW]/.test(channel)) return channel;
  return (await client.conversations.open({ users: channel })).channel?.id;
}
