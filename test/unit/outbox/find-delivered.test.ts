// After an attempt with no clear answer the dispatcher looks for the message where it would have
// landed: a reply in its thread, anything else in the channel's history. Against the stand-in,
// which keeps replies out of the history as Slack does.
import { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findDelivered } from '../../../src/outbox/find-delivered.js';
import { keyMetadata, keyOfMetadata } from '../../../src/outbox/message-key.js';
import { type SlackStandIn, startSlackStandIn } from '../../../tools/slack-stand-in/server.js';

let standIn: SlackStandIn;
let client: WebClient;
beforeAll(async () => {
  standIn = await startSlackStandIn();
  client = new WebClient('xoxb-test', { slackApiUrl: standIn.url, retryConfig: { retries: 0 } });
});
afterAll(async () => {
  await standIn.close();
});
beforeEach(() => {
  standIn.reset();
});

const row = { channel: 'CWATER', firstAttemptAt: null, createdAt: new Date() };
const isKey = (key: string) => (message: { metadata?: unknown }) => keyOfMetadata(message.metadata) === key;

/** The unit channel's post a later event follows up in its thread. */
async function postParent(): Promise<string> {
  const parent = await client.chat.postMessage({ channel: 'CWATER', text: '交办通知', metadata: keyMetadata('assigned') });
  return parent.ts ?? '';
}

describe('findDelivered', () => {
  it('finds a reply in its thread, which the channel history does not show', async () => {
    const threadTs = await postParent();
    const reply = await client.chat.postMessage({
      channel: 'CWATER',
      thread_ts: threadTs,
      text: '已签收',
      metadata: keyMetadata('accepted'),
    });
    await client.chat.postMessage({ channel: 'CWATER', text: '其他消息' });

    expect(await findDelivered(client, row, isKey('accepted'), threadTs)).toEqual({ ts: reply.ts, channel: 'CWATER' });
    expect(standIn.callsTo('conversations.replies').map((call) => call.args)).toEqual([
      expect.objectContaining({ channel: 'CWATER', ts: threadTs, limit: '200', include_all_metadata: 'true' }),
    ]);
    expect(await findDelivered(client, row, isKey('accepted'))).toBeUndefined();
    expect(standIn.callsTo('conversations.history')).toHaveLength(1);
  });

  it('pages through a long thread to a reply near its end', async () => {
    const threadTs = await postParent();
    for (let n = 0; n < 250; n += 1) await client.chat.postMessage({ channel: 'CWATER', thread_ts: threadTs, text: `回复 ${n}` });
    const reply = await client.chat.postMessage({
      channel: 'CWATER',
      thread_ts: threadTs,
      text: '已签收',
      metadata: keyMetadata('accepted'),
    });

    expect(await findDelivered(client, row, isKey('accepted'), threadTs)).toEqual({ ts: reply.ts, channel: 'CWATER' });
    expect(standIn.callsTo('conversations.replies')).toHaveLength(2);
  });

  it('finds nothing in a thread the message never reached', async () => {
    const threadTs = await postParent();
    await client.chat.postMessage({ channel: 'CWATER', text: '已签收', metadata: keyMetadata('accepted') });

    expect(await findDelivered(client, row, isKey('accepted'), threadTs)).toBeUndefined();
  });
});
