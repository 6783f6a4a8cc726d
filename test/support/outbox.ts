// What the outbox's tests share: a dispatcher against the stand-in with short waits, and how
// many times Slack took a message carrying each key.
import { LogLevel } from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import type { Database } from '../../src/db/client.js';
import { outbox, outboxChannelPace } from '../../src/db/schema.js';
import type { NudgeNotice } from '../../src/domain/notices.js';
import { catalogFor } from '../../src/i18n/index.js';
import { createLogger } from '../../src/log.js';
import { createDispatcher, type DispatcherOptions } from '../../src/outbox/dispatcher.js';
import { keyOfMetadata } from '../../src/outbox/message-key.js';
import { enqueueNotices } from '../../src/services/shared/enqueue-notices.js';
import { prepareDelivery } from '../../src/slack/deliveries/prepare-delivery.js';
import { type SlackStandIn, startSlackStandIn } from '../../tools/slack-stand-in/server.js';
import { openTestDatabase, type TestDatabase } from './test-database.js';

export const testDispatcher = (db: Database, standIn: SlackStandIn, options: Partial<DispatcherOptions> = {}) =>
  createDispatcher({
    db,
    client: new WebClient('xoxb-test', {
      slackApiUrl: standIn.url,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      timeout: 2000,
    }),
    catalog: catalogFor('zh-CN'),
    timezone: 'Asia/Shanghai',
    instanceId: 'test',
    logger: createLogger('test', LogLevel.ERROR),
    channelIntervalMs: 0,
    retryDelaySeconds: () => 0.05,
    prepare: prepareDelivery,
    ...options,
  });

/** How many times Slack took a message carrying each key. */
export function deliveriesByKey(standIn: SlackStandIn): Map<string, number> {
  const counts = new Map<string, number>();
  for (const call of standIn.callsTo('chat.postMessage')) {
    const key = keyOfMetadata(call.args.metadata) ?? '?';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** A notice that asks its reader to act (催办, which gathers), its code the message's key. */
export const nudgeNotice = (code: string): NudgeNotice => ({
  type: 'nudge',
  suggestionId: 1,
  code,
  title: '关于推进河湖长制的建议',
  unitName: '省水利厅',
  dueOn: '2026-03-05',
  nudgedBy: 'UWATERLIA',
});

/** Queues a 催办 for each message, keyed as given. */
export const queueNudges = (db: Database, messages: Array<{ key: string; channel: string }>) =>
  enqueueNotices(
    db,
    new Date(),
    messages.map((m) => ({ ...m, notice: nudgeNotice(m.key) })),
  );

/** What an outbox test runs against: its own database and a Slack stand-in. */
export async function openOutboxWorld(): Promise<{ database: TestDatabase; standIn: SlackStandIn }> {
  const [database, standIn] = await Promise.all([openTestDatabase(), startSlackStandIn()]);
  return { database, standIn };
}

export async function closeOutboxWorld(database: TestDatabase | undefined, standIn: SlackStandIn | undefined): Promise<void> {
  await standIn?.close();
  await database?.close();
}

/** Each test starts with nothing queued, nothing paced, and a stand-in that forgot everything. */
export async function emptyOutbox(database: TestDatabase, standIn: SlackStandIn): Promise<void> {
  standIn.reset();
  await database.db.delete(outbox);
  await database.db.delete(outboxChannelPace);
}
