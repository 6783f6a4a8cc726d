// npm run import -- <file.csv|file.xlsx> --as <supervisor's Slack ID> [--commit]: a 交办清单, or a
// 征询意见表 of the deputies' verdicts (told apart by its headers), into the ledger from the command
// line. Without --commit it only says what would happen; with it, every row is assigned (or its
// verdict recorded) or, if any is refused, none; the messages go out through the outbox when the
// bot next sends. Handlers given by e-mail are looked up in Slack when SLACK_BOT_TOKEN is set
// (otherwise give their Slack member IDs).
import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { LogLevel, webApi } from '@slack/bolt';
import { loadOfflineConfig } from '../src/config.js';
import { databaseOptionsFrom, openDatabase } from '../src/db/client.js';
import { catalogFor } from '../src/i18n/index.js';
import { errorMessage } from '../src/log.js';
import { importCells } from '../src/services/imports/import-cells.js';
import { ImportFileOutOfBounds, importLimits } from '../src/services/imports/import-limits.js';
import { importFileTypeOf, readImportCells, UnreadableImportFile } from '../src/services/imports/read-import-cells.js';
import { lookUpEmailWith } from '../src/slack/look-up-email.js';
import {
  importDuplicateLines,
  importReportLines,
  importUnitLines,
  missingColumnsText,
  outOfBoundsText,
  surveyMissingColumnsText,
  surveyOutcomeLines,
  surveyReportLines,
} from '../src/slack/views/import-report.js';
import { runScript } from './run-script.js';

const usage = 'usage: npm run import -- <file.csv|file.xlsx> --as <Slack ID of a supervisor> [--commit]';

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { as: { type: 'string' }, commit: { type: 'boolean', default: false } },
  });
  const [file] = positionals;
  const type = file === undefined ? undefined : importFileTypeOf(file);
  if (!file || positionals.length > 1 || !type || !values.as) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const config = loadOfflineConfig();
  const catalog = catalogFor(config.BOT_LOCALE);
  // The report is Slack's mrkdwn: on a terminal, without its marks and escapes.
  const plain = (text: string) => text.replace(/[*`]/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  let cells: Awaited<ReturnType<typeof readImportCells>>;
  try {
    if ((await stat(file)).size > importLimits.fileBytes) {
      process.stderr.write(`${plain(catalog.import.tooLarge)}\n`);
      return 1;
    }
    cells = await readImportCells(type, await readFile(file));
  } catch (error) {
    const problem =
      error instanceof UnreadableImportFile
        ? catalog.import.unreadable(file)
        : error instanceof ImportFileOutOfBounds
          ? outOfBoundsText(catalog, file, error)
          : (error as NodeJS.ErrnoException).code === 'ENOENT'
            ? catalog.import.noFile(file)
            : undefined;
    if (problem === undefined) throw error;
    process.stderr.write(`${plain(problem)}\n`);
    return 1;
  }
  const slack = config.SLACK_BOT_TOKEN
    ? new webApi.WebClient(config.SLACK_BOT_TOKEN, { slackApiUrl: config.SLACK_API_URL, logLevel: LogLevel.ERROR })
    : undefined;
  const database = await openDatabase(databaseOptionsFrom(config));
  try {
    const contextNow = () => ({ db: database.db, actor: values.as!, now: new Date(), timezone: config.BOT_TIMEZONE });
    const attempt = await importCells(contextNow, cells, slack && lookUpEmailWith(slack), { confirm: values.commit === true });
    if (attempt.kind !== 'checked' && attempt.kind !== 'checked_survey') {
      const problem =
        attempt.kind === 'missing_columns'
          ? missingColumnsText(catalog, attempt.missingColumns)
          : attempt.kind === 'survey_missing_columns'
            ? surveyMissingColumnsText(catalog, attempt.missingColumns)
            : attempt.kind === 'empty'
              ? catalog.import.empty
              : `${catalog.import.lookupFailed} (${errorMessage(attempt.error)})`;
      process.stderr.write(`${plain(problem)}\n`);
      return 1;
    }
    // A 交办清单 assigns suggestions; a 征询意见表 records the deputies' verdicts.
    const report =
      attempt.kind === 'checked'
        ? {
            lines: importReportLines(catalog, attempt.table, attempt.outcome),
            details: importUnitLines(catalog, attempt.outcome),
            aside: importDuplicateLines(catalog, attempt.outcome),
            written: attempt.outcome.written && catalog.import.written(attempt.outcome.assigned),
          }
        : {
            lines: surveyReportLines(catalog, attempt.table, attempt.outcome),
            details: surveyOutcomeLines(catalog, attempt.outcome),
            aside: [],
            written: attempt.outcome.written && catalog.import.verdictsWritten(attempt.outcome.recorded),
          };
    // The count alone is a clean preview; a line more is a row refused.
    const refused = report.lines.length > 1;
    const details = refused ? [] : [...report.details.map((line) => `  ${line}`), ...report.aside];
    process.stdout.write(`${[...report.lines, ...details].map(plain).join('\n')}\n`);
    if (report.written) process.stdout.write(`${plain(report.written)}\n`);
    else process.stdout.write(`${refused ? catalog.import.nothingWritten : catalog.import.confirmHint}\n`);
    return refused ? 1 : 0;
  } finally {
    await database.close();
  }
}

runScript('import', main);
