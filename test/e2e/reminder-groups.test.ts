// A long daily reminder as its reader uses it: the lines of one step and date come as one group,
// 查看清单 opens that group's list read afresh, and each line's buttons work inside the list.
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignments } from '../../src/db/schema.js';
import { queueDailyReminders } from '../../src/services/reports/queue-daily-reminders.js';
import { actionIds, callbackIds } from '../../src/slack/ids.js';
import type { RecordedCall } from '../../tools/slack-stand-in/types.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;
const waterCodes = Array.from({ length: 12 }, (_, n) => `2026-05${String(n + 1).padStart(2, '0')}`);
const civilCodes = ['2026-0601', '2026-0602'];

beforeAll(async () => {
  h = await startHarness({ supervisors: ['USUP'], now: '2026-03-02T01:00:00Z' });
  await h.command('USUP', 'unit add 省水利厅 alias:水利厅 liaison:<@UWLIA|wang>');
  await h.command('USUP', 'unit add 省民政厅 alias:民政厅 liaison:<@UMLIA|li>');
  // 倒排工期: every suggestion assigned on one day has its 签收 due on the same day.
  for (const code of waterCodes) await h.command('USUP', `assign ${code} lead:水利厅 handler:<@UHAN|han>`);
  for (const code of civilCodes) await h.command('USUP', `assign ${code} lead:民政厅 handler:<@UMHAN|ma>`);
  await h.drain();
});
afterAll(async () => {
  await h?.close();
});

type Element = { action_id: string; value: string; text?: { text: string } };
type Block = { type: string; text?: { text: string }; accessory?: Element; elements?: Element[] };
type ListView = { callback_id: string; private_metadata: string; title: unknown; close: unknown; blocks: Block[] };

const buttonsOf = (blocks: Block[]) => blocks.flatMap((b) => [...(b.accessory ? [b.accessory] : []), ...(b.elements ?? [])]);
const codesIn = (view: ListView) => [...JSON.stringify(view.blocks).matchAll(/\*(2026-\d{4})\*/g)].map((m) => m[1]);

async function waitForCall(method: string, from: number): Promise<RecordedCall> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const call = h.standIn.callsTo(method)[from];
    if (call) return call;
    if (Date.now() > deadline) throw new Error(`no ${method} call`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** 查看清单 clicked in the person's DM; resolves to the list the bot opened. */
async function openList(user: string, value: string): Promise<ListView> {
  const before = h.standIn.callsTo('views.open').length;
  const answer = await h.button(user, actionIds.openReminderGroup, value);
  expect(answer.status).toBe(200);
  return (await waitForCall('views.open', before)).args.view as ListView;
}

/** A click on a button inside the opened modal, as Slack sends it. */
async function clickInList(user: string, view: ListView, button: Element): Promise<void> {
  expect((await h.modalButton(user, view, button.action_id, button.value)).status).toBe(200);
}

describe('a grouped daily reminder', () => {
  let dm: RecordedCall;

  it('gives the handler of 12 suggestions assigned on one day one line for their 签收, with 查看清单', async () => {
    h.standIn.reset();
    // Thursday 03-05 09:00: every 签收 is due today.
    await queueDailyReminders(h.db, new Date('2026-03-05T01:00:00Z'), 'Asia/Shanghai');
    dm = (await h.drain()).find((call) => call.method === 'chat.postMessage' && call.args.channel === 'UHAN')!;
    const blocks = dm.args.blocks as Block[];
    expect(String(dm.args.text)).toContain('您有 12 个时间节点：12 个将在 3 个工作日内到期。');
    expect(blocks.map((b) => b.text?.text)).toContain('🟠 今天到期 · 签收 · 3月5日（周四）前 · 12 件');
    expect(buttonsOf(blocks).map((e) => [e.action_id, e.value])).toEqual([[actionIds.openReminderGroup, 'accept:2026-03-05']]);
  });

  it('opens the list of the group, read afresh, and its 签收 works in the list', async () => {
    h.setNow('2026-03-05T02:00:00Z');
    const [value] = buttonsOf(dm.args.blocks as Block[]).map((e) => e.value);
    h.standIn.reset();
    const list = await openList('UHAN', value!);
    expect(list.callback_id).toBe(callbackIds.reminderGroup);
    expect(JSON.stringify(list.blocks)).toContain('*签收 · 3月5日（周四）前* · 您有 12 个未完成的节点：');
    expect(codesIn(list).sort()).toEqual(waterCodes);
    const accepts = buttonsOf(list.blocks).filter((e) => e.action_id === actionIds.acceptAssignment);
    expect(accepts).toHaveLength(12);

    // 签收 in the list: stored, and the list drawn again with that line's buttons given way to what was done.
    await clickInList('UHAN', list, accepts[0]!);
    const updated = (await waitForCall('views.update', 0)).args as { view_id: string; view: ListView };
    expect(updated.view_id).toBe('V0MODAL');
    expect(updated.view.callback_id).toBe(callbackIds.reminderGroup);
    expect(JSON.stringify(updated.view.blocks)).toContain('已签收建议');
    expect(buttonsOf(updated.view.blocks).filter((e) => e.action_id === actionIds.acceptAssignment)).toHaveLength(11);
    const [accepted] = await h.db
      .select()
      .from(assignments)
      .where(inArray(assignments.id, [Number(accepts[0]!.value)]));
    expect(accepted?.status).not.toBe('pending');

    // Opened again, the list no longer holds what was done since the morning.
    const again = await openList('UHAN', value!);
    expect(codesIn(again)).toHaveLength(11);
    expect(JSON.stringify(again.blocks)).toContain('您有 11 个未完成的节点');
  });

  it('answers a click in the list that is refused, or asks for a form, over the list', async () => {
    const [value] = buttonsOf(dm.args.blocks as Block[]).map((e) => e.value);
    h.standIn.reset();
    const list = await openList('UHAN', value!);
    const accept = buttonsOf(list.blocks).find((e) => e.action_id === actionIds.acceptAssignment)!;
    // Someone outside the unit who got hold of the list: nothing changes, and they are told why.
    await clickInList('USTRANGER', list, accept);
    const refused = (await waitForCall('views.push', 0)).args as { view: ListView };
    expect(JSON.stringify(refused.view.blocks)).toMatch(/需要以下角色之一/);
    expect(h.standIn.callsTo('views.update')).toEqual([]);

    // 申请调整 opens its form over the list.
    const transfer = buttonsOf(list.blocks).find((e) => e.action_id === actionIds.requestTransfer)!;
    await clickInList('UHAN', list, transfer);
    const form = (await waitForCall('views.push', 1)).args as { view: ListView };
    expect(form.view.callback_id).toBe(callbackIds.transferModal);
  });

  it('shows anyone else who clicks the same button only their own steps of that step and date', async () => {
    const [value] = buttonsOf(dm.args.blocks as Block[]).map((e) => e.value);
    h.standIn.reset();
    const theirs = await openList('UMHAN', value!);
    expect(codesIn(theirs).sort()).toEqual(civilCodes);
    expect(JSON.stringify(theirs.blocks)).not.toContain('2026-05');

    const stranger = await openList('USTRANGER', value!);
    expect(buttonsOf(stranger.blocks)).toEqual([]);
    expect(JSON.stringify(stranger.blocks)).toContain('您已没有3月5日（周四）前须完成的「签收」节点。');
  });

  it('refuses a button value it cannot read, privately', async () => {
    h.standIn.reset();
    await h.button('UHAN', actionIds.openReminderGroup, 'accept:2026-02-30');
    const [answer] = await h.waitForResponses(1);
    expect(answer?.args).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(h.standIn.callsTo('views.open')).toEqual([]);
  });
});
