// 导入 模板: a 交办清单 template sent as a file to the supervision office, made when it is sent:
// the columns an import reads, an example row, and the office's units as the 主办单位 drop-down
// list. What it gives back imports as it is.

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suggestions } from '../../src/db/schema.js';
import { readImportCells } from '../../src/services/imports/read-import-cells.js';
import { readImportTable } from '../../src/services/imports/read-import-table.js';
import { callbackIds, importModalBlocks, inputActionId } from '../../src/slack/ids.js';
import { formText, updatedView } from '../support/form-view.js';
import { type Harness, startHarness } from '../support/harness.js';
import { provinceUnitNames } from '../support/province-units.js';
import { fileSharedWith } from '../support/shared-file.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ supervisors: ['USUP'], now: '2026-03-02T01:00:00Z' });
});
afterAll(async () => {
  await h?.close();
});

/** A province's units: more than Excel's 255 characters of an inline list. */
const unitNames = provinceUnitNames;

const headers = ['编号', '标题', '领衔代表', '附议代表', '领域', '主办单位', '会办单位', '经办人', '法定答复期限'];

/** The template the person was sent by the messages drained now, as bytes and as a workbook. */
async function sentTemplate(user: string) {
  const file = await fileSharedWith(h, user);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file.data as unknown as ArrayBuffer);
  return { filename: file.filename, bytes: file.data, workbook };
}

const unitColumn = (workbook: ExcelJS.Workbook) => workbook.getWorksheet('承办单位')!.getColumn(1).values.slice(2);

/** Gives the import form a file, as Slack's file input does, and waits for the preview it turns into. */
async function preview(name: string, data: Buffer) {
  const from = h.standIn.calls.length;
  const answer = await h.submitView('USUP', callbackIds.importModal, {
    [importModalBlocks.file]: { [inputActionId]: { type: 'file_input', files: [h.standIn.shareFile('USUP', name, data)] } },
  });
  expect(answer.body.response_action).toBe('update');
  return updatedView(h, from);
}

describe('/suggest import template', () => {
  it('sends nothing while no unit is registered: the list would offer none', async () => {
    expect(await h.said('USUP', 'import template')).toBe(
      '还没有登记任何承办单位。请先用 `/suggest unit add <名称>` 登记单位，再交办建议。',
    );
    expect(await h.drain()).toEqual([]);
  });

  describe('with the office’s units registered', () => {
    beforeAll(async () => {
      await h.command('USUP', `unit add ${unitNames[0]} alias:发改委 liaison:<@UWLIA|wang>`);
      for (const name of unitNames.slice(1)) await h.command('USUP', `unit add ${name}`);
      await h.drain();
    });

    it('sends the office a workbook: every column an import reads, an example row, the units as a drop-down list', async () => {
      expect(await h.said('USUP', '导入 模板')).toBe('正在生成交办清单模板（Excel），稍后以文件发给您。');
      const { filename, bytes, workbook } = await sentTemplate('USUP');
      expect(filename).toBe('交办清单模板-2026-03-02-0900.xlsx');
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['交办清单', '承办单位']);
      const [list, units] = workbook.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];

      // The header, bold and frozen; the 法定答复期限 column formatted as a date, every column wide enough.
      expect((list.getRow(1).values as unknown[]).slice(1)).toEqual(headers);
      expect(list.getRow(1).font).toMatchObject({ bold: true });
      expect(list.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(list.getColumn(9).numFmt).toBe('yyyy-mm-dd');
      expect(list.getColumn(2).width).toBeGreaterThanOrEqual(40);
      expect(list.getColumn(6).width).toBeGreaterThanOrEqual(2 * '省人力资源和社会保障厅'.length);

      // The example: this year's first code, the first unit registered as the lead, two more as co units,
      // the deadline a row without one would get (three months), and no handler.
      expect((list.getRow(2).values as unknown[]).slice(1)).toEqual([
        '2026-0001',
        '关于加强农村饮水安全保障的建议（示例，请改写或删除本行）',
        '张某某',
        '李某某、王某某',
        '农业农村',
        '省发展和改革委员会',
        '省教育厅、省科学技术厅',
        undefined,
        new Date('2026-06-02T00:00:00Z'),
      ]);
      expect(list.rowCount).toBe(2);

      // The units on a sheet of their own, in the order they were registered, aliases beside; the 主办单位
      // column lists them by reference, as an inline list of them would pass Excel's 255 characters.
      expect(unitColumn(workbook)).toEqual(unitNames);
      expect(units.getCell('B2').value).toBe('发改委');
      expect(unitNames.join(',').length).toBeGreaterThan(255);
      const lead = list.getCell('F2').dataValidation;
      expect(lead).toMatchObject({
        type: 'list',
        formulae: [`'承办单位'!$A$2:$A$${unitNames.length + 1}`],
        allowBlank: true,
        showErrorMessage: true,
        errorStyle: 'warning',
        showInputMessage: true,
        promptTitle: '主办单位',
      });
      // As far down as an import reads (20,000 rows), and not over the header.
      expect(list.getCell('F20001').dataValidation).toEqual(lead);
      expect(list.getCell('F20002').dataValidation).toBeUndefined();
      expect(list.getCell('F1').dataValidation).toBeUndefined();
      // 会办单位 holds several names, which a list validation would refuse: a hint only, as for the others.
      expect(list.getCell('G2').dataValidation).toMatchObject({ type: 'any', showInputMessage: true, promptTitle: '会办单位' });
      expect(list.getCell('G2').dataValidation.prompt).toContain('顿号');
      expect(list.getCell('I2').dataValidation.prompt).toContain('3 个月');

      // Read back as an import reads it: one row that can be assigned, every header known.
      const table = readImportTable(await readImportCells('xlsx', bytes));
      expect(table).toMatchObject({ ok: true, problems: [], unknownHeaders: [] });
      expect(table.ok && table.rows).toEqual([
        {
          line: 2,
          code: '2026-0001',
          title: '关于加强农村饮水安全保障的建议（示例，请改写或删除本行）',
          leadDeputy: '张某某',
          coSigners: ['李某某', '王某某'],
          field: '农业农村',
          lead: '省发展和改革委员会',
          co: ['省教育厅', '省科学技术厅'],
          handler: null,
          dueOn: '2026-06-02',
        },
      ]);
    });

    it('sends one file for a request made twice in a minute', async () => {
      expect(await h.said('USUP', 'import template')).toBe(
        '您一分钟内已要过一份交办清单模板，不再重复生成；它会以文件发到您与机器人的私信中。',
      );
      expect(await h.drain()).toEqual([]);
    });

    it('is made when it is sent: a unit registered meanwhile is in its list', async () => {
      h.setNow('2026-03-02T01:05:00Z');
      expect(await h.said('USUP', 'import template')).toBe('正在生成交办清单模板（Excel），稍后以文件发给您。');
      await h.command('USUP', 'unit add 省数据局');
      const { filename, workbook } = await sentTemplate('USUP');
      expect(filename).toBe('交办清单模板-2026-03-02-0905.xlsx');
      expect(unitColumn(workbook)).toEqual([...unitNames, '省数据局']);
      expect(workbook.worksheets[0]!.getCell('F2').dataValidation.formulae).toEqual([`'承办单位'!$A$2:$A$${unitNames.length + 2}`]);
    });

    it('imports as it is through the import form, its example row assigned to the units it names', async () => {
      h.setNow('2026-03-02T01:10:00Z');
      await h.command('USUP', 'import template');
      const { bytes } = await sentTemplate('USUP');
      const checked = await preview('交办清单模板.xlsx', bytes);
      expect(checked.callback_id).toBe(callbackIds.importConfirm);
      expect(formText(checked)).toContain('共 1 行：1 件可以交办。');
      const from = h.standIn.calls.length;
      await h.submitView('USUP', callbackIds.importConfirm, {}, checked.private_metadata);
      expect(formText(await updatedView(h, from))).toContain('已交办 1 件建议');
      expect(await h.db.select({ code: suggestions.code, statutoryDueOn: suggestions.statutoryDueOn }).from(suggestions)).toEqual([
        { code: '2026-0001', statutoryDueOn: '2026-06-02' },
      ]);
      await h.drain();
    });

    it('is the supervision office’s: refused to a unit’s liaison, a removed supervisor and a stranger, with the usage for other words', async () => {
      await h.command('USUP', 'supervisor add <@USUP2|li>');
      await h.command('USUP', 'supervisor remove <@USUP2|li>');
      await h.drain();
      for (const user of ['UWLIA', 'USUP2', 'USTRANGER']) {
        const answer = await h.command(user, '导入 模板');
        expect(answer.body.response_type).toBe('ephemeral');
        expect(answer.body.text).toMatch(/需要以下角色之一：督办室/);
      }
      expect(await h.said('USUP', 'import templates')).toMatch(/看不懂 `templates`。用法：`\/suggest import`/);
      expect(await h.drain()).toEqual([]);
    });
  });
});
