// The only code that sends to Slack after the ack. Each instance claims ready rows under a lease
// (FOR UPDATE SKIP LOCKED, so instances never take the same row), paces each channel through a
// shared table, and records every outcome on the row.
import type { Logger, WebClient } from '@slack/web-api';
import { and, asc, eq, inArray, lte, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { outbox, outboxChannelPace } from '../db/schema.js';
import type { Notice } from '../domain/notices.js';
import type { Catalog } from '../slack/i18n/index.js';
import { noticeMessage } from '../slack/views/notice.js';
import { backoffSeconds, classifyDeliveryFailure, maxPermanentFailures } from './delivery-failure.js';

export interface DispatcherOptions {
  db: Database;
  client: WebClient;
  catalog: Catalog;
  instanceId: string;
  logger: Logger;
  now?: () => Date;
  batchSize?: number;
  leaseSeconds?: number;
  channelIntervalMs?: number;
  /** Wait before retry number n (1, 2, …); default exponential from 2 s to 10 min. */
  retryDelaySeconds?: (n: number) => number;
}

export interface DispatchReport {
  claimed: number;
  sent: number;
  retried: number;
  dead: number;
}

type OutboxRow = typeof outbox.$inferSelect;

export interface Dispatcher {
  /** Claims and sends one batch; what it did. */
  dispatchOnce(): Promise<DispatchReport>;
  /** Sends until nothing is left to send, or the deadline passes; true when the outbox is empty. */
  drain(deadlineMs: number): Promise<boolean>;
  start(pollMs?: number): void;
  /** Stops polling and waits for the messages in flight to be recorded. */
  stop(): Promise<void>;
  /** Asks for a pass soon (after a change queued messages). */
  nudge(): void;
}

export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const { db, client, catalog, instanceId, logger } = options;
  const now = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? 50;
  const leaseSeconds = options.leaseSeconds ?? 60;
  const channelIntervalMs = options.channelIntervalMs ?? 1000;
  const retryDelaySeconds = options.retryDelaySeconds ?? ((n: number) => backoffSeconds(n));
  const plusMs = (date: Date, ms: number) => new Date(date.getTime() + ms);

  async function claim(): Promise<OutboxRow[]> {
    const at = now();
    return db.transaction(async (tx) => {
      const ready = await tx
        .select({ id: outbox.id, channel: outbox.channel })
        .from(outbox)
        .where(
          and(
            lte(outbox.notBefore, at),
            or(eq(outbox.status, 'pending'), and(eq(outbox.status, 'sending'), lte(outbox.leaseUntil, at))),
          ),
        )
        .orderBy(asc(outbox.id))
        .limit(batchSize * 4)
        .for('update', { skipLocked: true });
      // One message per channel per pass: the channel's pace decides when the next may go.
      const firstPerChannel = new Map<string, number>();
      for (const row of ready) if (!firstPerChannel.has(row.channel)) firstPerChannel.set(row.channel, row.id);
      const channels = [...firstPerChannel.keys()].slice(0, batchSize);
      if (channels.length === 0) return [];
      await tx
        .insert(outboxChannelPace)
        .values(channels.map((channel) => ({ channel, nextSendAt: at })))
        .onConflictDoNothing();
      const open = await tx
        .select({ channel: outboxChannelPace.channel })
        .from(outboxChannelPace)
        .where(and(inArray(outboxChannelPace.channel, channels), lte(outboxChannelPace.nextSendAt, at)))
        .for('update', { skipLocked: true });
      if (open.length === 0) return [];
      const openChannels = open.map((row) => row.channel);
      await tx
        .update(outboxChannelPace)
        .set({ nextSendAt: plusMs(at, channelIntervalMs) })
        .where(inArray(outboxChannelPace.channel, openChannels));
      return tx
        .update(outbox)
        .set({
          status: 'sending',
          leaseUntil: plusMs(at, leaseSeconds * 1000),
          attempts: sql`${outbox.attempts} + 1`,
          claimedBy: instanceId,
          firstAttemptAt: sql`coalesce(${outbox.firstAttemptAt}, ${at.toISOString()}::timestamptz)`,
          // A row still 'sending' here was claimed by an instance that died mid-send.
          maybeSent: sql`${outbox.maybeSent} or ${outbox.status} = 'sending'`,
        })
        .where(inArray(outbox.id, openChannels.map((channel) => firstPerChannel.get(channel)!)))
        .returning();
    });
  }

  /** After an attempt with no clear answer: the message, if Slack posted it, carries our key. */
  async function findDelivered(row: OutboxRow): Promise<{ ts: string; channel: string } | undefined> {
    const isUser = /^[UW]/.test(row.channel);
    const channel = isUser ? (await client.conversations.open({ users: row.channel })).channel?.id : row.channel;
    if (!channel) return undefined;
    const since = (row.firstAttemptAt ?? row.createdAt).getTime() / 1000 - 60;
    const history = await client.conversations.history({ channel, oldest: since.toFixed(6), limit: 200, include_all_metadata: true });
    const found = history.messages?.find(
      (message) => (message.metadata?.event_payload as { key?: string } | undefined)?.key === row.idempotencyKey,
    );
    return found?.ts ? { ts: found.ts, channel } : undefined;
  }

  async function markSent(row: OutboxRow, result: { ts?: string | undefined; channel?: string | undefined }) {
    await db
      .update(outbox)
      .set({ status: 'sent', sentAt: now(), leaseUntil: null, lastError: null, maybeSent: false, result })
      .where(eq(outbox.id, row.id));
  }

  async function deliver(row: OutboxRow): Promise<'sent' | 'retried' | 'dead'> {
    const message = noticeMessage(catalog, row.payload as Notice);
    try {
      const earlier = row.maybeSent ? await findDelivered(row) : undefined;
      if (earlier) {
        await markSent(row, earlier);
        return 'sent';
      }
      const response = await client.chat.postMessage({
        channel: row.channel,
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false,
        // The key travels with the message so a delivery can be recognised in the channel later.
        metadata: { event_type: 'duban_outbox', event_payload: { key: row.idempotencyKey } },
      });
      await markSent(row, { ts: response.ts, channel: response.channel });
      return 'sent';
    } catch (error) {
      const failure = classifyDeliveryFailure(error);
      const at = now();
      if (failure.kind === 'permanent' && row.permanentFailures + 1 >= maxPermanentFailures) {
        logger.warn(`outbox ${row.idempotencyKey} is dead after ${maxPermanentFailures} refusals: ${failure.error}`);
        await db
          .update(outbox)
          .set({ status: 'dead', leaseUntil: null, lastError: failure.error, permanentFailures: row.permanentFailures + 1 })
          .where(eq(outbox.id, row.id));
        return 'dead';
      }
      const waitSeconds =
        failure.kind === 'rate_limited'
          ? failure.retryAfterSeconds
          : // A refusal is retried slowly: it heals only when someone fixes the channel or the bot's membership.
            retryDelaySeconds(failure.kind === 'permanent' ? row.permanentFailures + 4 : row.attempts);
      await db
        .update(outbox)
        .set({
          status: 'pending',
          leaseUntil: null,
          lastError: failure.error,
          notBefore: plusMs(at, waitSeconds * 1000),
          permanentFailures: row.permanentFailures + (failure.kind === 'permanent' ? 1 : 0),
          maybeSent: row.maybeSent || (failure.kind === 'transient' && failure.uncertain),
          // A rate limit is Slack pacing us, not a failure of this message.
          ...(failure.kind === 'rate_limited' ? { attempts: sql`${outbox.attempts} - 1` } : {}),
        })
        .where(eq(outbox.id, row.id));
      if (failure.kind === 'rate_limited') {
        await db
          .update(outboxChannelPace)
          .set({ nextSendAt: plusMs(at, waitSeconds * 1000) })
          .where(eq(outboxChannelPace.channel, row.channel));
      }
      return 'retried';
    }
  }

  async function dispatchOnce(): Promise<DispatchReport> {
    const rows = await claim();
    const outcomes = await Promise.all(rows.map(deliver));
    return {
      claimed: rows.length,
      sent: outcomes.filter((o) => o === 'sent').length,
      retried: outcomes.filter((o) => o === 'retried').length,
      dead: outcomes.filter((o) => o === 'dead').length,
    };
  }

  async function remaining(): Promise<{ count: number; nextAt: Date | null }> {
    const [row] = await db
      .select({ count: sql<number>`count(*)::int`, nextAt: sql<string | null>`min(${outbox.notBefore})` })
      .from(outbox)
      .where(inArray(outbox.status, ['pending', 'sending']));
    return { count: row?.count ?? 0, nextAt: row?.nextAt ? new Date(row.nextAt) : null };
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
        logger.error(`outbox pass failed: ${String(error)}`);
        return 0;
      })
      .then((claimed) => {
        inPass = false;
        if (!stopped) timer = setTimeout(loop, claimed > 0 || nudged ? 0 : pollInterval);
      });
  };

  return {
    dispatchOnce,
    async drain(deadlineMs) {
      while (Date.now() < deadlineMs) {
        const report = await dispatchOnce();
        if (report.claimed > 0) continue;
        const left = await remaining();
        if (left.count === 0) return true;
        const waitMs = left.nextAt ? Math.max(50, Math.min(1000, left.nextAt.getTime() - now().getTime())) : 200;
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
