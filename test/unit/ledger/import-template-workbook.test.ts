import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importColumns } from '../../../src/domain/import-column.js';
import { en } from '../../../src/i18n/en.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';
import { importTemplateWorkbook } from '../../../src/ledger/import-template-workbook.js';
import { readImportCells } from '../../../src/services/imports/read-import-cells.js';
import { readImportTable } from '../../../src/services/imports/read-import-table.js';

const template = {
  units: [{ name: '省水利厅', aliases: ['水利厅', '水利'] }],
  exampleCode: '2026-0001',
  exampleDueOn: '2026-06-02',
  statutoryMonths: 3,
  rows: 100,
};

const catalogs = [
  ['zh-CN', zhCN],
  ['en', en],
] as const;

describe('the 交办清单 template', () => {
  it.each(catalogs)('reads back, in %s, as one row an import can assign, every header a column it knows', async (_locale, catalog) => {
    const table = readImportTable(await readImportCells('xlsx', await importTemplateWorkbook(catalog, template)));
    expect(table).toMatchObject({ ok: true, problems: [], unknownHeaders: [] });
    // With one unit, the lead is that unit and no co unit is named.
    expect(table.ok && table.rows).toEqual([
      {
        line: 2,
        code: '2026-0001',
        title: catalog.import.template.example.title,
        leadDeputy: catalog.import.template.example.leadDeputy,
        coSigners: catalog.import.template.example.coSigners,
        field: catalog.import.template.example.field,
        lead: '省水利厅',
        co: [],
        handler: null,
        dueOn: '2026-06-02',
      },
    ]);
  });

  it.each(catalogs)('keeps, in %s, within what Excel takes: sheet names, hints and warnings', async (_locale, catalog) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await importTemplateWorkbook(catalog, template)) as unknown as ArrayBuffer);
    for (const sheet of workbook.worksheets) {
      expect(sheet.name.length).toBeLessThanOrEqual(31);
      expect(sheet.name).not.toMatch(/[[\]:*?/\\]/);
    }
    const list = workbook.worksheets[0]!;
    const validations = importColumns.map((_, i) => list.getRow(2).getCell(i + 1).dataValidation).filter(Boolean);
    // 编号, 主办单位, 会办单位, 经办人, 法定答复期限.
    expect(validations).toHaveLength(5);
    for (const validation of validations) {
      expect(validation.promptTitle?.length ?? 0).toBeLessThanOrEqual(32);
      expect(validation.prompt?.length ?? 0).toBeLessThanOrEqual(255);
      expect(validation.errorTitle?.length ?? 0).toBeLessThanOrEqual(32);
      expect(validation.error?.length ?? 0).toBeLessThanOrEqual(225);
    }
    expect(list.getCell('F101').dataValidation).toMatchObject({
      type: 'list',
      formulae: [`'${catalog.import.template.unitSheet}'!$A$2:$A$2`],
    });
    expect(list.getCell('F102').dataValidation).toBeUndefined();
  });
});
