import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { jsonValue } from '../../src/db/read-rows.js';
import { outbox } from '../../src/db/schema.js';
import type { MessageNotice, PostedNotice } from '../../src/domain/notices.js';
import type { PrepareDelivery } from '../../src/outbox/delivery.js';
import type { DispatcherOptions } from '../../src/outbox/dispatcher.js';
import { gatherNotices } from '../../src/outbox/gather-notices.js';
import { keyOfMetadata } from '../../src/outbox/message-key.js';
import { enqueueNotices } from '../../src/services/shared/enqueue-notices.js';
import { prepareDelivery } from '../../src/slack/deliveries/prepare-delivery.js';
import type { SlackStandIn } from '../../tools/slack-stand-in/server.js';
import { closeOutboxWorld, deliveriesByKey, emptyOutbox, openOutboxWorld, queueNudges, testDispatcher } from '../support/outbox.js';
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

const dispatcher = (options: Partial<DispatcherOptions> = {}) =>
  testDispatcher(database.db, standIn, { noticeWindowSeconds: 120, ...options });

const rows = () => database.db.select().from(outbox).orderBy(outbox.id);

/**
 * Every notice queued, and the delivered message that carries it: the notice's own, or the one
 * its row is gathered into, whose payload must name it. Fails on a notice carried twice or not at all.
 */
async function carriers(): Promise<Map<string, string>> {
  const all = await rows();
  const byId = new Map(all.map((row) => [row.id, row]));
  const carried = new Map<string, string>();
  for (const row of all) {
    const notice = jsonValue<PostedNotice>(row.payload);
    if (notice.type === 'gathered') continue;
    const carrier = row.gatheredInto === null ? row : byId.get(row.gatheredInto);
    expect(carrier?.status, row.idempotencyKey).toBe('sent');
    if (carrier !== row) {
      const keys = jsonValue<PostedNotice & { items: Array<{ key: string }> }>(carrier!.payload).items.map((item) => item.key);
      expect(keys).toContain(row.idempotencyKey);
    }
    carried.set(row.idempotencyKey, carrier!.idempotencyKey);
  }
  // No gathered message carries a notice whose row points elsewhere.
  for (const row of all) {
    const notice = jsonValue<PostedNotice>(row.payload);
    if (notice.type !== 'gathered') continue;
    for (const item of notice.items) expect(carried.get(item.key)).toBe(row.idempotencyKey);
  }
  return carried;
}

const posted = () => deliveriesByKey(standIn);

describe('gathering notices to one reader', () => {
  it('waits the notice window, then sends what one reader got in it as one message, and a lone notice as itself', async () => {
    await queue([
      { key: 'n1', channel: 'UHAN' },
      { key: 'n2', channel: 'UHAN' },
      { key: 'n3', channel: 'UHAN' },
      { key: 'lone', channel: 'ULIA' },
    ]);
    const d = dispatcher();
    // Within the window nothing that gathers goes.
    expect(await d.dispatchOnce()).toMatchObject({ claimed: 0 });
    expect(await d.drain(Date.now() + 10_000, { windowElapsed: true })).toBe(true);
    const sent = standIn.callsTo('chat.postMessage');
    expect(sent.map((call) => call.args.channel).sort()).toEqual(['UHAN', 'ULIA']);
    const toHandler = sent.find((call) => call.args.channel === 'UHAN')!;
    const words = JSON.stringify(toHandler.args.blocks);
    for (const code of ['n1', 'n2', 'n3']) expect(words).toContain(code);
    expect(String(toHandler.args.text)).toContain('3 件');
    const carried = await carriers();
    expect(carried.get('lone')).toBe('lone');
    expect(new Set(['n1', 'n2', 'n3'].map((key) => carried.get(key))).size).toBe(1);
  });

  it('gathers for every reader of a burst that reached more readers than one pass gathers for', async () => {
    await queue(Array.from({ length: 180 }, (_, i) => ({ key: `r${i}`, channel: `U${1000 + (i % 90)}` })));
    expect(await dispatcher().drain(Date.now() + 20_000, { windowElapsed: true })).toBe(true);
    const sent = standIn.callsTo('chat.postMessage');
    expect(sent).toHaveLength(90);
    expect(new Set(sent.map((call) => call.args.channel)).size).toBe(90);
    expect((await carriers()).size).toBe(180);
  });

  it('sends each at once when the window is 0', async () => {
    await queue([
      { key: 'a1', channel: 'UHAN' },
      { key: 'a2', channel: 'UHAN' },
    ]);
    expect(await dispatcher({ noticeWindowSeconds: 0 }).drain(Date.now() + 10_000)).toBe(true);
    expect([...posted().keys()].sort()).toEqual(['a1', 'a2']);
  });

  it('sends a batch gathered by an instance that died before sending it once, with no notice of it alone', async () => {
    await queue(Array.from({ length: 5 }, (_, i) => ({ key: `c${i}`, channel: 'UHAN' })));
    expect(await gatherNotices(database.db, 0)).toBe(1);
    expect(await dispatcher({ instanceId: 'survivor' }).drain(Date.now() + 10_000, { windowElapsed: true })).toBe(true);
    expect([...posted().values()]).toEqual([1]);
    expect(new Set((await carriers()).values()).size).toBe(1);
  });

  it('carries every notice in exactly one delivered message with two instances and 30% of calls failing', async () => {
    await queue(Array.from({ length: 60 }, (_, i) => ({ key: `m${i}`, channel: ['UHAN', 'ULIA', 'CWATER', `U${i}`][i % 4]! })));
    standIn.setRandomFailures({ rate: 0.3, seed: 11 });
    const [a, b] = [dispatcher({ instanceId: 'a' }), dispatcher({ instanceId: 'b' })];
    const done = await Promise.all([
      a.drain(Date.now() + 25_000, { windowElapsed: true }),
      b.drain(Date.now() + 25_000, { windowElapsed: true }),
    ]);
    expect(done).toEqual([true, true]);
    expect(standIn.calls.some((call) => call.injected)).toBe(true);
    expect([...posted().values()].every((n) => n === 1)).toBe(true);
    const carried = await carriers();
    expect(carried.size).toBe(60);
    // The three shared readers got one message each; the rest their one notice.
    expect(
      standIn.callsTo('chat.postMessage').filter((call) => ['UHAN', 'ULIA', 'CWATER'].includes(String(call.args.channel))),
    ).toHaveLength(3);
  });

  it('skips a reader Slack no longer knows, and delivers the others’ gathered messages', async () => {
    standIn.addUnknownChannel('UGONE');
    await queue([
      { key: 'g1', channel: 'UGONE' },
      { key: 'g2', channel: 'UGONE' },
      { key: 'h1', channel: 'UHAN' },
      { key: 'h2', channel: 'UHAN' },
    ]);
    const d = dispatcher();
    for (let pass = 0; pass < 6; pass += 1) {
      await d.drain(Date.now() + 2_000, { windowElapsed: true });
      // Time passes: a refused message waits long between tries.
      await database.db.update(outbox).set({ notBefore: sql`now() - interval '1 second'` }).where(eq(outbox.status, 'pending'));
    }
    const gatheredRows = (await rows()).filter((row) => row.idempotencyKey.startsWith('gathered:'));
    expect(gatheredRows.map((row) => [row.channel, row.status, row.lastError])).toEqual([
      ['UGONE', 'dead', 'channel_not_found'],
      ['UHAN', 'sent', null],
    ]);
    expect(standIn.callsTo('chat.postMessage').map((call) => call.args.channel)).toEqual(['UHAN']);
  });

  it('splits a gathered message Slack refuses as too long, until each part is taken, and drops nothing', async () => {
    // Twelve: the halves are refused and split again, each part under a key of its own.
    await queue(Array.from({ length: 12 }, (_, i) => ({ key: `s${i}`, channel: 'UHAN' })));
    // A rendering of about 3,000 characters a notice: Slack takes four at most (13,000 in all).
    const bulky: PrepareDelivery = async (catalog, key, notice, context) => {
      const items = notice.type === 'gathered' ? notice.items : [{ key, notice }];
      const real = await prepareDelivery(catalog, key, notice, context);
      return {
        isIn: real.isIn,
        send: (client, channel) =>
          client.chat
            .postMessage({
              channel,
              text: items.map((item) => item.key).join(' '),
              blocks: items.map((item) => ({ type: 'section', text: { type: 'mrkdwn', text: `${item.key} ${'字'.repeat(2900)}` } })),
              metadata: { event_type: 'duban_outbox', event_payload: { key } },
            })
            .then((response) => ({ ts: response.ts, channel: response.channel })),
      };
    };
    expect(await dispatcher({ prepare: bulky }).drain(Date.now() + 10_000, { windowElapsed: true })).toBe(true);
    const refused = standIn.calls.filter((call) => call.method === 'chat.postMessage' && call.error === 'msg_blocks_too_long');
    expect(refused.length).toBeGreaterThan(0);
    const texts = standIn.callsTo('chat.postMessage').map((call) => String(call.args.text).split(' '));
    expect(texts.flat().sort()).toEqual(Array.from({ length: 12 }, (_, i) => `s${i}`).sort());
    expect(texts.every((keys) => keys.length <= 4)).toBe(true);
    expect((await carriers()).size).toBe(12);
    expect((await rows()).filter((row) => row.status !== 'sent' && row.status !== 'gathered')).toEqual([]);
  });
});

describe('follow-ups in a unit channel’s thread', () => {
  const verdict: MessageNotice = {
    type: 'verdict_recorded',
    code: '2026-0001',
    title: '关于推进河湖长制的建议',
    unitName: '省水利厅',
    verdict: 'satisfied',
    note: '',
    recordedBy: 'USUP',
    outcome: 'closed',
    round: 1,
    statutoryDueOn: '2026-06-02',
    internalDueOn: '2026-05-18',
    openCommitments: 0,
  };
  const followUp = (parent: string) =>
    enqueueNotices(database.db, new Date(), [{ key: `verdict:${parent}`, channel: 'CWATER', notice: verdict, threadOf: parent }]);
  const postsTo = (channel: string) => standIn.callsTo('chat.postMessage').filter((call) => call.args.channel === channel);

  it('replies under the post that announced the suggestion, even when that post was gathered with others', async () => {
    await queue([
      { key: 'p1', channel: 'CWATER' },
      { key: 'p2', channel: 'CWATER' },
    ]);
    await followUp('p2');
    expect(await dispatcher().drain(Date.now() + 10_000, { windowElapsed: true })).toBe(true);
    const [announced, reply] = postsTo('CWATER');
    expect(keyOfMetadata(announced?.args.metadata)).toMatch(/^gathered:/);
    const announcedRow = (await rows()).find((r) => r.idempotencyKey === keyOfMetadata(announced?.args.metadata));
    const ts = (announcedRow?.result as { ts?: string } | undefined)?.ts;
    expect(ts).toBeDefined();
    expect(reply?.args.thread_ts).toBe(ts);
    const [row] = (await rows()).filter((r) => r.idempotencyKey === 'verdict:p2');
    expect(row).toMatchObject({ status: 'sent', result: { threadTs: ts } });
  });

  it('goes to the top level, once, when the post it follows is gone from the channel or was never sent', async () => {
    await queue([{ key: 'gone', channel: 'CWATER' }]);
    expect(await dispatcher().drain(Date.now() + 10_000, { windowElapsed: true })).toBe(true);
    standIn.reset(); // the channel's history no longer holds the post
    await followUp('gone');
    await followUp('never-queued');
    expect(await dispatcher().drain(Date.now() + 10_000)).toBe(true);
    const posted = postsTo('CWATER');
    expect(posted.map((call) => [keyOfMetadata(call.args.metadata), call.args.thread_ts])).toEqual([
      ['verdict:gone', undefined],
      ['verdict:never-queued', undefined],
    ]);
  });
});
