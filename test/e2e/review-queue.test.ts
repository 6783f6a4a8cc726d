// A reviewer's batch (DESIGN §4, calm by design): several replies submitted within the notice
// window reach a division head as one gathered message with 审核清单, which opens their queue read
// afresh; approve and return work inside it. Someone who reviews nothing, or whose role was
// removed, sees an empty queue and can change nothing.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { members, replies, reviews, suggestions } from '../../src/db/schema.js';
import { actionIds, callbackIds, inputActionId, replyModalBlocks } from '../../src/slack/ids.js';
import type { RecordedCall } from '../../tools/slack-stand-in/types.js';
import { rowCount } from '../support/fixtures.js';
import { type Harness, startHarness } from '../support/harness.js';

const codes = ['2026-0801', '2026-0802', '2026-0803'];

let h: Harness;
let gathered: Record<string, { text: string; blocks: Block[] }>;
beforeAll(async () => {
  h = await startHarness({ supervisors: ['USUP'], gather: true, now: '2026-03-02T01:00:00Z' });
  await h.command('USUP', 'unit add 省水利厅 alias:水利厅 liaison:<@UWLIA|wang> leader:<@UWLEAD|li>');
  await h.command('USUP', 'unit member 水利厅 <@UDIV|chen> 处室负责人');
  await h.command('USUP', 'unit member 水利厅 <@UDIV2|zhou> 处室负责人');
  await h.command('USUP', 'unit member 水利厅 <@UHEAD|liu> 主要领导');
  for (const code of codes) await h.command('USUP', `assign ${code} lead:水利厅 handler:<@UHAN|han> title:关于河道治理的建议`);
  for (const code of codes) await h.command('UWLIA', `accept ${code}`);
  await h.drain();
  h.setNow('2026-03-10T02:00:00Z');
  for (const { id, code } of await h.db.select().from(suggestions)) {
    const answer = await h.submitView('UHAN', callbackIds.replyModal, replyValues(`${code} 的整治方案已落实`), String(id));
    expect(JSON.stringify(answer.body.view)).toContain('等待处室把关');
  }
  const sent = (await h.drain()).filter((call) => call.method === 'chat.postMessage');
  gathered = Object.fromEntries(
    ['UDIV', 'UDIV2'].map((reader) => {
      const messages = sent.filter((call) => call.args.channel === reader);
      expect(messages, reader).toHaveLength(1);
      return [reader, messages[0]!.args as { text: string; blocks: Block[] }];
    }),
  );
});
afterAll(async () => {
  await h?.close();
});

type Element = { action_id: string; value: string; text?: { text: string } };
type Block = { type: string; text?: { text: string }; accessory?: Element; elements?: Element[] };
type QueueView = { callback_id: string; title: unknown; close: unknown; blocks: Block[] };

const replyValues = (summary: string) => ({
  [replyModalBlocks.replyClass]: { [inputActionId]: { type: 'static_select', selected_option: { value: 'A' } } },
  [replyModalBlocks.summary]: { [inputActionId]: { type: 'plain_text_input', value: summary } },
  [replyModalBlocks.documentUrl]: { [inputActionId]: { type: 'plain_text_input', value: '' } },
  [replyModalBlocks.mayPublish]: { [inputActionId]: { type: 'checkboxes', selected_options: [] } },
  [replyModalBlocks.commitments]: { [inputActionId]: { type: 'plain_text_input', value: '' } },
  [replyModalBlocks.reason]: { [inputActionId]: { type: 'plain_text_input', value: '' } },
});
const buttonsOf = (blocks: Block[]) => blocks.flatMap((b) => [...(b.accessory ? [b.accessory] : []), ...(b.elements ?? [])]);
const codesIn = (view: QueueView) => [...JSON.stringify(view.blocks).matchAll(/\*(2026-\d{4})\*/g)].map((m) => m[1]);
const statusOf = async (code: string) =>
  (
    await h.db
      .select({ status: replies.status })
      .from(replies)
      .innerJoin(suggestions, eq(suggestions.id, replies.suggestionId))
      .where(eq(suggestions.code, code))
  )[0]?.status;

async function waitForCall(method: string, from: number): Promise<RecordedCall> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const call = h.standIn.callsTo(method)[from];
    if (call) return call;
    if (Date.now() > deadline) throw new Error(`no ${method} call`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** 审核清单 clicked in a gathered message; resolves to the queue the bot opened. */
async function openQueue(user: string, message: { text: string; blocks: Block[] }): Promise<QueueView> {
  const button = buttonsOf(message.blocks).find((e) => e.action_id === actionIds.openReviewQueue)!;
  const before = h.standIn.callsTo('views.open').length;
  const answer = await h.button(user, actionIds.openReviewQueue, button.value, message);
  expect(answer.status).toBe(200);
  return (await waitForCall('views.open', before)).args.view as QueueView;
}

/** A click on a button inside the opened modal, as Slack sends it. */
async function clickInQueue(user: string, view: QueueView, button: Element): Promise<void> {
  expect((await h.modalButton(user, view, button.action_id, button.value)).status).toBe(200);
}

describe('a division head’s batch of review requests', () => {
  it('comes as one message with 审核清单 for all three', () => {
    const message = gathered.UDIV!;
    expect(message.text).toContain('3 件');
    const queueButtons = buttonsOf(message.blocks).filter((e) => e.action_id === actionIds.openReviewQueue);
    expect(queueButtons.map((e) => e.text?.text)).toEqual(['审核清单（3 件）']);
    for (const code of codes) expect(JSON.stringify(message.blocks)).toContain(code);
  });

  it('opens the reviewer’s queue with every reply, and approving one inside it moves that reply on', async () => {
    h.standIn.reset();
    const queue = await openQueue('UDIV', gathered.UDIV!);
    expect(queue.callback_id).toBe(callbackIds.reviewQueue);
    expect(JSON.stringify(queue.blocks)).toContain('您有 3 件答复等待审核，请逐件处理。');
    expect(JSON.stringify(queue.blocks)).toContain('2026-0801 的整治方案已落实');
    expect(codesIn(queue).sort()).toEqual(codes);
    const approvals = buttonsOf(queue.blocks).filter((e) => e.action_id === actionIds.approveReply);
    expect(approvals).toHaveLength(3);

    await clickInQueue('UDIV', queue, approvals[0]!);
    const updated = (await waitForCall('views.update', 0)).args as { view_id: string; view: QueueView };
    expect(updated.view_id).toBe('V0MODAL');
    expect(updated.view.callback_id).toBe(callbackIds.reviewQueue);
    expect(JSON.stringify(updated.view.blocks)).toContain('已送分管领导审核');
    expect(buttonsOf(updated.view.blocks).filter((e) => e.action_id === actionIds.approveReply)).toHaveLength(2);
    const approvedCode = codesIn(queue)[0]!;
    expect(await statusOf(approvedCode)).toBe('leader_review');
    expect(await rowCount(h.db, reviews)).toBe(1);

    // Opened again, the queue holds only what still waits on them.
    const again = await openQueue('UDIV', gathered.UDIV!);
    expect(codesIn(again)).toHaveLength(2);
    expect(codesIn(again)).not.toContain(approvedCode);
    expect(JSON.stringify(again.blocks)).toContain('您有 2 件答复等待审核');
  });

  it('opens the return form over the queue', async () => {
    h.standIn.reset();
    const queue = await openQueue('UDIV', gathered.UDIV!);
    const ret = buttonsOf(queue.blocks).find((e) => e.action_id === actionIds.returnReply)!;
    await clickInQueue('UDIV', queue, ret);
    const form = (await waitForCall('views.push', 0)).args as { view: { callback_id: string; private_metadata: string } };
    expect(form.view.callback_id).toBe(callbackIds.returnModal);
    expect(form.view.private_metadata).toBe(ret.value);
  });

  it('shows someone who reviews nothing an empty queue, and refuses their click inside another’s', async () => {
    h.standIn.reset();
    const stranger = await openQueue('USTRANGER', gathered.UDIV!);
    expect(buttonsOf(stranger.blocks)).toEqual([]);
    expect(JSON.stringify(stranger.blocks)).toContain('目前没有等待您审核的答复。');
    // The drafter reviews nothing of their own.
    expect(buttonsOf((await openQueue('UHAN', gathered.UDIV!)).blocks)).toEqual([]);

    const theirs = await openQueue('UDIV', gathered.UDIV!);
    const approve = buttonsOf(theirs.blocks).find((e) => e.action_id === actionIds.approveReply)!;
    await clickInQueue('USTRANGER', theirs, approve);
    const refused = (await waitForCall('views.push', 0)).args as { view: QueueView };
    expect(JSON.stringify(refused.view.blocks)).toMatch(/需要以下角色之一/);
    expect(h.standIn.callsTo('views.update')).toEqual([]);
    expect(await rowCount(h.db, reviews)).toBe(1);
  });

  it('empties the queue of a division head removed from the unit, who can change nothing', async () => {
    h.standIn.reset();
    const before = await openQueue('UDIV2', gathered.UDIV2!);
    expect(codesIn(before)).toHaveLength(2);
    await h.db.delete(members).where(and(eq(members.userId, 'UDIV2'), eq(members.role, 'division')));

    const after = await openQueue('UDIV2', gathered.UDIV2!);
    expect(buttonsOf(after.blocks)).toEqual([]);
    expect(JSON.stringify(after.blocks)).toContain('目前没有等待您审核的答复。');
    // The queue they opened before the removal acts no more.
    const stale = buttonsOf(before.blocks).find((e) => e.action_id === actionIds.approveReply)!;
    await clickInQueue('UDIV2', before, stale);
    const refused = (await waitForCall('views.push', 0)).args as { view: QueueView };
    expect(JSON.stringify(refused.view.blocks)).toMatch(/需要以下角色之一/);
    expect(h.standIn.callsTo('views.update')).toEqual([]);
    expect(await rowCount(h.db, reviews)).toBe(1);
    for (const code of codesIn(before)) expect(await statusOf(code!)).toBe('division_review');
  });
});
