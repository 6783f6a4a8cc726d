// A ledger exported, its 建议 sheet imported into a fresh database, exported again: the same
// ledger. (What an import takes back is what a 交办清单 holds: the suggestions, their units and
// handlers, and the plan that follows from them; a ledger's history stays in its source.)
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zhCN } from '../../src/i18n/zh-CN.js';
import { ledgerWorkbook } from '../../src/ledger/ledger-workbook.js';
import { importSuggestions } from '../../src/services/imports/import-suggestions.js';
import { readImportCells } from '../../src/services/imports/read-import-cells.js';
import { type Cell, readImportTable } from '../../src/services/imports/read-import-table.js';
import { readLedger } from '../../src/services/reports/read-ledger.js';
import { assignSuggestion } from '../../src/services/suggestions/assign-suggestion.js';
import { contextOf, defaultNow, people, seedOffice } from '../support/fixtures.js';
import { openTestDatabase, type TestDatabase } from '../support/test-database.js';

let source: TestDatabase;
let target: TestDatabase;
beforeAll(async () => {
  [source, target] = await Promise.all([openTestDatabase(), openTestDatabase()]);
});
afterAll(async () => {
  await Promise.all([source?.close(), target?.close()]);
});

const zone = 'Asia/Shanghai';
const exportOf = async (database: TestDatabase) =>
  ledgerWorkbook(zhCN, await readLedger(database.db, { now: defaultNow, timezone: zone }, { office: true }), zone);

/** Every sheet's cells, as a person opening the file reads them. */
async function sheetsOf(bytes: Buffer): Promise<Record<string, Cell[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return Object.fromEntries(
    workbook.worksheets.map((sheet) => {
      const rows: Cell[][] = [];
      sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as Cell[]).slice(1)));
      return [sheet.name, rows];
    }),
  );
}

describe('the ledger, out and back in', () => {
  it('exported, imported into a fresh database and exported again, is the same ledger', async () => {
    for (const database of [source, target]) await seedOffice(database.db);
    const office = contextOf(source.db, people.supervisor);
    await assignSuggestion(office, {
      code: 'R-1',
      title: '关于河湖长制的建议',
      leadDeputy: '张三',
      coSigners: ['李四', '王五'],
      field: '水利',
      lead: { text: '水利厅' },
      co: [{ text: '民政厅' }, { text: '省高院' }],
      handlerUserId: people.handler,
      dueOn: '2026-06-30',
    });
    await assignSuggestion(office, { code: 'R-2', title: '关于社区养老的建议', lead: { text: '民政厅' }, co: [] });

    const first = await exportOf(source);
    const sheets = await sheetsOf(first);
    // The exported file is itself a 交办清单: an import reads its first sheet.
    const table = readImportTable(await readImportCells('xlsx', first));
    if (!table.ok) throw new Error(`the exported sheet is not importable: ${table.missingColumns.join(', ')}`);
    expect(table.problems).toEqual([]);
    const outcome = await importSuggestions(contextOf(target.db, people.supervisor), table, { confirm: true });
    expect(outcome).toMatchObject({ assigned: 2, written: true });

    const again = await sheetsOf(await exportOf(target));
    expect(again).toEqual(sheets);
    expect(sheets.交办与节点!.length).toBe(1 + 4);
  });
});
