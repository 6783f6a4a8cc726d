// 申请调整 end to end: a unit hands back a wrongly assigned suggestion within its window; the
// supervision office reassigns it to another unit (which is told and gets its own plan) or refuses.
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignments, auditEvents, milestones, suggestions, transferRequests, units } from '../../src/db/schema.js';
import { actionIds, callbackIds, inputActionId, reassignModalBlocks, transferModalBlocks } from '../../src/slack/ids.js';
import type { RecordedCall } from '../../tools/slack-stand-in/types.js';
import { digestAt, wordsOf } from '../support/digests.js';
import { rowCount } from '../support/fixtures.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ supervisors: ['USUP'] }); // Monday 2026-03-02
  await h.command('USUP', 'unit add 省水利厅 alias:水利厅 channel:<#CWATER|water> liaison:<@UWLIA|wang>');
  await h.command('USUP', 'unit add 省交通厅 alias:交通厅 channel:<#CTRANS|trans> liaison:<@UTLIA|tian>');
  await h.command('USUP', 'unit add 省民政厅 alias:民政厅 liaison:<@UCLIA|zhao>');
  await h.command('USUP', 'assign 2026-0601 lead:水利厅 co:民政厅 handler:<@UHAN|han> title:关于公路养护的建议');
  await h.command('USUP', 'assign 2026-0602 lead:水利厅');
  await h.drain();
});
afterAll(async () => {
  await h?.close();
});

type Blocks = Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>;
type ModalView = {
  callback_id: string;
  private_metadata: string;
  blocks: Array<{ block_id?: string; element?: { options?: Array<{ value: string; text: { text: string } }> } }>;
};
const buttonsOf = (call: RecordedCall | undefined) => ((call?.args.blocks ?? []) as Blocks).flatMap((b) => b.elements ?? []);
const posts = (calls: RecordedCall[]) => calls.filter((call) => call.method === 'chat.postMessage');
/** The transfer request the office was sent (other notices, such as an acceptance, may go with it). */
const requestIn = (calls: RecordedCall[]) => posts(calls).find((call) => String(call.args.text).startsWith('调整申请'));
const unitId = async (name: string) => (await h.db.select().from(units).where(eq(units.name, name)))[0]!.id;
const assignmentsOf = async (code: string) => {
  const [s] = await h.db.select().from(suggestions).where(eq(suggestions.code, code));
  return h.db.select().from(assignments).where(eq(assignments.suggestionId, s!.id)).orderBy(asc(assignments.id));
};
const nodesOf = async (assignmentId: number) =>
  Object.fromEntries(
    (await h.db.select().from(milestones).where(eq(milestones.assignmentId, assignmentId))).map((node) => [node.kind, node.plannedOn]),
  );
const reassignValues = (unit: number, handler?: string) => ({
  [reassignModalBlocks.unit]: { [inputActionId]: { type: 'static_select', selected_option: { value: String(unit) } } },
  [reassignModalBlocks.handler]: { [inputActionId]: { type: 'users_select', selected_user: handler ?? null } },
});

describe('/suggest transfer', () => {
  it('refuses what cannot be asked, privately, storing and sending nothing', async () => {
    h.standIn.reset();
    const cases: Array<[string, string, RegExp]> = [
      ['USTRANGER', 'transfer 2026-0601 不归我们管', /需要以下角色之一：联络员、经办人/],
      ['UWLIA', 'transfer 2026-0699 不归我们管', /本会次没有编号为 `2026-0699` 的建议/],
      ['UWLIA', 'transfer 2026-0601', /用法：`\/suggest transfer <编号> \[unit:<单位>\] <理由>`/],
      ['USUP', 'transfer 2026-0602 unit:民政厅 不归水利厅', /「省民政厅」没有在办建议 \*2026-0602\*/],
      ['USUP', 'transfer 2026-0602 unit:环保厅 不归水利厅', /没有名为 `环保厅` 的承办单位/],
    ];
    for (const [user, text, says] of cases) {
      const answer = await h.command(user, text);
      expect(answer.body.response_type).toBe('ephemeral');
      expect(answer.body.text).toMatch(says);
    }
    // The window is 5 working days from the assignment: Monday 3-09 is its last day.
    h.setNow('2026-03-10T01:00:00Z');
    expect((await h.command('UWLIA', '调整 2026-0601 不归我们管')).body.text).toBe(
      '申请调整的期限已于 3月9日（周一） 截止，单位不能再申请退回。如确需调整，请联系督办室：督办室可随时用 `/suggest transfer <编号> [unit:<单位>] <理由>` 提出并改派。',
    );
    h.setNow('2026-03-09T01:00:00Z');
    expect(await rowCount(h.db, transferRequests)).toBe(0);
    expect(await h.drain()).toEqual([]);
  });

  it('is asked by the lead unit, reassigned by the office: the new unit is told and planned from today, the old one ends', async () => {
    const asked = await h.command('UWLIA', '调整 2026-0601 公路养护属于交通部门职责');
    expect(asked.body.text).toBe('已为「省水利厅」申请调整建议 *2026-0601*，督办室已收到，决定后会通知您。在决定之前请继续按节点办理。');
    expect((await h.command('UHAN', 'transfer 2026-0601 再次申请')).body.text).toMatch(/已有一个待督办室决定的申请/);

    const [request] = posts(await h.drain());
    expect(request?.args.channel).toBe('USUP');
    expect(JSON.stringify(request?.args.blocks)).toContain('理由：公路养护属于交通部门职责');
    const reassign = buttonsOf(request).find((e) => e.action_id === actionIds.reassignTransfer)!;

    // Only the supervision office decides: no form opens for anyone else.
    h.standIn.reset();
    await h.button('UWLIA', actionIds.reassignTransfer, reassign.value);
    expect(String((await h.waitForResponses(1))[0]?.args.text)).toMatch(/需要以下角色之一：督办室/);
    expect(h.standIn.callsTo('views.open')).toEqual([]);

    // The form offers only units not already handling it.
    h.standIn.reset();
    expect((await h.button('USUP', actionIds.reassignTransfer, reassign.value)).status).toBe(200);
    const view = h.standIn.callsTo('views.open')[0]?.args.view as ModalView;
    expect(view.callback_id).toBe(callbackIds.reassignModal);
    const offered = view.blocks.find((b) => b.block_id === reassignModalBlocks.unit)?.element?.options?.map((o) => o.text.text);
    expect(offered).toEqual(['省交通厅']);

    // A forged pick of a unit already on it is refused inside the form, changing nothing.
    const already = await h.submitView('USUP', callbackIds.reassignModal, reassignValues(await unitId('省民政厅')), view.private_metadata);
    expect(already.body.errors?.[reassignModalBlocks.unit]).toBe('「省民政厅」已经在办理这件建议（主办或会办），请选择另一个单位。');
    expect((await h.db.select().from(transferRequests))[0]?.status).toBe('pending');

    const before = await assignmentsOf('2026-0601');
    const oldReply = (await nodesOf(before[0]!.id)).reply;
    const done = await h.submitView(
      'USUP',
      callbackIds.reassignModal,
      reassignValues(await unitId('省交通厅'), 'UTHAN'),
      view.private_metadata,
    );
    expect(done.body.response_action).toBe('update');
    expect(JSON.stringify(done.body.view)).toContain('已将建议 *2026-0601* 由「省水利厅」改派「省交通厅」');

    const after = await assignmentsOf('2026-0601');
    expect(after.map((a) => [a.unitId, a.role, a.status])).toEqual([
      [await unitId('省水利厅'), 'lead', 'transferred'],
      [await unitId('省民政厅'), 'co', 'pending'],
      [await unitId('省交通厅'), 'lead', 'pending'],
    ]);
    const taken = after[2]!;
    expect(taken).toMatchObject({ handlerUserId: 'UTHAN', startedOn: '2026-03-09' });
    const plan = await nodesOf(taken.id);
    // Forward steps from the hand-over (Monday 3-09 + 3 working days); the reply keeps the suggestion's deadline.
    expect(plan.accept).toBe('2026-03-12');
    expect(plan.transfer_window).toBe('2026-03-16');
    expect(plan.reply).toBe(oldReply);

    const told = posts(await h.drain());
    expect(told.map((call) => call.args.channel).sort()).toEqual(['CTRANS', 'UTHAN', 'UTLIA']);
    const toNewUnit = told.find((call) => call.args.channel === 'UTLIA');
    expect(String(toNewUnit?.args.text)).toContain('新交办建议（主办）');
    expect(buttonsOf(toNewUnit).map((b) => [b.action_id, b.value])).toContainEqual([actionIds.acceptAssignment, String(taken.id)]);
    // The unit that handed it over learns of it in the next morning's digest: it asks nothing of them.
    const digest = await digestAt(h, '2026-03-10T01:00:00Z', 'UWLIA');
    expect(wordsOf(digest)).toContain('调整申请已获同意，改由「省交通厅」办理');
    const actions = (await h.db.select().from(auditEvents)).map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining(['transfer.request', 'transfer.approved', 'assignment.transfer', 'assignment.create']));

    // Decided once: a second submission changes nothing.
    const again = await h.submitView('USUP', callbackIds.reassignModal, reassignValues(await unitId('省交通厅')), view.private_metadata);
    expect(again.body.errors?.[reassignModalBlocks.unit]).toMatch(/<@USUP> 已经批准，没有改动/);
    // The old unit can no longer act on it; the new one can.
    expect((await h.command('UWLIA', 'accept 2026-0601')).body.text).toMatch(/需要以下角色之一|不再由「省水利厅」办理/);
    expect((await h.command('UTLIA', 'accept 2026-0601')).body.text).toMatch(/已签收建议 \*2026-0601\*/);
  });

  it('opens from the 申请调整 button on the assignment notice; the office refuses in place and the unit keeps it', async () => {
    const [lead] = await assignmentsOf('2026-0602');
    h.standIn.reset();
    await h.button('UWLIA', actionIds.requestTransfer, String(lead!.id));
    const view = h.standIn.callsTo('views.open')[0]?.args.view as ModalView;
    expect(view.callback_id).toBe(callbackIds.transferModal);
    expect(JSON.stringify(view.blocks)).toContain('申请调整的期限：3月9日（周一）');

    const blank = await h.submitView(
      'UWLIA',
      callbackIds.transferModal,
      { [transferModalBlocks.reason]: { [inputActionId]: { value: '  ' } } },
      view.private_metadata,
    );
    expect(blank.body.errors?.[transferModalBlocks.reason]).toBe('请写明申请调整的理由。');
    const sent = await h.submitView(
      'UWLIA',
      callbackIds.transferModal,
      { [transferModalBlocks.reason]: { [inputActionId]: { value: '应由省交通厅办理' } } },
      view.private_metadata,
    );
    expect(JSON.stringify(sent.body.view)).toContain('已为「省水利厅」申请调整建议 *2026-0602*');

    const request = requestIn(await h.drain());
    const refuse = buttonsOf(request).find((e) => e.action_id === actionIds.refuseTransfer)!;
    h.standIn.reset();
    await h.button('USUP', actionIds.refuseTransfer, refuse.value, {
      text: String(request!.args.text),
      blocks: request!.args.blocks as unknown[],
    });
    const [inPlace] = await h.waitForResponses(1);
    expect(inPlace?.args.replace_original).toBe(true);
    expect(JSON.stringify(inPlace?.args.blocks)).toContain('对 *2026-0602* 的调整申请不予同意，仍由「省水利厅」办理。');
    expect((await assignmentsOf('2026-0602')).map((a) => a.status)).toEqual(['pending']);
    const told = posts(await h.drain());
    expect(told.map((call) => call.args.channel)).toEqual(['UWLIA']);
    expect(String(told[0]?.args.text)).toContain('不予同意，请继续按节点办理');

    // After the window the button answers why, and no form opens.
    h.setNow('2026-03-10T01:00:00Z');
    h.standIn.reset();
    await h.button('UWLIA', actionIds.requestTransfer, String(lead!.id));
    expect(String((await h.waitForResponses(1))[0]?.args.text)).toMatch(/申请调整的期限已于 3月9日（周一） 截止/);
    expect(h.standIn.callsTo('views.open')).toEqual([]);
    h.setNow('2026-03-09T01:00:00Z');
  });

  it('moves a co-handling unit too, to a unit whose own assignment on it had ended', async () => {
    await h.command('UCLIA', 'transfer 2026-0601 本厅与此无关');
    const request = requestIn(await h.drain());
    const reassign = buttonsOf(request).find((e) => e.action_id === actionIds.reassignTransfer)!;
    h.standIn.reset();
    await h.button('USUP', actionIds.reassignTransfer, reassign.value);
    const view = h.standIn.callsTo('views.open')[0]?.args.view as ModalView;
    expect(view.blocks.find((b) => b.block_id === reassignModalBlocks.unit)?.element?.options?.map((o) => o.text.text)).toEqual([
      '省水利厅',
    ]);
    await h.submitView('USUP', callbackIds.reassignModal, reassignValues(await unitId('省水利厅')), view.private_metadata);
    const live = (await assignmentsOf('2026-0601')).filter((a) => a.status !== 'transferred');
    expect(live.map((a) => [a.unitId, a.role])).toEqual([
      [await unitId('省交通厅'), 'lead'],
      [await unitId('省水利厅'), 'co'],
    ]);
    const coPlan = await nodesOf(live[1]!.id);
    expect(Object.keys(coPlan).sort()).toEqual(['accept', 'co_opinion', 'transfer_window']);
    const [pending] = await h.db
      .select()
      .from(transferRequests)
      .where(and(eq(transferRequests.status, 'pending')));
    expect(pending).toBeUndefined();
  });

  it('lets the supervision office move a suggestion after the window, when the unit no longer can', async () => {
    h.setNow('2026-03-20T01:00:00Z');
    expect((await h.command('UWLIA', 'transfer 2026-0602 不归我们管')).body.text).toMatch(/申请调整的期限已于/);
    // The office names no unit: the lead unit's part is the one that moves.
    const asked = await h.command('USUP', '调整 2026-0602 经核实属交通厅职责');
    expect(asked.body.text).toContain('已为「省水利厅」申请调整建议 *2026-0602*');
    const request = requestIn(await h.drain());
    expect(request?.args.channel).toBe('USUP');
    const reassign = buttonsOf(request).find((e) => e.action_id === actionIds.reassignTransfer)!;
    h.standIn.reset();
    await h.button('USUP', actionIds.reassignTransfer, reassign.value);
    const view = h.standIn.callsTo('views.open')[0]?.args.view as ModalView;
    await h.submitView('USUP', callbackIds.reassignModal, reassignValues(await unitId('省交通厅')), view.private_metadata);
    const live = (await assignmentsOf('2026-0602')).filter((a) => a.status !== 'transferred');
    expect(live.map((a) => [a.unitId, a.role])).toEqual([[await unitId('省交通厅'), 'lead']]);
    const [filed] = await h.db.select().from(transferRequests).where(eq(transferRequests.reason, '经核实属交通厅职责'));
    expect(filed).toMatchObject({ requestedBy: 'USUP', status: 'approved' });
    h.setNow('2026-03-09T01:00:00Z');
  });
});
