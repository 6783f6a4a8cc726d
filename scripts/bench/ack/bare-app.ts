// The floor to compare with: a Bolt 5 app over HTTP whose /suggest only acks. Whatever the bot
// costs above this is duban's own work (guard, database, rendering).

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, LogLevel } from '@slack/bolt';
import { createLogger } from '../../../src/log.js';

export interface BareApp {
  url: string;
  stop(): Promise<void>;
}

export async function startBareApp(options: { signingSecret: string; slackApiUrl: string }): Promise<BareApp> {
  const app = new App({
    token: 'xoxb-bench-bare',
    signingSecret: options.signingSecret,
    botId: 'BBENCHBARE',
    botUserId: 'UBENCHBARE',
    // No auth.test at start: the bare app must cost nothing but Bolt itself.
    tokenVerificationEnabled: false,
    clientOptions: { slackApiUrl: options.slackApiUrl },
    logger: createLogger('bare', LogLevel.ERROR),
  });
  app.command('/suggest', async ({ ack }) => {
    await ack();
  });
  const server = (await app.start(0)) as Server;
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`,
    stop: () => app.stop().then(() => undefined),
  };
}
