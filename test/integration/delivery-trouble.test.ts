// A message Slack refuses never dies silently: a refusal someone can put right (the bot not yet
// invited to a unit's channel) is retried for about a day and the office is told once, in plain
// words; whatever dies is told too, and goes as soon as it is put right, once.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { outbox, supervisors } from '../../src/db/schema.js';
import { maxFixableFailures } from '../../src/outbox/delivery-failure.js';
import type { DispatcherOptions } from '../../src/outbox/dispatcher.js';
import { tellDeliveryTrouble } from '../../src/services/deliveries/tell-delivery-trouble.js';
import { enqueueNotices } from '../../src/services/shared/enqueue-notices.js';
import type { SlackStandIn } from '../../tools/slack-stand-in/server.js';
import { joinOffice } from '../support/fixtures.js';
import {
  closeOutboxWorld,
  deliveriesByKey,
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
  await database.db.delete(supervisors);
  await joinOffice(database.db, ['USUP1', 'USUP2']);
});

const queue = (messages: Array<{ key: string; channel: string }>) => queueNudges(database.db, messages);

const dispatcher = (options: Partial<DispatcherOptions> = {}) =>
  testDispatcher(database.db, standIn, {
    onTrouble: (tx, trouble) => tellDeliveryTrouble(tx, new Date(), 'Asia/Shanghai', trouble),
    ...options,
  });

/** One pass, then the waits of everything pending over: as if the next try were due. */
async function passAndWait(d: ReturnType<typeof dispatcher>) {
  await d.dispatchOnce();
  await database.db.update(outbox).set({ notBefore: sql`now() - interval '1 second'` }).where(eq(outbox.status, 'pending'));
}

const postsTo = (channel: string) => standIn.callsTo('chat.postMessage').filter((call) => call.args.channel === channel);
const textsTo = (channel: string) => postsTo(channel).map((call) => String(call.args.text));
const statusOf = async (key: string) => (await database.db.select().from(outbox).where(eq(outbox.idempotencyKey, key)))[0];

describe('a message Slack refuses', () => {
  it('waits for the bot to be invited, tells the office once, and then goes, each once', async () => {
    standIn.setBotInChannel('CWATER', false);
    await queue([
      { key: 'a', channel: 'CWATER' },
      { key: 'b', channel: 'CWATER' },
      { key: 'fine', channel: 'CCIVIL' },
    ]);
    const d = dispatcher();
    for (let pass = 0; pass < 6; pass += 1) await passAndWait(d);
    expect(await statusOf('a')).toMatchObject({ status: 'pending', lastError: 'not_in_channel' });
    expect(await statusOf('fine')).toMatchObject({ status: 'sent' });
    // Each supervisor is told once, however many tries and messages, of what to do.
    for (const supervisor of ['USUP1', 'USUP2']) {
      expect(textsTo(supervisor)).toEqual([expect.stringContaining('机器人不在 <#CWATER> 中，发往该频道的 2 条消息暂时发不出去')]);
      expect(textsTo(supervisor)[0]).toContain('/invite');
    }

    standIn.setBotInChannel('CWATER', true);
    await passAndWait(d);
    await passAndWait(d);
    expect(await statusOf('a')).toMatchObject({ status: 'sent' });
    expect(await statusOf('b')).toMatchObject({ status: 'sent' });
    const sent = deliveriesByKey(standIn);
    expect([sent.get('a'), sent.get('b'), sent.get('fine')]).toEqual([1, 1, 1]);
  });

  it('is given up after about a day of tries, and the office told again that it must be resent', async () => {
    standIn.addUnknownChannel('CGONE');
    await queue([{ key: 'lost', channel: 'CGONE' }]);
    const d = dispatcher();
    for (let pass = 0; pass < maxFixableFailures; pass += 1) await passAndWait(d);
    expect(await statusOf('lost')).toMatchObject({ status: 'dead', lastError: 'channel_not_found', permanentFailures: maxFixableFailures });
    expect(postsTo('CGONE')).toHaveLength(0);
    expect(standIn.calls.filter((call) => call.method === 'chat.postMessage' && call.args.channel === 'CGONE')).toHaveLength(
      maxFixableFailures,
    );
    await passAndWait(d);
    const told = textsTo('USUP1');
    expect(told).toHaveLength(2);
    expect(told[0]).toContain('找不到频道 <#CGONE>');
    expect(told[1]).toContain('已多次重试仍未送达');
    expect(told[1]).toContain('/suggest outbox');
  });

  it('that cannot be fixed by waiting dies after three refusals, and the office is told of that too', async () => {
    await queue([{ key: 'bad', channel: 'CDEAD' }]);
    standIn.failNext('chat.postMessage', { kind: 'error', error: 'invalid_arguments' }, 3);
    const d = dispatcher();
    for (let pass = 0; pass < 4; pass += 1) await passAndWait(d);
    expect(await statusOf('bad')).toMatchObject({ status: 'dead', lastError: 'invalid_arguments' });
    expect(textsTo('USUP2')).toEqual([expect.stringContaining('Slack 拒收了发给 <#CDEAD> 的消息（invalid_arguments）')]);
  });

  it('for a supervisor is told to the rest of the office, never through the one who cannot be reached', async () => {
    standIn.addUnknownChannel('USUP1');
    await queue([{ key: 'to-sup1', channel: 'USUP1' }]);
    const d = dispatcher();
    for (let pass = 0; pass < 3; pass += 1) await passAndWait(d);
    expect(textsTo('USUP2')).toEqual([expect.stringContaining('<@USUP1>')]);
    expect(standIn.calls.filter((call) => call.method === 'chat.postMessage' && call.args.channel === 'USUP1')).toHaveLength(3);
  });

  it('holds a thread reply back as long as the post it follows is refused, instead of looking every two seconds', async () => {
    standIn.setBotInChannel('CWATER', false);
    const d = dispatcher({ retryDelaySeconds: () => 600 });
    await queue([{ key: 'post', channel: 'CWATER' }]);
    await d.dispatchOnce();
    await enqueueNotices(database.db, new Date(), [{ key: 'reply', channel: 'CWATER', threadOf: 'post', notice: nudgeNotice('reply') }]);
    await d.dispatchOnce();
    const [reply] = await database.db
      .select({ dueIn: sql<number>`extract(epoch from (${outbox.notBefore} - now()))::float8` })
      .from(outbox)
      .where(eq(outbox.idempotencyKey, 'reply'));
    expect(Number(reply!.dueIn)).toBeGreaterThan(500);
    expect(standIn.calls.filter((call) => call.method === 'chat.postMessage' && call.args.channel === 'CWATER')).toHaveLength(1);
  });
});
