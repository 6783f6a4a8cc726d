// The servers under load, in a process of their own: autocannon runs in the parent, so the bots
// do not share an event loop with the load generator. One process holds the bare app, the real
// bot and the same bot keeping no answers; only one of them is under load at a time.
import { LogLevel } from '@slack/bolt';
import { loadConfig } from '../../../src/config.js';
import { startDuban } from '../../../src/duban.js';
import { createLogger, errorDetail } from '../../../src/log.js';
import { startSlackStandIn } from '../../../tools/slack-stand-in/server.js';
import { startBareApp } from './bare-app.js';
import { configVariable, stopMessage, type TargetsConfig, type TargetsMessage } from './targets-protocol.js';

const config = JSON.parse(process.env[configVariable] ?? '') as TargetsConfig;
const send = (message: TargetsMessage) => process.send?.(message);

const stops: Array<() => Promise<void>> = [];
let stopping: Promise<void> | undefined;
const stop = () =>
  (stopping ??= (async () => {
    for (const step of stops.reverse()) await step().catch((error: unknown) => process.stderr.write(`targets: ${String(error)}\n`));
    if (process.connected) process.disconnect();
  })());

// A parent that says stop, or dies: close everything so this process ends by itself.
process.on('message', (message) => {
  if (message === stopMessage) void stop();
});
process.once('disconnect', () => void stop());

try {
  const standIn = await startSlackStandIn();
  stops.push(() => standIn.close());
  const startBot = (answerCacheSize?: number) =>
    startDuban({
      config: loadConfig({
        SLACK_BOT_TOKEN: 'xoxb-bench-bot',
        SLACK_SIGNING_SECRET: config.signingSecret,
        SLACK_API_URL: standIn.url,
        PORT: '0',
        DATABASE_URL: config.databaseUrl,
        SUPERVISORS: config.supervisors.join(','),
        BOT_TIMEZONE: config.timezone,
        BOT_LOCALE: config.locale,
      }),
      logger: createLogger('bot', LogLevel.ERROR),
      dispatch: false,
      schedule: false,
      answerCacheSize,
    });
  const duban = await startBot();
  stops.push(() => duban.stop());
  const afresh = await startBot(0);
  stops.push(() => afresh.stop());
  const bare = await startBareApp({ signingSecret: config.signingSecret, slackApiUrl: standIn.url });
  stops.push(() => bare.stop());
  const events = (port: number | undefined) => `http://127.0.0.1:${port}/slack/events`;
  send({ kind: 'ready', urls: { bare: bare.url, bot: events(duban.port), botAfresh: events(afresh.port), standIn: standIn.url } });
} catch (error) {
  send({ kind: 'failed', error: errorDetail(error) });
  await stop();
}
