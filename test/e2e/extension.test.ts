// 申请延期 end to end: a unit asks, the supervision office decides with a click, the plan moves.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignments, auditEvents, extensionRequests, milestones, suggestions } from '../../src/db/schema.js';
import { actionIds } from '../../src/slack/ids.js';
import { digestAt, wordsOf } from '../support/digests.js';
import { rowCount } from '../support/fixtures.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ supervisors: ['USUP'] }); // Monday 2026-03-02
  await h.command('USUP', 'unit add 省水利厅 alias:水利厅 liaison:<@UWLIA|wang>');
  await h.command('USUP', 'unit add 省民政厅 alias:民政厅 liaison:<@UCLIA|zhao>');
  await h.command('USUP', 'assign 2026-0401 lead:水利厅 co:民政厅 handler:<@UHAN|han>');
  await h.command('USUP', 'assign 2026-0402 lead:水利厅');
  await h.drain();
});
afterAll(async () => {
  await h?.close();
});

type Blocks = Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>;
const suggestion = async (code: string) => (await h.db.select().from(suggestions).where(eq(suggestions.code, code)))[0]!;
const nodesOf = async (code: string) => {
  const s = await suggestion(code);
  return h.db
    .select({ kind: milestones.kind, plannedOn: milestones.plannedOn, role: assignments.role })
    .from(milestones)
    .innerJoin(assignments, eq(assignments.id, milestones.assignmentId))
    .where(eq(assignments.suggestionId, s.id));
};

describe('/suggest extend', () => {
  it('refuses what cannot be asked, privately and changing nothing', async () => {
    h.standIn.reset();
    const cases: Array<[string, string, RegExp]> = [
      ['USTRANGER', 'extend 2026-0401 2026-08-31 复杂', /需要以下角色之一：联络员、经办人/],
      ['UCLIA', 'extend 2026-0401 2026-08-31 复杂', /需要以下角色之一：联络员、经办人/], // a co-handling unit does not own the deadline
      ['UHAN', 'extend 2026-0401 2026-05-01 复杂', /须晚于现在的法定答复期限 6月2日/],
      ['UHAN', 'extend 2026-0401 2026-12-01 复杂', /最长 6 个月，最晚只能延至 9月2日（周三）/],
      ['UHAN', 'extend 2026-0401 2026-02-30 复杂', /`2026-02-30` 不是有效日期/],
      ['UHAN', 'extend 2026-0401 2026-08-31', /用法：`\/suggest extend <编号> <YYYY-MM-DD> <理由>`/],
      ['UHAN', 'extend 2099-0001 2026-08-31 复杂', /本会次没有编号为 `2099-0001` 的建议/],
    ];
    for (const [user, text, says] of cases) {
      const answer = await h.command(user, text);
      expect(answer.body.response_type).toBe('ephemeral');
      expect(answer.body.text).toMatch(says);
    }
    expect(await rowCount(h.db, extensionRequests)).toBe(0);
    expect(await h.drain()).toEqual([]);
  });

  it('asks the supervision office, which approves with a click: deadlines and open nodes move, the asker is told', async () => {
    const asked = await h.command('UHAN', '延期 2026-0401 2026-08-31 需要省财政厅协调资金');
    expect(asked.body.text).toBe(
      '已申请将建议 *2026-0401* 的法定答复期限由 6月2日（周二） 延至 8月31日（周一），督办室已收到，决定后会通知您。',
    );
    expect((await h.command('UWLIA', 'extend 2026-0401 2026-08-20 再议')).body.text).toMatch(/已有一个待督办室决定的申请/);

    const [request] = (await h.drain()).filter((call) => call.method === 'chat.postMessage');
    expect(request?.args.channel).toBe('USUP');
    const blocks = request!.args.blocks as Blocks;
    expect(JSON.stringify(blocks)).toContain('法定答复期限 6月2日（周二） → *8月31日（周一）*');
    const approve = blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === actionIds.approveExtension)!;
    const message = { text: String(request!.args.text), blocks };
    const before = await nodesOf('2026-0401');

    // Only the supervision office decides.
    h.standIn.reset();
    await h.button('UWLIA', actionIds.approveExtension, approve.value, message);
    expect(String((await h.waitForResponses(1))[0]?.args.text)).toMatch(/需要以下角色之一：督办室/);
    expect((await suggestion('2026-0401')).statutoryDueOn).toBe('2026-06-02');

    h.standIn.reset();
    await h.button('USUP', actionIds.approveExtension, approve.value, message);
    const [decided] = await h.waitForResponses(1);
    expect(decided?.args.replace_original).toBe(true);
    expect(JSON.stringify(decided?.args.blocks)).toMatch(
      /已批准 \*2026-0401\* 延期：法定答复 8月31日（周一），内部办结 8月14日（周五）；\d+ 个未完成的时间节点已按新期限重新排定/,
    );

    expect(await suggestion('2026-0401')).toMatchObject({ statutoryDueOn: '2026-08-31', internalDueOn: '2026-08-14' });
    const after = await nodesOf('2026-0401');
    const on = (nodes: typeof after, role: string, kind: string) => nodes.find((n) => n.role === role && n.kind === kind)?.plannedOn;
    // D = 8-16 is a Sunday: the reply is planned on Friday 8-14, and the chain backwards from it.
    expect(on(after, 'lead', 'reply')).toBe('2026-08-14');
    expect(on(after, 'lead', 'head_signoff')).toBe('2026-08-11');
    // Forward steps counted from the assignment day stay where they were.
    expect(on(after, 'lead', 'accept')).toBe(on(before, 'lead', 'accept'));
    expect(on(after, 'co', 'co_opinion')).toBe(on(before, 'co', 'co_opinion'));

    // Good news asks nothing: the asker reads it in the next morning's digest.
    expect((await h.drain()).filter((call) => call.method === 'chat.postMessage')).toEqual([]);
    const digest = await digestAt(h, '2026-03-03T01:00:00Z', 'UHAN');
    expect(wordsOf(digest)).toContain('延期申请已获同意，法定答复期限改为 8月31日（周一）');
    const actions = (await h.db.select().from(auditEvents)).map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining(['extension.request', 'extension.approved', 'suggestion.extend', 'milestone.replan']));

    // A second click changes nothing.
    h.standIn.reset();
    await h.button('USUP', actionIds.approveExtension, approve.value, message);
    expect(String((await h.waitForResponses(1))[0]?.args.text)).toMatch(/<@USUP> 已经批准，没有改动/);
  });

  it('tells the asker when the office refuses, and changes no deadline', async () => {
    await h.command('UWLIA', 'extend 2026-0402 2026-07-31 人手不足');
    const [request] = (await h.drain()).filter((call) => call.method === 'chat.postMessage');
    const blocks = request!.args.blocks as Blocks;
    const refuse = blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === actionIds.refuseExtension)!;
    h.standIn.reset();
    await h.button('USUP', actionIds.refuseExtension, refuse.value, { text: String(request!.args.text), blocks });
    expect(JSON.stringify((await h.waitForResponses(1))[0]?.args.blocks)).toContain('对 *2026-0402* 的延期申请不予同意，期限不变。');
    expect((await suggestion('2026-0402')).statutoryDueOn).toBe('2026-06-02');
    const told = (await h.drain()).filter((call) => call.method === 'chat.postMessage');
    expect(String(told[0]?.args.text)).toContain('不予同意，法定答复期限仍为 6月2日（周二）');
    const [row] = await h.db
      .select()
      .from(extensionRequests)
      .where(and(eq(extensionRequests.status, 'refused')));
    expect(row?.decidedBy).toBe('USUP');
  });
});
