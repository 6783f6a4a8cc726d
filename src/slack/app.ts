import { type FirstSeen, rememberRequestsIn } from '../services/shared/remember-request.js';
// The Bolt app, configured knowingly for a fast ack path: auth.test runs once at start (not per
// request), no conversation store (it costs a third of the throughput and nothing here reads
// it), and every Web API call goes to SLACK_API_URL when it is set.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, type Logger, LogLevel, SocketModeReceiver } from '@slack/bolt';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import { catalogFor } from '../i18n/index.js';
import { AnswerCache } from '../services/suggestions/answer-cache.js';
import { guardedReceiver, type HttpRoutes } from './guarded-receiver.js';
import type { ListenerDeps } from './listener-deps.js';
import { routeRequests } from './listeners/route-requests.js';
import { lookUpEmailWith, rememberingFound } from './look-up-email.js';
import { lookUpPersonWith } from './look-up-person.js';
import { observedFetch } from './observed-fetch.js';
import { maxClockSkewSeconds } from './request-guard.js';

export interface SlackAppOptions {
  config: Config;
  db: Database;
  logger: Logger;
  now?: () => Date;
  messagesQueued?: () => void;
  answerCacheSize?: number;
  /** Where served requests are recorded against replay (default: the database, shared by every instance). */
  firstSeen?: FirstSeen | undefined;
  /** GET endpoints beside Slack's (health, metrics): on the same port over HTTP, on PORT of their own in Socket Mode. */
  otherRoutes?: HttpRoutes;
  /** A Web API call of a listener (views.open, views.publish, a look-up) that Slack refused or that failed. */
  onApiError?: (method: string, error: string) => void;
  /** Each Slack request answered: its status and the seconds until the answer, and over which transport. */
  onAnswered?: (status: number, seconds: number, transport?: 'http' | 'socket') => void;
}

export interface SlackApp {
  app: App;
  /** Starts serving; in HTTP mode resolves to the port it listens on (PORT=0 picks a free one). */
  start(): Promise<number | undefined>;
  stop(): Promise<void>;
}

export async function createSlackApp(options: SlackAppOptions): Promise<SlackApp> {
  const { config, logger } = options;
  const clientOptions = {
    slackApiUrl: config.SLACK_API_URL,
    logger,
    logLevel: LogLevel.WARN,
    // The listeners' own calls (forms, the Home tab, look-ups) are counted as the outbox's are.
    ...(options.onApiError ? { fetch: observedFetch(options.onApiError) } : {}),
  };
  const receiver = config.SLACK_APP_TOKEN
    ? new SocketModeReceiver({ appToken: config.SLACK_APP_TOKEN, logger, installerOptions: { clientOptions } })
    : guardedReceiver({
        signingSecret: config.SLACK_SIGNING_SECRET,
        logger,
        endpoints: '/slack/events',
        port: config.PORT,
        firstSeen: options.firstSeen ?? rememberRequestsIn(options.db, maxClockSkewSeconds),
        ...(options.otherRoutes ? { otherRoutes: options.otherRoutes } : {}),
        ...(options.onAnswered ? { onAnswered: options.onAnswered } : {}),
      });
  // Socket Mode has no port of Slack's: the other endpoints get one of their own.
  const { otherRoutes } = options;
  const opsServer =
    config.SLACK_APP_TOKEN && otherRoutes
      ? createServer((req, res) => {
          if (otherRoutes(req, res)) return;
          res.writeHead(404);
          res.end();
        })
      : undefined;
  const app = new App({
    token: config.SLACK_BOT_TOKEN,
    receiver,
    logger,
    // Bolt would otherwise reset the logger to INFO.
    logLevel: logger.getLevel(),
    clientOptions,
    convoStore: false,
    deferInitialization: true,
  });
  // One auth.test now; Bolt then serves every request with the cached identity.
  await app.init();

  const now = options.now ?? (() => new Date());
  const deps: ListenerDeps = {
    db: options.db,
    catalog: catalogFor(config.BOT_LOCALE),
    timezone: config.BOT_TIMEZONE,
    logger,
    now,
    messagesQueued: options.messagesQueued ?? (() => {}),
    answers: new AnswerCache(options.answerCacheSize),
    lookUpEmail: rememberingFound(lookUpEmailWith(app.client), now),
    lookUpPerson: lookUpPersonWith(app.client),
  };
  // Listener work still running after its ack (an event's handler, an answer to a response_url)
  // is waited for on stop, so the database is not closed under it.
  let inFlight = 0;
  let idle: (() => void) | undefined;
  const route = routeRequests(deps);
  // Socket Mode has no HTTP answer to time: each request is timed until its handling ends.
  const timed = config.SLACK_APP_TOKEN ? options.onAnswered : undefined;
  app.use(async (args) => {
    inFlight += 1;
    const started = performance.now();
    let status = 200;
    try {
      await route(args);
    } catch (error) {
      status = 500;
      throw error;
    } finally {
      timed?.(status, (performance.now() - started) / 1000, 'socket');
      inFlight -= 1;
      if (inFlight === 0) idle?.();
    }
  });
  const settled = (timeoutMs: number) =>
    inFlight === 0
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, timeoutMs);
          idle = () => {
            clearTimeout(timer);
            resolve();
          };
        });

  app.error(async (error) => {
    logger.error('unhandled error in a listener', error);
  });

  return {
    app,
    async start() {
      const started = (await app.start(config.PORT)) as unknown;
      if (opsServer) await new Promise<void>((resolve) => opsServer.listen(config.PORT, resolve));
      const address = (opsServer ?? (started as Server | undefined))?.address?.();
      return address && typeof address === 'object' ? (address as AddressInfo).port : undefined;
    },
    async stop() {
      await app.stop();
      if (opsServer?.listening) await new Promise<void>((resolve) => opsServer.close(() => resolve()));
      await settled(10_000);
    },
  };
}
