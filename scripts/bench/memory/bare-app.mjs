// The floor the bot's memory is compared with: a Bolt 5 app over HTTP whose /suggest only acks,
// plain JavaScript run by node alone, as the built bot is. PORT, SLACK_SIGNING_SECRET and
// SLACK_API_URL as the bot reads them.
import bolt from '@slack/bolt';

const app = new bolt.App({
  token: 'xoxb-bench-bare',
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  botId: 'BBENCHBARE',
  botUserId: 'UBENCHBARE',
  tokenVerificationEnabled: false,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
  logLevel: bolt.LogLevel.ERROR,
  customRoutes: [{ path: '/healthz', method: ['GET'], handler: (_req, res) => res.end('ok') }],
});
app.command('/suggest', async ({ ack }) => {
  await ack();
});
await app.start(Number(process.env.PORT ?? 0));
process.on('SIGTERM', () => app.stop().then(() => process.exit(0)));
