// The only code that sends to Slack after the ack. Each instance claims ready rows under a lease
// (FOR UPDATE SKIP LOCKED, so instances never take the same row), paces each channel through a
// shared table, and records every outcome on the row.
import type { Logger, WebClient } from '@slack/web-api';
import { and, eq, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client.js';
import { readRows } from '../db/read-rows.js';
import { outbox, outboxChannelPace } from '../db/schema.js';
import type { DeliveryTrouble, Notice } from '../domain/notices.js';
import type { Catalog } from '../i18n/index.js';
import { errorMessage } from '../log.js';
import { claimMessages, inSeconds, type OutboxRow } from './claim-messages.js';
import type { Delivery, PrepareDelivery, Sent } from './delivery.js';
import {
  backoffSeconds,
  classifyDeliveryFailure,
  type DeliveryFailure,
  deliveryProblemOf,
  fixableBackoffSeconds,
  maxFixableFailures,
  maxPermanentFailures,
} from './delivery-failure.js';
import { findDelivered } from './find-delivered.js';
import { gatherNotices } from './gather-notices.js';
import { canSplit, splitGathered, splittableRefusals } from './split-gathered.js';
import { threadPlace } from './thread-place.js';

export interface DispatcherOptions {
  db: Database;
  client: WebClient;
  catalog: Catalog;
  /** The office's zone, for what is read when it is sent (a ledger's dates). */
  timezone: string;
  instanceId: string;
  logger: Logger;
  batchSize?: number;
  leaseSeconds?: number;
  channelIntervalMs?: number;
  /**
   * Wait before retry number n (1, 2, …); by default exponential from 2 s to 10 min, and for a
   * refusal someone can put right from 1 min to an hour.
   */
  retryDelaySeconds?: (n: number, kind: DeliveryFailure['kind']) => number;
  /**
   * Tells the office that a reader's messages are not getting through (the delivery's problem,
   * not this message's), in the transaction that records the refusal: told once it is recorded,
   * and recorded only once it is told.
   */
  onTrouble?: (tx: Database, trouble: DeliveryTrouble) => Promise<void>;
  /** What a notice is sent as (the Slack adapter's prepareDelivery, or a slow one in a test). */
  prepare: PrepareDelivery;
  /** How long notices that ask their reader to act wait for others to the same reader (0: each goes at once). */
  noticeWindowSeconds?: number;
  /** Each failed call to Slack, by method and Slack's error (for the metrics). */
  onFailure?: (method: string, error: string) => void;
}

export interface DispatchReport {
  claimed: number;
  sent: number;
  retried: number;
  dead: number;
}

/** When this process asked for a claim, by its two clocks. */
interface ClaimInstant {
  monotonic: number;
  wall: number;
}

/** Tries at rendering a notice before it is buried (about 20 minutes, a minute apart). */
const maxRenderAttempts = 20;

export interface Dispatcher {
  /** Claims and sends one batch; what it did. */
  dispatchOnce(): Promise<DispatchReport>;
  /**
   * Sends until nothing is left to send, or the deadline passes; true when the outbox is empty.
   * `windowElapsed` gathers what waits as if the notice window were over (a simulated clock's).
   */
  drain(deadlineMs: number, options?: { windowElapsed?: boolean }): Promise<boolean>;
  start(pollMs?: number): void;
  /** Stops polling and waits for the messages in flight to be recorded. */
  stop(): Promise<void>;
  /** Asks for a pass soon (after a change queued messages). */
  nudge(): void;
}

export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const { db, client, catalog, instanceId, logger } = options;
  const maxBatch = options.batchSize ?? 50;
  // How many messages a pass sends at once: halved when Slack answers 429 (its burst limit covers
  // the whole workspace), grown again while it does not. Measured against the stand-in's
  // workspace limit: 72 % of it with a fixed batch of 50.
  let batchSize = maxBatch;
  let cutAgainAfter = 0;
  const leaseSeconds = options.leaseSeconds ?? 60;
  const channelIntervalMs = options.channelIntervalMs ?? 1000;
  const retryDelaySeconds =
    options.retryDelaySeconds ??
    ((n: number, kind: DeliveryFailure['kind']) => (kind === 'fixable' ? fixableBackoffSeconds(n) : backoffSeconds(n)));

  const { prepare } = options;
  const noticeWindowSeconds = options.noticeWindowSeconds ?? 0;
  // Leases, pacing and retries all run on the database's clock (inSeconds), so instances on
  // machines whose clocks disagree still agree on them; this process's clocks only ever tell it
  // that its own claim is young enough to need no renewal (claimHolds).
  const claim = (windowSeconds: number) =>
    claimMessages(db, {
      instanceId,
      batchSize: Math.max(1, Math.floor(batchSize)),
      leaseSeconds,
      channelIntervalMs,
      noticeWindowSeconds: windowSeconds,
      gathering: noticeWindowSeconds > 0,
    });

  /** The row, while this claim still holds it (a lease can run out, and another instance take it). */
  const held = (row: OutboxRow) =>
    and(eq(outbox.id, row.id), eq(outbox.status, 'sending'), eq(outbox.claimedBy, instanceId), eq(outbox.attempts, row.attempts));

  /** Records an outcome, only while this claim still holds the row; whether it did. */
  async function settle(row: OutboxRow, change: PgUpdateSetSource<typeof outbox>, executor: Database = db): Promise<boolean> {
    const settled = await executor
      .update(outbox)
      .set({ leaseUntil: null, ...change })
      .where(held(row))
      .returning({ id: outbox.id });
    if (settled.length === 0) logger.warn(`outbox ${row.idempotencyKey}: the claim ran out before its outcome was recorded`);
    return settled.length > 0;
  }

  /**
   * Records a refusal and tells the office of it in one transaction. A failure to tell leaves the
   * row claimed, as if this instance had died: its lease runs out and it is tried, and told, again.
   */
  async function settleRefused(row: OutboxRow, change: PgUpdateSetSource<typeof outbox>, trouble: DeliveryTrouble): Promise<void> {
    try {
      await db.transaction(async (tx) => {
        if (await settle(row, change, tx)) await options.onTrouble?.(tx, trouble);
      });
    } catch (failure) {
      logger.error(`outbox ${row.idempotencyKey}: the office could not be told of ${trouble.error}: ${errorMessage(failure)}`);
    }
  }

  /**
   * Whether the claim still holds for the send, renewed to a full lease when a quarter of it has
   * gone. Rendering (a large ledger) and looking through a channel's history take time; a claim
   * that ran out meanwhile may have been taken by another instance, which sends the message
   * itself, so this one must not. A younger claim holds without asking: the database set its
   * lease after `claimedAt`, and three quarters of it are left, more than a send's calls may take
   * (at most four, 10 s each). Young by both of this process's clocks: the monotonic one cannot
   * be set back, and the wall clock goes on while the machine is suspended, as the database's does.
   */
  async function claimHolds(row: OutboxRow, claimedAt: ClaimInstant): Promise<boolean> {
    const quarter = (leaseSeconds * 1000) / 4;
    if (performance.now() - claimedAt.monotonic < quarter && Date.now() - claimedAt.wall < quarter) return true;
    const renewed = await db
      .update(outbox)
      .set({ leaseUntil: inSeconds(leaseSeconds) })
      .where(held(row))
      .returning({ id: outbox.id });
    return renewed.length > 0;
  }

  const markSent = (row: OutboxRow, result: Sent) =>
    settle(row, { status: 'sent', sentAt: sql`now()`, lastError: null, maybeSent: false, result });

  /** Whether Slack answered 429 during the current pass. */
  let rateLimited = false;

  async function deliver(row: OutboxRow, claimedAt: ClaimInstant): Promise<'sent' | 'retried' | 'dead'> {
    let delivery: Delivery;
    try {
      delivery = await prepare(catalog, row.idempotencyKey, row.payload as Notice, { db: options.db, timezone: options.timezone, client });
    } catch (error) {
      // A notice this version cannot render (one written by a newer version, during a rolling
      // deploy) waits for an instance that can; a payload nobody can render is buried.
      logger.error(`outbox ${row.idempotencyKey} cannot be rendered: ${errorMessage(error)}`);
      // Tries that Slack refused (a day of them, for a channel the bot is not in) are not tries at rendering.
      if (row.attempts - row.permanentFailures >= maxRenderAttempts) {
        await settle(row, { status: 'dead', lastError: 'unrenderable' });
        return 'dead';
      }
      await settle(row, { status: 'pending', lastError: 'unrenderable', notBefore: inSeconds(60) });
      return 'retried';
    }
    const place = row.threadOf ? await threadPlace(db, row.threadOf) : {};
    if ('waitSeconds' in place) {
      // The post it replies under is still on its way; this is no failed attempt.
      await settle(row, { status: 'pending', notBefore: inSeconds(place.waitSeconds), attempts: row.attempts - 1 });
      return 'retried';
    }
    try {
      // A reply whose thread was refused went to the top level: it is looked for there too.
      const earlier = row.maybeSent
        ? ((await findDelivered(client, row, delivery.isIn, place.threadTs)) ??
          (place.threadTs ? await findDelivered(client, row, delivery.isIn) : undefined))
        : undefined;
      if (earlier) {
        await markSent(row, { ...earlier, ...(place.threadTs ? { threadTs: place.threadTs } : {}) });
        return 'sent';
      }
      if (!(await claimHolds(row, claimedAt))) {
        logger.warn(`outbox ${row.idempotencyKey}: the claim ran out before the send; the instance that took it over sends it`);
        return 'retried';
      }
      await markSent(row, await delivery.send(client, row.channel, place.threadTs));
      return 'sent';
    } catch (error) {
      const failure = classifyDeliveryFailure(error);
      options.onFailure?.(row.method, failure.error);
      if (failure.kind === 'permanent' && splittableRefusals.has(failure.error) && canSplit(row)) {
        logger.warn(`outbox ${row.idempotencyKey}: Slack refused it (${failure.error}); split in two`);
        try {
          await splitGathered(db, row, held(row));
        } catch (splitError) {
          // The claim is given back, to be tried again, rather than left to run out.
          logger.error(`outbox ${row.idempotencyKey} could not be split: ${errorMessage(splitError)}`);
          await settle(row, {
            status: 'pending',
            lastError: failure.error,
            notBefore: inSeconds(retryDelaySeconds(row.attempts, failure.kind)),
          });
        }
        return 'retried';
      }
      const refused = failure.kind === 'permanent' || failure.kind === 'fixable';
      const refusals = row.permanentFailures + (refused ? 1 : 0);
      const trouble = (state: DeliveryTrouble['state']): DeliveryTrouble => ({
        reader: row.channel,
        problem: deliveryProblemOf(failure.error),
        error: failure.error,
        state,
      });
      if (refused && refusals >= (failure.kind === 'fixable' ? maxFixableFailures : maxPermanentFailures)) {
        logger.warn(`outbox ${row.idempotencyKey} is dead after ${refusals} refusals: ${failure.error}`);
        await settleRefused(row, { status: 'dead', lastError: failure.error, permanentFailures: refusals }, trouble('dead'));
        return 'dead';
      }
      const waitSeconds =
        failure.kind === 'rate_limited'
          ? failure.retryAfterSeconds
          : failure.kind === 'fixable'
            ? retryDelaySeconds(refusals, failure.kind)
            : // A refusal is retried slowly: it heals only when someone fixes the channel or the bot's membership.
              retryDelaySeconds(failure.kind === 'permanent' ? row.permanentFailures + 4 : row.attempts, failure.kind);
      const retry: PgUpdateSetSource<typeof outbox> = {
        status: 'pending',
        lastError: failure.error,
        notBefore: inSeconds(waitSeconds),
        permanentFailures: refusals,
        maybeSent: row.maybeSent || (failure.kind === 'transient' && failure.uncertain),
        // A rate limit is Slack pacing us, not a failure of this message.
        ...(failure.kind === 'rate_limited' ? { attempts: row.attempts - 1 } : {}),
      };
      if (failure.kind === 'fixable') await settleRefused(row, retry, trouble('retrying'));
      else await settle(row, retry);
      if (failure.kind === 'rate_limited') {
        rateLimited = true;
        await db
          .update(outboxChannelPace)
          .set({ nextSendAt: inSeconds(waitSeconds) })
          .where(eq(outboxChannelPace.channel, row.channel));
      }
      return 'retried';
    }
  }

  async function dispatchOnce(windowSeconds = noticeWindowSeconds): Promise<DispatchReport> {
    rateLimited = false;
    if (noticeWindowSeconds > 0) await gatherNotices(db, windowSeconds);
    const claimedAt = { monotonic: performance.now(), wall: Date.now() };
    const rows = await claim(windowSeconds);
    // One message's trouble (even a database error recording it) never loses the others' outcomes.
    const outcomes = await Promise.allSettled(rows.map((row) => deliver(row, claimedAt)));
    // Cut once per limited second: the passes right after a cut still meet the same second's
    // limit, and cutting again for each of them starved the sends (halving down to one).
    if (rateLimited && Date.now() >= cutAgainAfter) {
      batchSize = Math.max(1, batchSize / 2);
      cutAgainAfter = Date.now() + 1000;
    } else if (!rateLimited) batchSize = Math.min(maxBatch, batchSize + 1);
    for (const outcome of outcomes)
      if (outcome.status === 'rejected') logger.error(`outbox delivery failed: ${errorMessage(outcome.reason)}`);
    const count = (kind: string) => outcomes.filter((o) => o.status === 'fulfilled' && o.value === kind).length;
    return { claimed: rows.length, sent: count('sent'), retried: count('retried'), dead: count('dead') };
  }

  /** How many messages still wait, and in how many seconds the first may go. */
  async function remaining(): Promise<{ count: number; waitSeconds: number | null }> {
    const [row] = await readRows<{ count: number; waitSeconds: number | null }>(
      db,
      sql`select count(*)::int as count, extract(epoch from (min(not_before) - now()))::float8 as "waitSeconds"
          from ${outbox} where status in ('pending', 'sending')`,
    );
    return { count: Number(row?.count ?? 0), waitSeconds: row?.waitSeconds == null ? null : Number(row.waitSeconds) };
  }

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = true;
  let inPass = false;
  let nudged = false;
  let pollInterval = 500;

  // One pass at a time per instance: a nudge during a pass asks for another right after it.
  const loop = () => {
    if (stopped) return;
    inPass = true;
    nudged = false;
    running = dispatchOnce()
      .then((report) => report.claimed)
      .catch((error: unknown) => {
        logger.error(`outbox pass failed: ${errorMessage(error)}`);
        return 0;
      })
      .then((claimed) => {
        inPass = false;
        if (!stopped) timer = setTimeout(loop, claimed > 0 || nudged ? 0 : pollInterval);
      });
  };

  return {
    dispatchOnce: () => dispatchOnce(),
    async drain(deadlineMs, drainOptions) {
      const windowSeconds = drainOptions?.windowElapsed ? 0 : noticeWindowSeconds;
      while (Date.now() < deadlineMs) {
        const report = await dispatchOnce(windowSeconds);
        if (report.claimed > 0) continue;
        const left = await remaining();
        if (left.count === 0) return true;
        const waitMs = left.waitSeconds === null ? 200 : Math.max(50, Math.min(1000, left.waitSeconds * 1000));
        await new Promise((resolve) => setTimeout(resolve, Math.min(waitMs, Math.max(0, deadlineMs - Date.now()))));
      }
      return (await remaining()).count === 0;
    },
    start(pollMs = 500) {
      pollInterval = pollMs;
      if (!stopped) return;
      stopped = false;
      loop();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
    nudge() {
      if (stopped) return;
      if (inPass) {
        nudged = true;
        return;
      }
      clearTimeout(timer);
      timer = setTimeout(loop, 0);
    },
  };
}
