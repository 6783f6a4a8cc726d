import { WebClient } from '@slack/web-api';
import { eq, sql } from 'drizzle-orm';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { outbox } from '../../src/db/schema.js';
import type { NudgeNotice, RankingChartNotice } from '../../src/domain/notices.js';
import type { DispatcherOptions, DispatchReport } from '../../src/outbox/dispatcher.js';
import { keyOfMetadata } from '../../src/outbox/message-key.js';
import { enqueueNotices } from '../../src/services/shared/enqueue-notices.js';
import { prepareDelivery } from '../../src/slack/deliveries/prepare-delivery.js';
import type { SlackStandIn } from '../../tools/slack-stand-in/server.js';
import {
  closeOutboxWorld,
  deliveriesByKey as countDeliveries,
  emptyOutbox,
  nudgeNotice,
  openOutboxWorld,
  queueNudges,
  testDispatcher,
} from '../support/outbox.js';
import type { TestDatabase } from '../support/test-database.js';

let database: TestDatabase;
let standIn: SlackStandIn;
beforeAll(async () => {
  ({ database, standIn } = await openOutboxWorld());
});
afterAll(() => closeOutboxWorld(database, standIn));
beforeEach(async () => {
  await emptyOutbox(database, standIn);
});

const queue = (messages: Array<{ key: string; channel: string }>) => queueNudges(database.db, messages);

const dispatcher = (options: Partial<DispatcherOptions> = {}) => testDispatcher(database.db, standIn, options);
const deliveriesByKey = () => countDeliveries(standIn);

const rows = () => database.db.select().from(outbox).orderBy(outbox.id);

describe('outbox dispatcher', () => {
  it('sends each queued message once, rendered, with its key, and records Slack’s answer', async () => {
    await queue([
      { key: 'k1', channel: 'UALICE' },
      { key: 'k2', channel: 'CWATER' },
    ]);
    expect(await dispatcher().drain(Date.now() + 10_000)).toBe(true);
    expect(deliveriesByKey()).toEqual(
      new Map([
        ['k1', 1],
        ['k2', 1],
      ]),
    );
    const [dm] = standIn.callsTo('chat.postMessage');
    expect(dm?.args.text).toContain('省水利厅');
    expect(JSON.stringify(dm?.args.blocks)).toContain('关于推进河湖长制的建议');
    for (const row of await rows()) {
      expect(row.status).toBe('sent');
      expect(row.sentAt).not.toBeNull();
      expect((row.result as { ts?: string }).ts).toMatch(/^\d+\.\d+$/);
    }
    // Queuing the same key again is the same message: nothing new is sent.
    await queue([{ key: 'k1', channel: 'UALICE' }]);
    await dispatcher().drain(Date.now() + 5000);
    expect(standIn.callsTo('chat.postMessage')).toHaveLength(2);
  });

  it('waits as long as Retry-After says after a 429, then sends once', async () => {
    await queue([{ key: 'r1', channel: 'CWATER' }]);
    standIn.failNext('chat.postMessage', { kind: 'rate_limited', retryAfterSeconds: 2 });
    const d = dispatcher();
    const report = await d.dispatchOnce();
    expect(report).toMatchObject({ claimed: 1, retried: 1 });
    const [row] = await rows();
    expect(row).toMatchObject({ status: 'pending', lastError: 'ratelimited', attempts: 0 });
    expect(row!.notBefore.getTime() - Date.now()).toBeGreaterThan(1500);
    expect((await d.dispatchOnce()).claimed).toBe(0); // not before Retry-After
    const started = Date.now();
    expect(await d.drain(Date.now() + 10_000)).toBe(true);
    expect(Date.now() - started).toBeGreaterThan(1200);
    expect(deliveriesByKey()).toEqual(new Map([['r1', 1]]));
  });

  it('retries a 5xx, first checking the channel in case Slack posted it after all', async () => {
    await queue([{ key: 's1', channel: 'UBOB' }]);
    standIn.failNext('chat.postMessage', { kind: 'server_error' });
    expect(await dispatcher().drain(Date.now() + 10_000)).toBe(true);
    expect(deliveriesByKey()).toEqual(new Map([['s1', 1]]));
    expect(standIn.callsTo('conversations.history')).toHaveLength(1);
    expect((await rows())[0]).toMatchObject({ status: 'sent', maybeSent: false });
  });

  it('does not post twice when the first answer timed out but Slack had posted it', async () => {
    await queue([{ key: 't1', channel: 'CWATER' }]);
    standIn.failNext('chat.postMessage', { kind: 'timeout', ms: 600 });
    const d = dispatcher({
      client: new WebClient('xoxb-test', {
        slackApiUrl: standIn.url,
        retryConfig: { retries: 0 },
        rejectRateLimitedCalls: true,
        timeout: 200,
      }),
      retryDelaySeconds: () => 1,
    });
    expect(await d.drain(Date.now() + 10_000)).toBe(true);
    // The timed-out call was posted late; the retry found it and did not post again.
    expect(deliveriesByKey()).toEqual(new Map([['t1', 1]]));
    expect(standIn.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
    expect((await rows())[0]).toMatchObject({ status: 'sent' });
  });

  it('finds a delivery that more than a page of later messages has pushed down the channel', async () => {
    await queue([{ key: 'deep', channel: 'CWATER' }]);
    standIn.failNext('chat.postMessage', { kind: 'timeout', ms: 600 });
    const d = dispatcher({
      client: new WebClient('xoxb-test', {
        slackApiUrl: standIn.url,
        retryConfig: { retries: 0 },
        rejectRateLimitedCalls: true,
        timeout: 200,
      }),
      retryDelaySeconds: () => 1,
    });
    await d.dispatchOnce();
    // A busy channel: 250 messages from others after the one whose answer was lost.
    const others = new WebClient('xoxb-other', { slackApiUrl: standIn.url });
    for (let n = 0; n < 250; n += 1) await others.chat.postMessage({ channel: 'CWATER', text: `其他消息 ${n}` });
    expect(await d.drain(Date.now() + 10_000)).toBe(true);
    expect(standIn.calls.filter((c) => c.method === 'chat.postMessage' && keyOfMetadata(c.args.metadata) === 'deep')).toHaveLength(1);
    expect(standIn.callsTo('conversations.history')).toHaveLength(2);
    expect((await rows())[0]).toMatchObject({ status: 'sent' });
  });

  it('looks before posting again after an internal_error, which Slack may have served', async () => {
    await queue([{ key: 'ie1', channel: 'CWATER' }]);
    standIn.failNext('chat.postMessage', { kind: 'error', error: 'internal_error', served: true });
    const d = dispatcher({ retryDelaySeconds: () => 1 });
    expect(await d.drain(Date.now() + 10_000)).toBe(true);
    // Posted by the first call despite its error; the retry found it and did not post again.
    expect(standIn.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
    expect(standIn.callsTo('conversations.history')).toHaveLength(1);
    expect((await rows())[0]).toMatchObject({ status: 'sent' });
  });

  it('gives up on a message Slack keeps refusing without holding back the others', async () => {
    await queue([{ key: 'dead', channel: 'CDEAD' }]);
    standIn.failNext('chat.postMessage', { kind: 'error', error: 'invalid_arguments' }, 3);
    const d = dispatcher();
    for (let pass = 0; pass < 4; pass += 1) {
      await d.dispatchOnce();
      // Time passes: a refused message waits long between tries.
      await database.db.update(outbox).set({ notBefore: sql`now() - interval '1 second'` }).where(eq(outbox.status, 'pending'));
      if (pass === 2) await queue([{ key: 'fine', channel: 'CWATER' }]);
    }
    const byKey = Object.fromEntries((await rows()).map((r) => [r.idempotencyKey, r]));
    expect(byKey.fine).toMatchObject({ status: 'sent' });
    expect(byKey.dead).toMatchObject({ status: 'dead', lastError: 'invalid_arguments', permanentFailures: 3 });
    expect(standIn.calls.filter((c) => c.method === 'chat.postMessage' && c.args.channel === 'CDEAD')).toHaveLength(3);
  });

  it('keeps trying a channel that cannot be found, as someone can put it right, without holding back the others', async () => {
    standIn.addUnknownChannel('CGONE');
    await queue([
      { key: 'waits', channel: 'CGONE' },
      { key: 'fine', channel: 'CWATER' },
    ]);
    const d = dispatcher();
    for (let pass = 0; pass < 5; pass += 1) {
      await d.dispatchOnce();
      await database.db.update(outbox).set({ notBefore: sql`now() - interval '1 second'` }).where(eq(outbox.status, 'pending'));
    }
    const byKey = Object.fromEntries((await rows()).map((r) => [r.idempotencyKey, r]));
    expect(byKey.fine).toMatchObject({ status: 'sent' });
    expect(byKey.waits).toMatchObject({ status: 'pending', lastError: 'channel_not_found', permanentFailures: 5 });
  });

  it('paces one channel to a message a second while other channels go at once', async () => {
    await queue([
      { key: 'p1', channel: 'CWATER' },
      { key: 'p2', channel: 'CWATER' },
      { key: 'p3', channel: 'CWATER' },
      { key: 'q1', channel: 'CCIVIL' },
    ]);
    expect(await dispatcher({ channelIntervalMs: 1000 }).drain(Date.now() + 10_000)).toBe(true);
    const water = standIn.callsTo('chat.postMessage').filter((c) => c.args.channel === 'CWATER');
    expect(water).toHaveLength(3);
    // Claims are a second apart; arrival times carry a little network and scheduling jitter.
    for (let i = 1; i < water.length; i += 1) expect(water[i]!.at - water[i - 1]!.at).toBeGreaterThanOrEqual(900);
    expect(water[2]!.at - water[0]!.at).toBeGreaterThanOrEqual(1900);
    const civil = standIn.callsTo('chat.postMessage').find((c) => c.args.channel === 'CCIVIL')!;
    expect(Math.abs(civil.at - water[0]!.at)).toBeLessThan(900);
  });

  it('never lets one channel’s backlog hold the other channels back', async () => {
    await queue(Array.from({ length: 150 }, (_, i) => ({ key: `busy${i}`, channel: 'CBUSY' })));
    await queue([{ key: 'other', channel: 'COTHER' }]);
    const report = await dispatcher({ channelIntervalMs: 1000 }).dispatchOnce();
    expect(report.sent).toBe(2);
    expect(deliveriesByKey()).toEqual(
      new Map([
        ['busy0', 1],
        ['other', 1],
      ]),
    );
  });

  it('holds back a notice it cannot render, without holding back the others', async () => {
    await enqueueNotices(database.db, new Date(), [
      { key: 'future', channel: 'CWATER', notice: { type: 'from_a_newer_version' } as unknown as NudgeNotice },
      { key: 'fine', channel: 'CCIVIL', notice: nudgeNotice('fine') },
    ]);
    const report = await dispatcher().dispatchOnce();
    expect(report).toMatchObject({ claimed: 2, sent: 1, retried: 1 });
    const byKey = Object.fromEntries((await rows()).map((r) => [r.idempotencyKey, r]));
    expect(byKey.future).toMatchObject({ status: 'pending', lastError: 'unrenderable' });
    expect(byKey.future!.notBefore.getTime() - Date.now()).toBeGreaterThan(30_000);
    expect(byKey.fine).toMatchObject({ status: 'sent' });
  });

  it('lets a claim that ran out neither post again nor overwrite the outcome of the instance that took over', async () => {
    await queue([{ key: 'slow', channel: 'CWATER' }]);
    // Slack takes the message at once but answers after 3 s; the first instance gives up after 2 s.
    standIn.failNext('chat.postMessage', { kind: 'timeout', ms: 3000 });
    const first = dispatcher({
      instanceId: 'first',
      leaseSeconds: 1,
      client: new WebClient('xoxb-test', {
        slackApiUrl: standIn.url,
        retryConfig: { retries: 0 },
        rejectRateLimitedCalls: true,
        timeout: 2000,
      }),
    });
    const firstPass = first.dispatchOnce();
    await new Promise((resolve) => setTimeout(resolve, 1300));
    // The lease ran out: another instance takes the row, finds the message already in the channel.
    const second = await dispatcher({ instanceId: 'second' }).dispatchOnce();
    expect(second).toMatchObject({ claimed: 1, sent: 1 });
    await firstPass;
    expect(standIn.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
    expect((await rows())[0]).toMatchObject({ status: 'sent', claimedBy: 'second' });
  });

  it('sends nothing when the claim ran out while the message was being prepared', async () => {
    await queue([{ key: 'slow-render', channel: 'CWATER' }]);
    let taken: Promise<DispatchReport> | undefined;
    const first = dispatcher({
      instanceId: 'first',
      leaseSeconds: 1,
      // A slow render (a large ledger): the lease runs out and another instance takes the row.
      prepare: async (...args) => {
        await new Promise((resolve) => setTimeout(resolve, 1300));
        taken = dispatcher({ instanceId: 'second' }).dispatchOnce();
        await taken;
        return prepareDelivery(...args);
      },
    });
    expect(await first.dispatchOnce()).toMatchObject({ claimed: 1, sent: 0 });
    expect(await taken).toMatchObject({ claimed: 1, sent: 1 });
    expect(standIn.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
    expect((await rows())[0]).toMatchObject({ status: 'sent', claimedBy: 'second' });
  });

  it('delivers every message exactly once with two dispatchers and 30% of calls failing', async () => {
    const messages = Array.from({ length: 40 }, (_, i) => ({ key: `m${i}`, channel: i % 2 ? `U${100 + i}` : `C${200 + (i % 5)}` }));
    await queue(messages);
    standIn.setRandomFailures({ rate: 0.3, seed: 7 });
    const [a, b] = [dispatcher({ instanceId: 'a' }), dispatcher({ instanceId: 'b' })];
    const done = await Promise.all([a.drain(Date.now() + 25_000), b.drain(Date.now() + 25_000)]);
    expect(done).toEqual([true, true]);
    expect(standIn.calls.some((c) => c.injected)).toBe(true);
    const counts = deliveriesByKey();
    expect(counts.size).toBe(40);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect((await rows()).every((r) => r.status === 'sent')).toBe(true);
  });

  it('shares a chart as a PNG through the upload flow, once, even when the share’s answer timed out', async () => {
    const chart: RankingChartNotice = {
      type: 'ranking_chart',
      period: { kind: 'week', from: '2026-11-16', to: '2026-11-22' },
      bars: [
        { unitName: '省水利厅', score: 96.5, idle: false, change: 1 },
        { unitName: '省民政厅', score: 71, idle: false, change: -1 },
      ],
    };
    await enqueueNotices(database.db, new Date(), [{ key: 'weekly-chart:2026-11-16:COFFICE', channel: 'COFFICE', notice: chart }]);
    standIn.failNext('files.completeUploadExternal', { kind: 'timeout', ms: 600 });
    const d = dispatcher({
      client: new WebClient('xoxb-test', {
        slackApiUrl: standIn.url,
        retryConfig: { retries: 0 },
        rejectRateLimitedCalls: true,
        timeout: 200,
      }),
      retryDelaySeconds: () => 1,
    });
    expect(await d.drain(Date.now() + 15_000)).toBe(true);

    // Shared once: the retry found the late share in the channel and did not upload again.
    expect(standIn.callsTo('files.getUploadURLExternal')).toHaveLength(1);
    const [complete, ...again] = standIn.calls.filter((call) => call.method === 'files.completeUploadExternal');
    expect(again).toEqual([]);
    expect(complete?.args).toMatchObject({ channel_id: 'COFFICE', initial_comment: expect.stringContaining('2 个单位') });
    const fileId = (complete!.args.files as Array<{ id: string }>)[0]!.id;
    const uploaded = standIn.uploadedFile(fileId);
    expect(uploaded?.filename).toBe('单位得分-2026-11-16.png');
    const image = PNG.sync.read(uploaded!.data);
    expect(image.width).toBeGreaterThan(600);
    expect(standIn.callsTo('chat.postMessage')).toEqual([]);
    expect((await rows())[0]).toMatchObject({ status: 'sent', method: 'files.completeUploadExternal' });
  });

  it('shares a file with a person in the bot’s DM with them, which Slack requires (a person’s ID is refused)', async () => {
    const chart: RankingChartNotice = {
      type: 'ranking_chart',
      period: { kind: 'week', from: '2026-11-16', to: '2026-11-22' },
      bars: [{ unitName: '省水利厅', score: 96.5, idle: false, change: 0 }],
    };
    // No supervision channel: the office's supervisors get the chart each in their DM.
    await enqueueNotices(database.db, new Date(), [{ key: 'weekly-chart:2026-11-16:USUP', channel: 'USUP', notice: chart }]);
    standIn.failNext('files.completeUploadExternal', { kind: 'timeout', ms: 600 });
    const d = dispatcher({
      client: new WebClient('xoxb-test', {
        slackApiUrl: standIn.url,
        retryConfig: { retries: 0 },
        rejectRateLimitedCalls: true,
        timeout: 200,
      }),
      retryDelaySeconds: () => 1,
    });
    expect(await d.drain(Date.now() + 15_000)).toBe(true);

    const shares = standIn.calls.filter((call) => call.method === 'files.completeUploadExternal');
    expect(shares.map((call) => call.args.channel_id)).toEqual(['DSUP']);
    expect(shares.every((call) => call.ok)).toBe(true);
    // The retry after the timeout looked in the same DM and found the share there.
    expect(standIn.callsTo('conversations.history').map((call) => call.args.channel)).toEqual(['DSUP']);
    expect((await rows())[0]).toMatchObject({ status: 'sent', method: 'files.completeUploadExternal' });
  });
});
