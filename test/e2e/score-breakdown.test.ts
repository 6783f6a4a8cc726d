// 得分明细 as a liaison uses it: the unit's weekly report carries the button, and the modal it opens
// holds every figure the published score was made of, so that the score can be recomputed by hand.
// Only the unit's people and the office may open it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobDefinitions } from '../../src/jobs/definitions.js';
import { assignSuggestion } from '../../src/services/suggestions/assign-suggestion.js';
import { addUnit } from '../../src/services/units/add-unit.js';
import { actionIds, callbackIds } from '../../src/slack/ids.js';
import type { RecordedCall } from '../../tools/slack-stand-in/types.js';
import { contextOf } from '../support/fixtures.js';
import { type Harness, startHarness } from '../support/harness.js';

type Element = { action_id: string; value: string };
type Block = { type: string; text?: { text: string }; elements?: Array<Element | { text: string }> };

let h: Harness;
let report: RecordedCall;
let ranking: RecordedCall;

beforeAll(async () => {
  h = await startHarness({ supervisors: ['USUP'], now: '2026-03-02T01:00:00Z' });
  await h.command('USUP', 'config supervision-channel <#COFFICE|督办室>');
  await h.command('USUP', 'unit add 省水利厅 alias:水利厅 channel:<#CWATER|water> liaison:<@UWLIA|wang>');
  await h.command('USUP', 'unit add 省民政厅 alias:民政厅 channel:<#CCIVIL|civil> liaison:<@UMLIA|li>');
  // Three for water, accepted: two on time (by Thursday 03-05), one on Friday, late; one for civil affairs, never accepted.
  for (const code of ['B-1', 'B-2', 'B-3']) await h.command('USUP', `assign ${code} lead:水利厅`);
  await h.command('USUP', 'assign B-4 lead:民政厅');
  h.setNow('2026-03-04T02:00:00Z');
  await h.command('UWLIA', '签收 B-1');
  await h.command('UWLIA', '签收 B-2');
  h.setNow('2026-03-06T02:00:00Z');
  await h.command('UWLIA', '签收 B-3');
  await h.drain();
  h.setNow('2026-03-09T01:30:00Z');
  h.standIn.reset();
  await jobDefinitions.weekly.run(h.db, new Date('2026-03-09T01:30:00Z'), 'Asia/Shanghai');
  const sent = await h.drain();
  report = sent.find((call) => call.method === 'chat.postMessage' && call.args.channel === 'CWATER')!;
  ranking = sent.find((call) => call.method === 'chat.postMessage' && call.args.channel === 'COFFICE')!;
});
afterAll(async () => {
  await h?.close();
});

async function openBreakdown(user: string, value: string): Promise<RecordedCall | undefined> {
  const before = h.standIn.callsTo('views.open').length;
  expect((await h.button(user, actionIds.openScoreBreakdown, value)).status).toBe(200);
  return h.standIn.callsTo('views.open')[before];
}

type View = { callback_id: string; title: { text: string }; blocks: Block[] };
const textOf = (view: View) =>
  view.blocks.map((b) => [b.text?.text ?? '', ...(b.elements ?? []).map((e) => ('text' in e ? e.text : ''))].join('\n')).join('\n');

const buttonOf = (call: RecordedCall) =>
  (call.args.blocks as Block[])
    .flatMap((b) => b.elements ?? [])
    .find((e): e is Element => 'action_id' in e && e.action_id === actionIds.openScoreBreakdown);

describe('得分明细', () => {
  it('is offered on the unit’s weekly report and shows the liaison every figure of the score', async () => {
    const button = buttonOf(report);
    expect(button).toBeDefined();
    const opened = await openBreakdown('UWLIA', button!.value);
    const view = opened!.args.view as { callback_id: string; title: { text: string }; blocks: Block[] };
    expect(view.callback_id).toBe(callbackIds.scoreBreakdown);
    expect(view.title.text).toBe('得分明细');
    const text = view.blocks
      .map((b) => [b.text?.text ?? '', ...(b.elements ?? []).map((e) => ('text' in e ? e.text : ''))].join('\n'))
      .join('\n');
    // 签收 2 of 3 on time, weight 10; nothing else was due; nothing late when the week ended.
    expect(text).toContain('按期签收：按期 2 / 应办 3 · 权重 10');
    expect(text).toContain('加权平均：(10×2/3) ÷ 10 × 100 = 66.67');
    expect(text).toContain('逾期节点 0 个 × 每个 2 分 = 扣 0 分');
    expect(text).toContain('得分：66.67 − 0 = *66.7*');
    // The same score the report published.
    expect(JSON.stringify(report.args.blocks)).toContain('得分 *66.7*');
    expect(text).toContain('本期无应办、不计分：办前沟通');
  });

  it('is open to the office too, and to nobody else: a stranger and another unit’s liaison are told privately', async () => {
    const { value } = buttonOf(report)!;
    expect(await openBreakdown('USUP', value)).toBeDefined();
    for (const outsider of ['USTRANGER', 'UMLIA']) {
      h.standIn.reset();
      expect(await openBreakdown(outsider, value)).toBeUndefined();
      const [answer] = await h.waitForResponses(1);
      expect(answer?.args).toMatchObject({ response_type: 'ephemeral', replace_original: false });
      expect(String(answer?.args.text)).toContain('督办室');
    }
  });

  it('is offered on the ranking too: the office sees every unit ranked, a liaison only their own, anyone else is told', async () => {
    const { value } = buttonOf(ranking)!;
    const office = textOf((await openBreakdown('USUP', value))!.args.view as View);
    // In rank order: water 66.7, civil affairs 0 (签收 0 of 1, and it is late: 1 × 2 points off, kept at 0).
    expect(office.indexOf('「省水利厅」')).toBeLessThan(office.indexOf('「省民政厅」'));
    expect(office).toContain('得分：0.00 − 2 = *0.0*（得分限定在 0–100 之间）');
    const water = textOf((await openBreakdown('UWLIA', value))!.args.view as View);
    expect(water).toContain('「省水利厅」');
    expect(water).not.toContain('「省民政厅」');
    h.standIn.reset();
    expect(await openBreakdown('USTRANGER', value)).toBeUndefined();
    const [answer] = await h.waitForResponses(1);
    expect(answer?.args).toMatchObject({ response_type: 'ephemeral', replace_original: false });
  });

  it('turns the office’s list a page at a time when more units were ranked than a modal holds', async () => {
    // Twenty more units, each given a suggestion on Monday 03-02 whose 签收 fell due that week.
    const monday = contextOf(h.db, 'USUP', new Date('2026-03-02T01:00:00Z'));
    for (let i = 1; i <= 20; i += 1) {
      await addUnit(monday, { name: `第${i}承办单位`, aliases: [`页${i}`] });
      await assignSuggestion(monday, { code: `P-${i}`, title: '', lead: { text: `页${i}` }, co: [] });
    }
    const { value } = buttonOf(ranking)!;
    const first = (await openBreakdown('USUP', value))!.args.view as View & { id?: string };
    expect(textOf(first)).toContain('第 1 / 2 页，共 22 个单位。');
    const next = first.blocks
      .flatMap((b) => b.elements ?? [])
      .find((e): e is Element => 'action_id' in e && e.action_id === actionIds.openScoreBreakdown);
    expect((await h.modalButton('USUP', first, next!.action_id, next!.value)).status).toBe(200);
    const turned = h.standIn.callsTo('views.update').at(-1)!.args.view as View;
    expect(textOf(turned)).toContain('第 2 / 2 页，共 22 个单位。');
    expect(turned.blocks.filter((b) => b.text?.text?.includes('得分明细*')).length).toBe(3);
    expect(JSON.stringify(turned.blocks)).toContain('上一页');
  });

  it('refuses a value it cannot read, privately, opening nothing', async () => {
    h.standIn.reset();
    expect(await openBreakdown('UWLIA', '1:2026-02-30:2026-03-08')).toBeUndefined();
    const [answer] = await h.waitForResponses(1);
    expect(answer?.args).toMatchObject({ response_type: 'ephemeral', replace_original: false });
  });
});
