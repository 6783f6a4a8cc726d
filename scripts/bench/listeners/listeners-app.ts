// The bare app of the listeners benchmark, in a process of its own: /suggest acks, and as many
// action listeners as its argument says, none of which a slash command matches.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, LogLevel } from '@slack/bolt';

export const secret = 'bench-listeners-secret-0123456789';

if (process.send) {
  const listeners = Number(process.argv[2] ?? 0);
  const app = new App({
    token: 'xoxb-bench',
    signingSecret: secret,
    botId: 'BBENCH',
    botUserId: 'UBENCHBOT',
    tokenVerificationEnabled: false,
    logLevel: LogLevel.ERROR,
  });
  app.command('/suggest', async ({ ack }) => {
    await ack();
  });
  for (let i = 0; i < listeners; i += 1) {
    app.action(`bench.action.${i}`, async ({ ack }) => {
      await ack();
    });
  }
  const server = (await app.start(0)) as Server;
  process.send((server.address() as AddressInfo).port);
}
