// People change through Slack (DESIGN §3, §4): a removed liaison's next 签收 and `show` are
// refused; 分办 by command and by its button and form; a delegate receives the leader's
// escalation; bad input answered privately, changing nothing.
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignments, auditEvents, delegations, members, outbox } from '../../src/db/schema.js';
import { jobDefinitions } from '../../src/jobs/definitions.js';
import { actionIds, callbackIds, inputActionId, routeModalBlocks } from '../../src/slack/ids.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ supervisors: ['USUP'], now: '2026-03-02T01:00:00Z' });
  await h.command('USUP', 'unit add 省水利厅 alias:水利厅 liaison:<@UWLIA|wang> leader:<@UWLEAD|li>');
  await h.command('USUP', 'unit add 省民政厅 alias:民政厅 liaison:<@UCLIA|zhao>');
  await h.command('USUP', 'unit member 水利厅 <@UWLIA2|qian> 联络员');
  await h.command('USUP', 'assign 2026-0801 lead:水利厅 co:民政厅');
  await h.command('USUP', 'assign 2026-0802 lead:民政厅');
  await h.drain();
});
afterAll(async () => {
  await h?.close();
});

const said = (user: string, text: string) => h.said(user, text);

const footprint = async () => ({
  members: await h.db.$count(members),
  audit: await h.db.$count(auditEvents),
  outbox: await h.db.$count(outbox),
  delegations: await h.db.$count(delegations),
});

describe('unit member remove', () => {
  it('refuses what cannot be done, privately, changing nothing', async () => {
    const before = await footprint();
    expect(await said('UWLIA', '单位 成员 移除 水利厅 <@UWLIA2|qian>')).toMatch(/需要以下角色之一：督办室/);
    expect(await said('USUP', 'unit member remove 水利厅 <@UWLEAD|li> 主要领导')).toBe(
      '<@UWLEAD> 不是「省水利厅」的主要领导，没有改动。此人在该单位担任：分管领导。',
    );
    expect(await said('USUP', 'unit member remove 水利厅 <@UNOBODY|x>')).toBe('<@UNOBODY> 在「省水利厅」没有任何角色，没有改动。');
    expect(await said('USUP', 'unit member remove 水厅 <@UWLIA|wang>')).toMatch(/水利厅/);
    expect(await said('USUP', 'unit member remove 水利厅 wang')).toMatch(/用法：`\/suggest unit member/);
    expect(await said('USUP', 'unit member remove 水利厅 <@UWLIA|wang> 局长')).toMatch(/局长/);
    expect(await footprint()).toEqual(before);
  });

  it('ends a liaison’s rights at once: their next 签收 and show are refused; the last liaison’s removal warns the office', async () => {
    expect(await said('USUP', 'unit member remove 水利厅 <@UWLIA|wang>')).toMatch(/^已移除 <@UWLIA> 在「省水利厅」的联络员角色/);
    expect(await said('UWLIA', 'accept 2026-0801')).toMatch(/需要以下角色之一/);
    expect(await said('UWLIA', 'show 2026-0801')).toMatch(/需要以下角色之一/);
    expect(await said('UWLIA', 'list all')).not.toContain('2026-0801');

    const last = await said('USUP', '单位 成员 移除 水利厅 <@UWLIA2|qian> 联络员');
    expect(last).toContain('「省水利厅」现在没有联络员');
    const sent = (await h.drain()).filter((call) => call.method === 'chat.postMessage');
    expect(sent.map((call) => call.args.channel).sort()).toEqual(['USUP', 'UWLIA', 'UWLIA2']);
    expect(String(sent.find((call) => call.args.channel === 'USUP')?.args.text)).toContain('单位缺少联络员');
    await said('USUP', 'unit member 水利厅 <@UWLIA|wang> liaison');
    await h.drain();
  });
});

describe('分办', () => {
  it('names the co-handling unit’s handler, division and leader by command; the named are told', async () => {
    expect(await said('UCLIA', 'route 2026-0801 handler:<@UCH|chen> division:养老服务处 leader:<@UCL|liu>')).toBe(
      '已分办建议 *2026-0801*（「省民政厅」）：经办人 <@UCH>、承办处室 养老服务处、分管领导 <@UCL>。已通知 2 人。',
    );
    const sent = (await h.drain()).filter((call) => call.method === 'chat.postMessage');
    expect(sent.map((call) => call.args.channel).sort()).toEqual(['UCH', 'UCL']);
    expect(String(sent.find((call) => call.args.channel === 'UCH')?.args.text)).toContain('由您担任经办人');
    // The handler of that assignment may now see it, and nothing else of the unit.
    expect(await said('UCH', 'show 2026-0801')).toContain('2026-0801');
    expect(await said('UCH', 'show 2026-0802')).toMatch(/需要以下角色之一/);
  });

  it('opens the same as a form from the 分办 button, and refuses someone who is not the unit’s liaison', async () => {
    const [lead] = await h.db.select().from(assignments).where(sql`${assignments.role} = 'lead' and ${assignments.unitId} = 1`);
    h.standIn.reset();
    await h.button('UCLIA', actionIds.routeAssignment, String(lead!.id));
    expect(String((await h.waitForResponses(1))[0]?.args.text)).toMatch(/需要以下角色之一：督办室、联络员/);

    h.standIn.reset();
    await h.button('UWLIA', actionIds.routeAssignment, String(lead!.id));
    const opened = h.standIn.callsTo('views.open')[0]?.args.view as { callback_id: string; private_metadata: string };
    expect(opened.callback_id).toBe(callbackIds.routeModal);
    const answer = await h.submitView(
      'UWLIA',
      callbackIds.routeModal,
      {
        [routeModalBlocks.handler]: { [inputActionId]: { type: 'users_select', selected_user: 'UWH' } },
        [routeModalBlocks.division]: { [inputActionId]: { type: 'plain_text_input', value: '河湖处' } },
        [routeModalBlocks.leader]: { [inputActionId]: { type: 'users_select', selected_user: null } },
      },
      opened.private_metadata,
    );
    expect(JSON.stringify(answer.body)).toContain('经办人 <@UWH>、承办处室 河湖处');
    const [routed] = await h.db.select().from(assignments).where(eq(assignments.id, lead!.id));
    expect(routed).toMatchObject({ handlerUserId: 'UWH', division: '河湖处', responsibleLeaderUserId: null });
    await h.drain();

    // The ledger carries each assignment's 四个一, people by name beside their IDs.
    h.standIn.setUser('UCL', { realName: '刘分管', displayName: '刘分管' });
    await h.command('USUP', 'export');
    const [shared] = (await h.drain()).filter((call) => call.method === 'files.completeUploadExternal');
    const file = h.standIn.uploadedFile((shared!.args.files as Array<{ id: string }>)[0]!.id)!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.data as unknown as ArrayBuffer);
    const steps = workbook.getWorksheet('交办与节点')!;
    const headers = steps.getRow(1).values as unknown[];
    const rows = steps.getSheetValues().slice(2) as unknown[][];
    const cell = (row: unknown[], header: string) => row[headers.indexOf(header)] ?? null;
    expect(rows.map((row) => [cell(row, '单位'), cell(row, '承办处室'), cell(row, '分管领导'), cell(row, '分管领导姓名')])).toContainEqual([
      '省民政厅',
      '养老服务处',
      'UCL',
      '刘分管',
    ]);
  });

  it('refuses someone the workspace no longer has, nothing named, and a bad code, privately', async () => {
    h.standIn.setUser('UGONE', { deleted: true });
    const before = await footprint();
    expect(await said('UWLIA', 'route 2026-0801 handler:<@UGONE|gone>')).toMatch(/^<@UGONE> 不是本工作区的有效成员/);
    expect(await said('UWLIA', '分办 2026-0801 unit:水利厅')).toMatch(/^请至少写明一项/);
    expect(await said('UWLIA', 'route 2026-0801 handler:zhang')).toMatch(/用法：`\/suggest route/);
    expect(await said('UWLIA', 'route 2026-9999 handler:<@UWH|h>')).toMatch(/2026-9999/);
    expect(await footprint()).toEqual(before);
  });
});

describe('代理', () => {
  it('refuses a delegation in the past, to oneself, to someone away, or without its date, privately', async () => {
    await said('UCLIA', 'delegate <@UAWAYDEP|d> until:2026-03-20');
    await h.drain();
    const before = await footprint();
    expect(await said('UWLEAD', 'delegate <@UDEP|d> until:2026-03-01')).toMatch(/已过/);
    expect(await said('UWLEAD', 'delegate <@UWLEAD|li> until:2026-03-20')).toMatch(/^不能委托自己/);
    expect(await said('UWLEAD', '代理 <@UCLIA|zhao> 至:2026-03-20')).toMatch(/正由他人代理/);
    expect(await said('UWLEAD', 'delegate <@UDEP|d>')).toMatch(/用法：`\/suggest delegate/);
    expect(await said('UWLEAD', 'delegate <@UDEP|d> until:2026-02-30')).toMatch(/2026-02-30/);
    expect(await said('UWLEAD', 'delegate off')).toBe('您目前没有委托他人代理，没有改动。');
    expect(await said('UWLIA', 'delegate off <@UCLIA|zhao>')).toMatch(/需要以下角色之一：督办室/);
    expect(await footprint()).toEqual(before);
  });

  it('sends the leader’s escalation to the delegate, marked for whom; both told at the start and the end', async () => {
    expect(await said('UWLEAD', 'delegate <@UDEP|d> until:2026-03-20')).toBe(
      '已委托 <@UDEP> 代理您的工作，至 3月20日（周五） 止。已告知双方。',
    );
    const started = (await h.drain()).filter((call) => call.method === 'chat.postMessage');
    expect(started.map((call) => call.args.channel).sort()).toEqual(['UDEP', 'UWLEAD']);
    expect(await said('UDEP', 'delegate')).toBe('您正在代理 <@UWLEAD> 的工作，至 3月20日（周五）。');

    // 签收 of 2026-0801 was due 03-05 and is still open: by Tuesday 03-10 it is 3 working days late.
    await jobDefinitions.reminders.run(h.db, new Date('2026-03-10T01:00:00Z'), 'Asia/Shanghai');
    const dms = (await h.drain()).filter((call) => call.method === 'chat.postMessage');
    const escalation = dms.find((call) => String(call.args.text).startsWith('代 <@UWLEAD> 收'));
    expect(escalation?.args.channel).toBe('UDEP');
    expect(dms.some((call) => call.args.channel === 'UWLEAD')).toBe(false);

    h.setNow('2026-03-12T02:00:00Z');
    expect(await said('USUP', 'delegate off <@UWLEAD|li>')).toBe('已结束 <@UDEP> 对 <@UWLEAD> 工作的代理。已告知双方。');
    const ended = (await h.drain()).filter((call) => call.method === 'chat.postMessage');
    expect(ended.map((call) => call.args.channel).sort()).toEqual(['UDEP', 'UWLEAD']);
    expect(String(ended.find((call) => call.args.channel === 'UWLEAD')?.args.text)).toContain('由 <@USUP> 提前结束');
  });
});
