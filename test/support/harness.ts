// The real bot, end to end: signed HTTP requests into the Bolt app on loopback, Web API calls
// out to the Slack stand-in, a real database underneath. The dispatcher does not run in the
// background here: a test sends queued messages with drain(), so it knows when they are out.

import { LogLevel } from '@slack/bolt';
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/client.js';
import { type Duban, startDuban } from '../../src/duban.js';
import { createLogger } from '../../src/log.js';
import { rememberRequestsInMemory } from '../../src/slack/request-guard.js';
import { type SlackStandIn, startSlackStandIn } from '../../tools/slack-stand-in/server.js';
import {
  buttonClickBody,
  homeButtonBody,
  homeOpenedBody,
  modalButtonBody,
  send,
  signRequest,
  slashCommandBody,
  viewSubmissionBody,
} from '../../tools/slack-stand-in/slack-requests.js';
import type { RecordedCall } from '../../tools/slack-stand-in/types.js';
import { openTestDatabase, type TestDatabase } from './test-database.js';

export const signingSecret = 'test-signing-secret-0123456789';

export interface Answer {
  status: number;
  /** The JSON the ack carried (empty object for an empty ack). */
  body: {
    text?: string;
    blocks?: unknown[];
    response_type?: string;
    response_action?: string;
    errors?: Record<string, string>;
    view?: unknown;
  };
}

export interface Harness {
  standIn: SlackStandIn;
  duban: Duban;
  database: TestDatabase;
  db: Database;
  eventsUrl: string;
  setNow(instant: Date | string): void;
  command(user: string, text: string): Promise<Answer>;
  /** A command's answer text, which must have been told to the person alone. */
  said(user: string, text: string): Promise<string>;
  button(user: string, actionId: string, value: string, message?: { text: string; blocks: unknown[] }): Promise<Answer>;
  /** Submits a form; `viewId` names the form, to submit one form twice (a fresh one each time without it). */
  submitView(user: string, callbackId: string, values: unknown, privateMetadata?: string, viewId?: string): Promise<Answer>;
  /** Opens the person's Home tab; resolves to the view the bot published for it. */
  openHome(user: string): Promise<HomeTab>;
  /** Clicks a button in the person's Home tab; resolves to the view the bot published in answer. */
  homeButton(user: string, actionId: string, value: string): Promise<HomeTab>;
  /** A click in the Home tab that opens a form rather than drawing the tab again: resolves to the form opened. */
  homeFormButton(user: string, actionId: string, value: string): Promise<{ callback_id?: string } | undefined>;
  /** Clicks a button inside a modal the bot opened (its blocks and metadata as Slack sends them back). */
  modalButton(user: string, view: { blocks?: unknown[]; private_metadata?: string }, actionId: string, value: string): Promise<Answer>;
  /** Sends every queued message (as the dispatcher would, fast); returns the Web API calls it made. */
  drain(): Promise<RecordedCall[]>;
  /** What the bot posted to a response_url since the last reset. */
  responses(): RecordedCall[];
  /** Waits until the bot has posted n answers to response_urls since the last reset (they follow the ack). */
  waitForResponses(n?: number): Promise<RecordedCall[]>;
  close(): Promise<void>;
}

export interface HomeTab {
  blocks: Array<{ type: string; text?: { text: string }; elements?: Array<{ action_id: string; value: string }> }>;
}

export interface HarnessOptions {
  supervisors?: string[];
  locale?: 'zh-CN' | 'en';
  now?: Date | string;
  database?: TestDatabase;
  channelIntervalMs?: number;
  /**
   * Gathers notices to one reader as the bot does (NOTICE_WINDOW_SECONDS): drain() then sends
   * what waits as if the window were over. Off by default: most tests follow one notice.
   */
  gather?: boolean;
  /**
   * Records served requests in this process's memory, not the database: for a test that holds the
   * embedded database's one connection while a request waits (the record would wait behind it).
   */
  replayRecordInMemory?: boolean;
}

const answerOf = async (response: Awaited<ReturnType<typeof send>>): Promise<Answer> => ({
  status: response.status,
  body: response.text ? (response.json() as Answer['body']) : {},
});

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const standIn = await startSlackStandIn();
  const database = options.database ?? (await openTestDatabase());
  let now = new Date(options.now ?? '2026-03-02T01:00:00Z');
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_API_URL: standIn.url,
    PORT: '0',
    SUPERVISORS: (options.supervisors ?? ['USUP']).join(','),
    BOT_LOCALE: options.locale ?? 'zh-CN',
    NOTICE_WINDOW_SECONDS: options.gather ? '120' : '0',
  });
  const duban = await startDuban({
    config,
    logger: createLogger('test', LogLevel.ERROR),
    now: () => now,
    database,
    dispatch: false,
    schedule: false,
    channelIntervalMs: options.channelIntervalMs ?? 0,
    ...(options.replayRecordInMemory ? { firstSeen: rememberRequestsInMemory() } : {}),
  });
  const eventsUrl = `http://127.0.0.1:${duban.port}/slack/events`;
  let responseCount = 0;
  const post = (body: string) => send(eventsUrl, signRequest(body, { secret: signingSecret }));

  /** The Home tab the bot publishes for the person after the request (the publish follows the ack). */
  const published = async (user: string, request: () => Promise<{ status: number }>): Promise<HomeTab> => {
    const before = standIn.callsTo('views.publish').length;
    const { status } = await request();
    if (status !== 200) throw new Error(`the bot answered ${status}`);
    const deadline = Date.now() + 5000;
    for (;;) {
      const view = standIn
        .callsTo('views.publish')
        .slice(before)
        .find((call) => call.args.user_id === user)?.args.view;
      if (view) return view as HomeTab;
      if (Date.now() > deadline) throw new Error(`no Home tab was published for ${user}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  const command = async (user: string, text: string): Promise<Answer> => {
    const responseUrl = standIn.responseUrl(`cmd-${(responseCount += 1)}`);
    return answerOf(await post(slashCommandBody({ user, text, responseUrl, triggerId: standIn.triggerId() })));
  };
  return {
    standIn,
    duban,
    database,
    db: database.db,
    eventsUrl,
    setNow(instant) {
      now = new Date(instant);
    },
    command,
    async said(user, text) {
      const answer = await command(user, text);
      if (answer.body.response_type !== 'ephemeral') throw new Error(`the answer to "${text}" was not private`);
      return String(answer.body.text);
    },
    async button(user, actionId, value, message) {
      const responseUrl = standIn.responseUrl(`act-${(responseCount += 1)}`);
      return answerOf(
        await post(
          buttonClickBody({ user, actionId, value, responseUrl, triggerId: standIn.triggerId(), ...(message ? { message } : {}) }),
        ),
      );
    },
    async submitView(user, callbackId, values, privateMetadata, viewId) {
      return answerOf(
        await post(
          viewSubmissionBody({ user, callbackId, values, privateMetadata, triggerId: standIn.triggerId(), ...(viewId ? { viewId } : {}) }),
        ),
      );
    },
    openHome(user) {
      const request = signRequest(homeOpenedBody(user), { secret: signingSecret });
      request.headers['content-type'] = 'application/json';
      return published(user, () => send(eventsUrl, request));
    },
    async modalButton(user, view, actionId, value) {
      return answerOf(await post(modalButtonBody({ user, actionId, value, view, triggerId: standIn.triggerId() })));
    },
    homeButton(user, actionId, value) {
      return published(user, () => post(homeButtonBody({ user, actionId, value, triggerId: standIn.triggerId() })));
    },
    async homeFormButton(user, actionId, value) {
      const before = standIn.callsTo('views.open').length;
      const { status } = await post(homeButtonBody({ user, actionId, value, triggerId: standIn.triggerId() }));
      if (status !== 200) throw new Error(`the bot answered ${status}`);
      const deadline = Date.now() + 5000;
      while (standIn.callsTo('views.open').length === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      return standIn.callsTo('views.open').slice(before)[0]?.args.view as { callback_id?: string } | undefined;
    },
    async drain() {
      const before = standIn.calls.length;
      const done = await duban.dispatcher.drain(Date.now() + 20_000, { windowElapsed: true });
      if (!done) throw new Error('the outbox did not drain within 20 s');
      return standIn.calls.slice(before);
    },
    responses() {
      return standIn.calls.filter((call) => call.method === 'response_url');
    },
    async waitForResponses(n = 1) {
      const deadline = Date.now() + 5000;
      for (;;) {
        const answers = standIn.calls.filter((call) => call.method === 'response_url');
        if (answers.length >= n) return answers;
        if (Date.now() > deadline) throw new Error(`expected ${n} response_url answers, got ${answers.length}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    async close() {
      await duban.stop();
      await standIn.close();
      if (!options.database) await database.close();
    },
  };
}
