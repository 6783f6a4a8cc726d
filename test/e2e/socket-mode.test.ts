// With SLACK_APP_TOKEN set the bot takes its requests over Socket Mode instead of HTTP.
import { LogLevel } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type Duban, startDuban } from '../../src/duban.js';
import { createLogger } from '../../src/log.js';
import { type SlackStandIn, startSlackStandIn } from '../../tools/slack-stand-in/server.js';
import { openTestDatabase, type TestDatabase } from '../support/test-database.js';

let standIn: SlackStandIn;
let database: TestDatabase;
let duban: Duban;
beforeAll(async () => {
  [standIn, database] = await Promise.all([startSlackStandIn(), openTestDatabase()]);
  duban = await startDuban({
    config: loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-socket',
      SLACK_SIGNING_SECRET: 'unused-in-socket-mode',
      SLACK_APP_TOKEN: 'xapp-1-A0DUBAN-1-socket',
      SLACK_API_URL: standIn.url,
      SUPERVISORS: 'USUP',
      PORT: '0',
    }),
    logger: createLogger('test', LogLevel.ERROR),
    database,
    dispatch: false,
    schedule: false,
  });
  await standIn.socket.connected();
});
afterAll(async () => {
  await duban?.stop();
  await standIn?.close();
  await database?.close();
});

describe('Socket Mode', () => {
  it('connects through apps.connections.open and answers a slash command in its ack', async () => {
    expect(standIn.callsTo('apps.connections.open')).toHaveLength(1);
    // No port of Slack's: the operator's endpoints get one of their own, and nothing else is served there.
    expect((await fetch(`http://127.0.0.1:${duban.port}/healthz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${duban.port}/readyz`)).status).toBe(200);
    expect(await (await fetch(`http://127.0.0.1:${duban.port}/metrics`)).text()).toContain('duban_outbox_messages');
    expect((await fetch(`http://127.0.0.1:${duban.port}/slack/events`, { method: 'POST', body: '{}' })).status).toBe(404);
    const ack = (await standIn.socket.push('slash_commands', {
      command: '/suggest',
      text: 'unit add 省医保局 alias:医保局',
      user_id: 'USUP',
      channel_id: 'C1',
      team_id: 'T0DEMO',
      response_url: standIn.responseUrl('socket'),
      trigger_id: standIn.triggerId(),
    })) as { text?: string; response_type?: string };
    expect(ack.response_type).toBe('ephemeral');
    expect(ack.text).toContain('已登记承办单位「省医保局」');
    // Counted as a request over the socket.
    const metrics = await (await fetch(`http://127.0.0.1:${duban.port}/metrics`)).text();
    expect(metrics).toMatch(/^duban_slack_requests_total\{transport="socket",status="200"\} [1-9]/m);
  });
});
