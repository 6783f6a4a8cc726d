// 导出: the ledger as a workbook, sent as a file to the one who asked, holding only what they may see.

import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, suggestions } from '../../src/db/schema.js';
import { type Harness, startHarness } from '../support/harness.js';
import { fileSharedWith } from '../support/shared-file.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ supervisors: ['USUP'], now: '2026-03-02T01:00:00Z' });
  h.standIn.setUser('UHAN', { realName: '韩立', displayName: '韩经办' });
  await h.command('USUP', 'unit add 省水利厅 alias:水利厅 liaison:<@UWLIA|wang>');
  await h.command('USUP', 'unit add 省民政厅 alias:民政厅 liaison:<@UCLIA|zhao>');
  await h.command('USUP', 'assign 2026-0701 lead:水利厅 co:民政厅 handler:<@UHAN|han> title:关于河道治理的建议');
  await h.command('USUP', 'assign 2026-0702 lead:民政厅 title:关于社区养老的建议');
  h.setNow('2026-03-03T02:30:00Z');
  await h.command('UWLIA', 'accept 2026-0701');
  await h.drain();
});
afterAll(async () => {
  await h?.close();
});

let minute = 0;
/** Asks for the ledger (a minute after the last request: one request an instant is one file) and reads the workbook the person then gets. */
async function exported(user: string, text: string) {
  h.setNow(new Date(Date.parse('2026-03-03T02:30:00Z') + (minute += 1) * 60_000));
  const answer = await h.command(user, text);
  const file = await fileSharedWith(h, user);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file.data as unknown as ArrayBuffer);
  return { answer, filename: file.filename, workbook };
}

const column = (sheet: ExcelJS.Worksheet, header: string) => {
  const index = (sheet.getRow(1).values as unknown[]).indexOf(header);
  return sheet.getColumn(index).values.slice(2);
};

describe('/suggest export', () => {
  it('sends the supervision office the whole session: every part a sheet, Chinese headers, header frozen, dates as dates', async () => {
    const { answer, filename, workbook } = await exported('USUP', '导出');
    expect(answer.body.text).toBe('正在生成督办台账（Excel），稍后以文件发给您。');
    expect(filename).toMatch(/^督办台账-2026-2026-03-03-[0-9a-z]+\.xlsx$/);
    // The same request again within the minute (a double submit) is refused: one file.
    expect(await h.said('USUP', '导出')).toBe('您刚导出过台账。请 60 秒后再导出。');
    expect((await h.drain()).filter((call) => call.method === 'files.completeUploadExternal')).toEqual([]);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '建议',
      '交办与节点',
      '沟通',
      '会办意见',
      '答复',
      '审核',
      '代表评价',
      '承诺事项',
      '统计',
    ]);
    const [sheet, steps] = workbook.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['编号', '标题', '领衔代表']);
    expect(column(sheet, '编号')).toEqual(['2026-0701', '2026-0702']);
    expect(column(sheet, '法定答复期限')).toEqual([new Date('2026-06-02T00:00:00Z'), new Date('2026-06-02T00:00:00Z')]);
    expect(column(sheet, '状态')).toEqual(['办理中', '已交办']);
    // One row per assignment and round, each step's planned and done dates; 签收 done at 10:30 Shanghai time.
    expect(column(steps, '单位')).toEqual(['省水利厅', '省民政厅', '省民政厅']);
    expect(column(steps, '签收·计划')[0]).toEqual(new Date('2026-03-05T00:00:00Z'));
    expect(column(steps, '签收·完成')[0]).toEqual(new Date('2026-03-03T10:30:00Z'));
    expect(column(steps, '初稿·计划')[1] ?? null).toBeNull();
    // People by name beside their IDs, as the workspace calls them (users.info, remembered).
    expect(column(sheet, '经办人')[0]).toBe('UHAN');
    expect(column(sheet, '经办人姓名')[0]).toBe('韩经办');
    expect(column(steps, '经办人姓名')[0]).toBe('韩经办');
    expect(column(steps, '经办人姓名').slice(1).filter(Boolean)).toEqual([]);
    // The 四个一 of each assignment: its division and responsible leader, once 分办 names them.
    expect(column(steps, '承办处室').filter(Boolean)).toEqual([]);
  });

  it('holds only what a unit’s person may see, narrowed to a unit on request, and is audited', async () => {
    const mine = await exported('UWLIA', 'export');
    expect(column(mine.workbook.worksheets[0]!, '编号')).toEqual(['2026-0701']);
    const narrowed = await exported('USUP', 'export unit:民政厅');
    expect(column(narrowed.workbook.worksheets[0]!, '编号')).toEqual(['2026-0701', '2026-0702']);
    const onlyLead = await exported('UCLIA', 'export unit:民政厅');
    expect(column(onlyLead.workbook.worksheets[0]!, '编号')).toEqual(['2026-0701', '2026-0702']);
    // Every export is audited; the refused double submit of the first test changed nothing.
    expect(await h.db.$count(auditEvents, eq(auditEvents.action, 'ledger.export'))).toBe(4);
  });

  it('takes one export at a time for each person: another waits until the last has been sent', async () => {
    h.setNow(new Date(Date.parse('2026-03-03T02:30:00Z') + (minute += 10) * 60_000));
    expect(await h.said('UCLIA', 'export')).toBe('正在生成督办台账（Excel），稍后以文件发给您。');
    h.setNow(new Date(Date.parse('2026-03-03T02:30:00Z') + (minute += 10) * 60_000));
    expect(await h.said('UCLIA', 'export')).toContain('您上一次导出的台账还在生成和发送中');
    // Someone else is not held back by it.
    expect(await h.said('UWLIA', 'export')).toBe('正在生成督办台账（Excel），稍后以文件发给您。');
    const shared = (await h.drain()).filter((call) => call.method === 'files.completeUploadExternal');
    expect(shared.map((call) => call.args.channel_id).sort()).toEqual(['DCLIA', 'DWLIA']);
    expect(await h.said('UCLIA', 'export')).toBe('正在生成督办台账（Excel），稍后以文件发给您。');
    await h.drain();
  });

  it('refuses a unit that is not the person’s, an unknown unit, and someone with no role, sending nothing', async () => {
    const cases: Array<[string, string, RegExp]> = [
      ['UWLIA', 'export unit:民政厅', /需要以下角色之一：督办室、成员/],
      ['USUP', 'export unit:水力厅', /没有名为 `水力厅` 的承办单位。是不是「省水利厅」/],
      ['USTRANGER', 'export', /需要以下角色之一：督办室、成员/],
      ['USUP', 'export 2026-0701', /用法：`\/suggest export \[unit:<单位>\]`/],
    ];
    for (const [user, text, says] of cases) {
      const answer = await h.command(user, text);
      expect(answer.body.response_type).toBe('ephemeral');
      expect(answer.body.text).toMatch(says);
    }
    expect(await h.drain()).toEqual([]);
    expect(await h.db.$count(suggestions)).toBe(2);
  });
});
