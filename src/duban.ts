// The whole bot as one value: config → database → Slack app → jobs → outbox dispatcher. main.ts runs
// it as a process; the end-to-end tests, the demo and the benchmark run the very same wiring.

import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger } from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import type { Config } from './config.js';
import { type Database, type DatabaseHandle, databaseOptionsFrom, openDatabase } from './db/client.js';
import { migrationsShipped } from './db/migrate.js';
import { catalogFor } from './i18n/index.js';
import { type Scheduler, startScheduler } from './jobs/scheduler.js';
import { errorMessage } from './log.js';
import { createDubanMetrics, type DubanMetrics } from './ops/duban-metrics.js';
import { opsListener } from './ops/ops-listener.js';
import { createDispatcher, type Dispatcher } from './outbox/dispatcher.js';
import { tellDeliveryTrouble } from './services/deliveries/tell-delivery-trouble.js';
import { currentSession } from './services/sessions/current-session.js';
import { loadWorkingCalendar } from './services/sessions/load-working-calendar.js';
import { tellCalendarGaps } from './services/sessions/tell-calendar-gaps.js';
import type { FirstSeen } from './services/shared/remember-request.js';
import { grantSupervisors } from './services/supervisors/grant-supervisors.js';
import { createSlackApp, type SlackApp } from './slack/app.js';
import { prepareDelivery } from './slack/deliveries/prepare-delivery.js';
import { writeDatesBy } from './slack/views/date-words.js';

export interface DubanOptions {
  config: Config;
  logger: Logger;
  now?: () => Date;
  /** An already open database (tests share one); otherwise opened from config and closed on stop. */
  database?: DatabaseHandle;
  /** Send queued messages in the background (default true). */
  dispatch?: boolean;
  /** Run the scheduled jobs (default true; tests and the demo run them by hand). */
  schedule?: boolean;
  /** Pause between two messages to one channel; Slack allows about one a second (default 1000). */
  channelIntervalMs?: number;
  /** How many answers to keep for serving again while the ledger is unchanged (default 1000; 0: none). */
  answerCacheSize?: number;
  /** Where served requests are recorded against replay (default: the database, shared by every instance). */
  firstSeen?: FirstSeen;
}

export interface Duban {
  database: DatabaseHandle;
  slack: SlackApp;
  dispatcher: Dispatcher;
  /** The scheduled jobs, when they run. */
  scheduler: Scheduler | undefined;
  /** The HTTP port, when serving HTTP. */
  port: number | undefined;
  stop(): Promise<void>;
}

/** Dates are written by the working calendar as the office keeps it (its own days included). */
export async function writeDatesByOfficeCalendar(db: Database): Promise<void> {
  writeDatesBy(await loadWorkingCalendar(db));
}

// Another instance may change a day; each reads the calendar again this often.
const calendarRereadMs = 10 * 60_000;

const instanceId = (): string => `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

/** This process's outbox dispatcher, as configured: the bot and the job runner each run one. */
export function outboxDispatcher(
  config: Config,
  db: Database,
  logger: Logger,
  channelIntervalMs?: number,
  now: () => Date = () => new Date(),
  metrics?: Pick<DubanMetrics, 'slackApiError'>,
): Dispatcher {
  return createDispatcher({
    db,
    // The dispatcher owns retries and pacing, so the client neither retries nor queues.
    client: new WebClient(config.SLACK_BOT_TOKEN, {
      slackApiUrl: config.SLACK_API_URL,
      logger,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      timeout: 10_000,
    }),
    catalog: catalogFor(config.BOT_LOCALE),
    prepare: prepareDelivery,
    noticeWindowSeconds: config.NOTICE_WINDOW_SECONDS,
    timezone: config.BOT_TIMEZONE,
    instanceId: instanceId(),
    logger,
    // Pacing, leases and retries run on the wall clock even when the bot's business time is
    // driven (tests, the demo): Slack's limits are real time.
    ...(channelIntervalMs !== undefined ? { channelIntervalMs } : {}),
    onTrouble: (tx, trouble) => tellDeliveryTrouble(tx, now(), config.BOT_TIMEZONE, trouble),
    ...(metrics ? { onFailure: metrics.slackApiError } : {}),
  });
}

export async function startDuban(options: DubanOptions): Promise<Duban> {
  const { config, logger } = options;
  const now = options.now ?? (() => new Date());
  const ownsDatabase = !options.database;
  const database = options.database ?? (await openDatabase(databaseOptionsFrom(config)));
  let calendarReread: NodeJS.Timeout | undefined;
  try {
    const ctx = { db: database.db, actor: 'system', now: now(), timezone: config.BOT_TIMEZONE };
    await currentSession(ctx.db, ctx.now, ctx.timezone);
    await grantSupervisors(ctx, config.SUPERVISORS);
    await writeDatesByOfficeCalendar(ctx.db);
    calendarReread = setInterval(() => {
      writeDatesByOfficeCalendar(database.db).catch((error: unknown) =>
        logger.warn(`could not read the working calendar again: ${errorMessage(error)}`),
      );
    }, calendarRereadMs);
    calendarReread.unref();

    const metrics = createDubanMetrics(database.db);
    const dispatcher = outboxDispatcher(config, database.db, logger, options.channelIntervalMs, now, metrics);
    const slack = await createSlackApp({
      otherRoutes: opsListener({ db: database.db, metrics, migrations: migrationsShipped() }),
      onAnswered: metrics.requestAnswered,
      onApiError: metrics.slackApiError,
      config,
      db: database.db,
      logger,
      now,
      messagesQueued: () => dispatcher.nudge(),
      answerCacheSize: options.answerCacheSize,
      firstSeen: options.firstSeen,
    });
    const port = await slack.start();
    if (options.dispatch !== false) dispatcher.start();
    logger.info(config.SLACK_APP_TOKEN ? 'serving Slack in Socket Mode' : `serving Slack over HTTP on port ${port} at /slack/events`);
    const scheduler =
      options.schedule === false
        ? undefined
        : startScheduler({
            db: database.db,
            timezone: config.BOT_TIMEZONE,
            logger,
            instance: instanceId(),
            messagesQueued: () => dispatcher.nudge(),
            now,
          });
    // A fire missed while the bot was down goes out now, without holding up the start.
    void scheduler?.catchUp();
    // A working calendar without this year's holidays (or, from December, next year's) is said at start.
    void tellCalendarGaps(database.db, now(), config.BOT_TIMEZONE).then(
      (gaps) => {
        if (gaps.length > 0) {
          logger.warn(`the working calendar lacks the holidays of ${gaps.join(', ')}: the office is told`);
          dispatcher.nudge();
        }
      },
      (error: unknown) => logger.warn(`could not check the working calendar: ${errorMessage(error)}`),
    );

    return {
      database,
      slack,
      dispatcher,
      scheduler,
      port,
      async stop() {
        // Stop taking requests first; a request in flight finishes its transaction and its ack.
        clearInterval(calendarReread);
        await slack.stop();
        await scheduler?.stop();
        await dispatcher.stop();
        if (ownsDatabase) await database.close();
      },
    };
  } catch (error) {
    clearInterval(calendarReread);
    if (ownsDatabase) await database.close();
    throw error;
  }
}
