// Importing a province's 交办清单: 5,000 rows over 200 units, read from a CSV as an office would
// give it, previewed and then written in one transaction on PostgreSQL (every row assigned as
// /suggest assign would: its plan, its messages, its audit event).

import ExcelJS from 'exceljs';
import { openDatabase } from '../../../src/db/client.js';
import { importLimits } from '../../../src/services/imports/import-limits.js';
import { importSuggestions } from '../../../src/services/imports/import-suggestions.js';
import { readImportCells } from '../../../src/services/imports/read-import-cells.js';
import { readImportTable } from '../../../src/services/imports/read-import-table.js';
import { grantSupervisors } from '../../../src/services/supervisors/grant-supervisors.js';
import { addUnit } from '../../../src/services/units/add-unit.js';
import { createBenchDatabase } from '../ack/bench-database.js';
import { registerCleanup } from '../cleanup.js';
import { describeMachine, machine } from '../machine.js';
import type { BenchmarkReport } from '../report.js';

const rowsToImport = 5000;
const unitCount = 200;
const targetMs = 5000;
const office = 'UBENCHIMPORT';
const now = new Date('2026-03-02T01:00:00Z');
const timezone = 'Asia/Shanghai';

/** Reading a workbook as large as an import takes stays well within what a person waits for a preview. */
const largestTargetMs = 3000;
const largestPass = (files: Array<{ ms: number }>) => files.at(-1)!.ms < largestTargetMs;

async function workbookOf(table: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('交办清单');
  for (const row of table) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The same table as the files an office uploads, each read as an import reads it (the first run of each warms nothing up for the next). */
async function timedFileReads(table: string[][]): Promise<Array<{ what: string; ms: number }>> {
  const csv = Buffer.from(table.map((row) => row.join(',')).join('\n'));
  const [head, ...rows] = table;
  const largest = [head!, ...Array.from({ length: importLimits.rows }, (_, i) => rows[i % rows.length]!)];
  const files = [
    { what: `CSV, ${rows.length.toLocaleString('en')} rows, ${Math.round(csv.length / 1024)} KB`, type: 'csv' as const, bytes: csv },
    { what: `workbook, ${rows.length.toLocaleString('en')} rows`, type: 'xlsx' as const, bytes: await workbookOf(table) },
    {
      what: `workbook, ${importLimits.rows.toLocaleString('en')} rows (the limit)`,
      type: 'xlsx' as const,
      bytes: await workbookOf(largest),
    },
  ];
  const timed: Array<{ what: string; ms: number }> = [];
  for (const file of files) {
    const start = performance.now();
    const cells = await readImportCells(file.type, file.bytes);
    const ms = performance.now() - start;
    if (cells.length !== (file.bytes === files[2]!.bytes ? largest.length : table.length))
      throw new Error(`${file.what}: read ${cells.length} rows`);
    timed.push({ what: `${file.what}${file.type === 'xlsx' ? `, ${Math.round(file.bytes.length / 1024)} KB` : ''}`, ms });
  }
  return timed;
}

const progress = (text: string) => process.stderr.write(`[import] ${text}\n`);

export async function runImportBenchmark(): Promise<BenchmarkReport> {
  const database = await createBenchDatabase();
  const dropDatabase = registerCleanup(() => database.drop());
  const broken: string[] = [];
  try {
    const handle = await openDatabase({ databaseUrl: database.url });
    try {
      const ctx = { db: handle.db, actor: office, now, timezone };
      await grantSupervisors({ ...ctx, actor: 'system' }, [office]);
      for (let i = 0; i < unitCount; i += 1) await addUnit(ctx, { name: `单位${i}`, aliases: [], liaisonUserId: `UL${i}` });
      const table = [
        ['编号', '标题', '领衔代表', '主办单位', '会办单位', '经办人', '法定答复期限'],
        ...Array.from({ length: rowsToImport }, (_, i) => [
          `2026-${String(i + 1).padStart(5, '0')}`,
          `关于第 ${i + 1} 项工作的建议`,
          `代表${i % 300}`,
          `单位${i % unitCount}`,
          i % 3 === 0 ? `单位${(i + 1) % unitCount}、单位${(i + 2) % unitCount}` : '',
          i % 2 === 0 ? `UH${i % 500}` : '',
          '',
        ]),
      ];
      const files = await timedFileReads(table);
      const readStart = performance.now();
      const read = readImportTable(table);
      const readMs = performance.now() - readStart;
      if (!read.ok || read.problems.length > 0) throw new Error('the generated table did not read cleanly');
      progress(`previewing ${read.rows.length} rows`);
      const previewStart = performance.now();
      const preview = await importSuggestions(ctx, read, { confirm: false });
      const previewMs = performance.now() - previewStart;
      progress(`importing ${read.rows.length} rows`);
      const importStart = performance.now();
      const imported = await importSuggestions(ctx, read, { confirm: true });
      const importMs = performance.now() - importStart;
      if (!imported.written || imported.assigned !== rowsToImport || preview.assigned !== rowsToImport) {
        broken.push(`expected ${rowsToImport} rows assigned, got ${imported.assigned} (refused ${imported.refused.length})`);
      }
      const pass = importMs < targetMs;
      const text = [
        '## Import (`scripts/bench/import`)',
        '',
        `- Command: \`BENCH_ONLY=import npm run bench\` · Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
        `- Machine: ${describeMachine(machine())}`,
        `- Data: ${rowsToImport.toLocaleString('en')} rows over ${unitCount} units (a third with two co-handling units, half with a handler) into an empty session on PostgreSQL`,
        '',
        '| Step | ms |',
        '| --- | ---: |',
        ...files.map((file) => `| reading the file: ${file.what} | ${file.ms.toFixed(0)} |`),
        `| reading the table | ${readMs.toFixed(0)} |`,
        `| preview (every row checked, nothing written) | ${previewMs.toFixed(0)} |`,
        `| import (written in one transaction, then the tables it filled analyzed) | ${importMs.toFixed(0)} |`,
        '',
        `- ${pass ? 'PASS' : 'FAIL'}: import of ${rowsToImport.toLocaleString('en')} rows ${importMs.toFixed(0)} ms < ${targetMs} ms`,
        `- ${largestPass(files) ? 'PASS' : 'FAIL'}: a workbook of ${importLimits.rows.toLocaleString('en')} rows (the limit) read in ${files.at(-1)!.ms.toFixed(0)} ms < ${largestTargetMs} ms`,
      ].join('\n');
      return {
        name: 'import',
        text,
        targets: [
          { name: `import of ${rowsToImport} rows under ${targetMs} ms`, pass },
          { name: `a workbook of ${importLimits.rows} rows read under ${largestTargetMs} ms`, pass: largestPass(files) },
        ],
        broken,
      };
    } finally {
      await handle.close();
    }
  } finally {
    await dropDatabase();
  }
}
