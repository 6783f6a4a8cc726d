// npm run export -- <file.xlsx> [--unit <unit>]: the current session's ledger (台账), as the
// supervision office sees it, written to a file on this machine. Needs no Slack: the database
// (DATABASE_URL, or the embedded one in DATA_DIR while the bot is stopped), the zone and language.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadOfflineConfig } from '../src/config.js';
import { databaseOptionsFrom, openDatabase } from '../src/db/client.js';
import { catalogFor } from '../src/i18n/index.js';
import { ledgerWorkbook } from '../src/ledger/ledger-workbook.js';
import { readLedger } from '../src/services/reports/read-ledger.js';
import { ServiceError } from '../src/services/shared/service-error.js';
import { loadUnits, matchUnit } from '../src/services/units/match-unit.js';
import { describeServiceProblem } from '../src/slack/views/problem.js';
import { runScript } from './run-script.js';

const usage = 'usage: npm run export -- <file.xlsx> [--unit <unit name or alias>]';

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { unit: { type: 'string' } } });
  const [file] = positionals;
  if (!file || positionals.length > 1 || !file.endsWith('.xlsx')) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const config = loadOfflineConfig();
  const catalog = catalogFor(config.BOT_LOCALE);
  const database = await openDatabase(databaseOptionsFrom(config));
  try {
    const unit = values.unit ? matchUnit(await loadUnits(database.db), { text: values.unit }) : undefined;
    const ledger = await readLedger(database.db, { now: new Date(), timezone: config.BOT_TIMEZONE }, { office: true }, unit?.id);
    await writeFile(file, await ledgerWorkbook(catalog, ledger, config.BOT_TIMEZONE));
    process.stdout.write(`${catalog.ledger.comment(ledger.suggestions.length, unit?.name ?? null)} → ${file}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    process.stderr.write(`${describeServiceProblem(catalog, error.problem).replace(/[*`]/g, '')}\n`);
    return 1;
  } finally {
    await database.close();
  }
}

runScript('export', main);
