// What the outbox's tests share: a dispatcher against the stand-in with short waits, and how
// many times Slack took a message carrying each key.
import { LogLevel } from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import type { Database } from '../../src/db/client.js';
import { catalogFor } from '../../src/i18n/index.js';
import { createLogger } from '../../src/log.js';
import { createDispatcher, type DispatcherOptions } from '../../src/outbox/dispatcher.js';
import { keyOfMetadata } from '../../src/outbox/message-key.js';
import { prepareDelivery } from '../../src/slack/deliveries/prepare-delivery.js';
import type { SlackStandIn } from '../../tools/slack-stand-in/server.js';

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
