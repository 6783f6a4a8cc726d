// A unit channel the bot was never invited to (an everyday setup slip): the office is told what to
// do, `/suggest outbox` lists what waits and what died, and 重发 sends it once put right, once.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, outbox } from '../../src/db/schema.js';
import { actionIds } from '../../src/slack/ids.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ supervisors: ['USUP'], now: '2026-03-02T01:00:00Z' });
  h.standIn.setBotInChannel('CWATER', false);
  await h.command('USUP', 'unit add 省水利厅 alias:水利厅 channel:<#CWATER|water> liaison:<@UWLIA|wang>');
  await h.command('USUP', 'assign 2026-0701 lead:水利厅 title:关于河道治理的建议');
});
afterAll(async () => {
  await h?.close();
});

type Blocks = Array<{
  type: string;
  accessory?: { action_id: string; value: string };
  elements?: Array<{ action_id: string; value: string }>;
}>;
const buttonsOf = (blocks: unknown) =>
  (blocks as Blocks).flatMap((block) => [...(block.accessory ? [block.accessory] : []), ...(block.elements ?? [])]);
const channelPost = () => h.db.select().from(outbox).where(eq(outbox.channel, 'CWATER'));

describe('messages the bot could not deliver', () => {
  it('tells the office what to do, and lists what waits to the office alone', async () => {
    for (let pass = 0; pass < 3; pass += 1) await h.duban.dispatcher.dispatchOnce();
    const [post] = await channelPost();
    expect(post).toMatchObject({ status: 'pending', lastError: 'not_in_channel' });
    const told = h.standIn.callsTo('chat.postMessage').filter((call) => call.args.channel === 'USUP');
    expect(told.map((call) => String(call.args.text))).toEqual([
      expect.stringContaining('机器人不在 <#CWATER> 中，发往该频道的 1 条消息暂时发不出去'),
    ]);

    const listed = await h.said('USUP', 'outbox');
    expect(listed).toBe('1 条消息被 Slack 拒收，正在自动重试。');
    const answer = await h.command('USUP', '未送达');
    expect(JSON.stringify(answer.body.blocks)).toContain('<#CWATER> · 2026-0701 交办通知');
    expect(JSON.stringify(answer.body.blocks)).toContain('机器人不在该频道中，请邀请机器人加入');
    expect(await h.said('UWLIA', 'outbox')).toMatch(/需要以下角色之一：督办室/);
    expect(await h.said('USUP', 'outbox now')).toContain('/suggest outbox');
  });

  it('resends a dead message on 重发 from the office alone, once it is put right, and only once', async () => {
    // A day of refusals later, the message was given up.
    await h.db.update(outbox).set({ status: 'dead' }).where(eq(outbox.channel, 'CWATER'));
    const answer = await h.command('USUP', 'outbox');
    const [resend, resendAll] = buttonsOf(answer.body.blocks);
    expect(resend).toMatchObject({ action_id: actionIds.resendMessage });
    expect(resendAll).toMatchObject({ action_id: actionIds.resendAllMessages, value: 'all' });

    h.standIn.reset();
    h.standIn.setBotInChannel('CWATER', false);
    await h.button('UWLIA', actionIds.resendMessage, resend!.value);
    expect(String((await h.waitForResponses(1))[0]?.args.text)).toMatch(/需要以下角色之一：督办室/);
    expect((await channelPost())[0]).toMatchObject({ status: 'dead' });

    h.standIn.setBotInChannel('CWATER', true);
    await h.button('USUP', actionIds.resendMessage, resend!.value);
    expect(String((await h.waitForResponses(2))[1]?.args.text)).toContain('已重新排队 1 条消息');
    await h.drain();
    expect(h.standIn.callsTo('chat.postMessage').filter((call) => call.args.channel === 'CWATER')).toHaveLength(1);
    expect((await channelPost())[0]).toMatchObject({ status: 'sent' });
    expect(await h.db.$count(auditEvents, and(eq(auditEvents.action, 'outbox.resend'), eq(auditEvents.actor, 'USUP')))).toBe(1);

    // Pressed again from the same old list: nothing is dead any more, and nothing is sent twice.
    await h.button('USUP', actionIds.resendMessage, resend!.value);
    expect(String((await h.waitForResponses(3))[2]?.args.text)).toContain('已不在未送达之列');
    expect(await h.said('USUP', 'outbox')).toBe('所有消息都已送达，没有等待重试或未能送达的消息。');
  });

  it('keeps a request whose notice died on the office’s Home and in list requests, to be decided there', async () => {
    await h.command('UWLIA', 'extend 2026-0701 2026-08-31 涉及多部门协调');
    // Its notice to the office died: nothing in any DM asks the office to decide.
    const died = await h.db
      .update(outbox)
      .set({ status: 'dead', lastError: 'user_not_found' })
      .where(and(eq(outbox.channel, 'USUP'), eq(outbox.status, 'pending')))
      .returning({ payload: outbox.payload });
    expect(died.map((row) => (row.payload as { type: string }).type)).toEqual(['extension_requested']);

    const home = await h.openHome('USUP');
    const text = JSON.stringify(home.blocks);
    expect(text).toContain('待决定的申请 · 共 1 件');
    expect(text).toContain('「省水利厅」申请将法定答复期限延至 8月31日');
    expect(text).toContain('1 条消息被 Slack 拒收或未能送达');
    const approve = home.blocks.flatMap((block) => block.elements ?? []).find((e) => e.action_id === actionIds.approveExtension);
    expect(approve).toBeDefined();
    expect(JSON.stringify((await h.openHome('UWLIA')).blocks)).not.toContain('待决定的申请');

    const listed = await h.command('USUP', 'list 申请');
    expect(JSON.stringify(listed.body.blocks)).toContain('2026-0701');
    expect(JSON.stringify((await h.command('USUP', 'list requests')).body.blocks)).toContain('有待决定申请（延期、调整）的建议');

    const decided = await h.homeButton('USUP', actionIds.approveExtension, approve!.value);
    expect(JSON.stringify(decided.blocks)).not.toContain('待决定的申请');
    expect(JSON.stringify((await h.command('USUP', 'list requests')).body.blocks)).not.toContain('2026-0701');
  });
});
