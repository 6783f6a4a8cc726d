// npm run import -- <file.csv|file.xlsx> --as <supervisor's Slack ID> [--commit]: a 交办清单 into
// the ledger from the command line. Without --commit it only says what would happen; with it,
// every row is assigned or, if any is refused, none; the assignments' messages go out through the
// outbox when the bot next sends. Handlers are given as Slack member IDs here (an e-mail needs
// Slack to look it up).
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { loadOfflineConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';
import { readImportTable, type Cell } from '../src/domain/import-table.js';
import { importSuggestions } from '../src/services/import-suggestions.js';
import { catalogFor } from '../src/slack/i18n/index.js';
import { importReportLines } from '../src/slack/views/import-report.js';
import { runScript } from './run-script.js';

const usage = 'usage: npm run import -- <file.csv|file.xlsx> --as <Slack ID of a supervisor> [--commit]';

/** The cells of a CSV (UTF-8, a BOM allowed) or of a workbook's first sheet. */
async function readTable(file: string): Promise<Cell[][]> {
  if (file.endsWith('.csv')) return parseCsv(await readFile(file), { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  const rows: Cell[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row) => {
    const values = (row.values as unknown[]).slice(1);
    rows.push(values.map((value) => (value instanceof Date || typeof value === 'number' || typeof value === 'string' ? value : value === null || value === undefined ? null : String((value as { text?: unknown }).text ?? value))));
  });
  return rows;
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { as: { type: 'string' }, commit: { type: 'boolean', default: false } } });
  const [file] = positionals;
  if (!file || positionals.length > 1 || !/\.(csv|xlsx)$/.test(file) || !values.as) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const config = loadOfflineConfig();
  const catalog = catalogFor(config.BOT_LOCALE);
  const plain = (text: string) => text.replace(/[*`]/g, '');
  const table = readImportTable(await readTable(file));
  if (!table.ok) {
    process.stderr.write(`${catalog.import.missingColumns(table.missingColumns.map((c) => catalog.import.columnNames[c]).join(catalog.listJoin))}\n`);
    return 1;
  }
  const emails = table.rows.filter((row) => row.handler && 'email' in row.handler);
  const rows = table.rows.filter((row) => !emails.includes(row));
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    const confirm = values.commit === true && table.problems.length === 0 && emails.length === 0;
    const outcome = await importSuggestions({ db: database.db, actor: values.as, now: new Date(), timezone: config.BOT_TIMEZONE }, rows, { confirm });
    const extra = emails.map((row) => ({ line: row.line, code: row.code, reason: catalog.import.emailNeedsSlack((row.handler as { email: string }).email) }));
    const lines = importReportLines(catalog, table, outcome, extra);
    process.stdout.write(`${lines.map(plain).join('\n')}\n`);
    if (outcome.written) process.stdout.write(`${catalog.import.written(outcome.assigned)}\n`);
    else process.stdout.write(`${lines.length > 1 ? catalog.import.nothingWritten : catalog.import.confirmHint}\n`);
    return lines.length > 1 ? 1 : 0;
  } finally {
    await database.close();
  }
}

runScript('import', main);
