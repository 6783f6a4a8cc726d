// What an import says: how many rows can be assigned, and every row that cannot, with its line
// and why, in the words of the table's problems or of the refusal /suggest assign would give.

import type { ImportColumn } from '../../domain/import-column.js';
import type { Catalog } from '../../i18n/index.js';
import { type ImportFileOutOfBounds, importLimits } from '../../services/imports/import-limits.js';
import type { ImportOutcome } from '../../services/imports/import-suggestions.js';
import type { ReadImportTable, RowProblem } from '../../services/imports/read-import-table.js';
import { escapeText } from './format.js';
import { describeServiceProblem } from './problem.js';

function describeRowProblem(catalog: Catalog, problem: RowProblem): string {
  const words = catalog.import;
  switch (problem.kind) {
    // A cell's words go into Slack's mrkdwn: escaped, or `<https://x|…>` in a cell would be a link.
    case 'missing':
      return words.missing(words.columnNames[problem.column]);
    case 'bad_code':
      return words.badCode(escapeText(problem.given));
    case 'bad_date':
      return words.badDate(escapeText(problem.given));
    case 'bad_handler':
      return words.badHandler(escapeText(problem.given));
    case 'duplicate_in_file':
      return words.duplicateInFile(problem.firstLine);
    case 'title_too_long':
      return words.titleTooLong(problem.length, problem.limit);
    case 'unknown_email':
      return words.unknownEmail(escapeText(problem.given));
    case 'email_needs_slack':
      return words.emailNeedsSlack(escapeText(problem.given));
  }
}

/** Why a table cannot be read at all: the columns it lacks. */
export const missingColumnsText = (catalog: Catalog, columns: readonly ImportColumn[]): string =>
  catalog.import.missingColumns(columns.map((column) => catalog.import.columnNames[column]).join(catalog.listJoin));

/** The report's lines: the count first, then each row with a problem in line order. */
export function importReportLines(catalog: Catalog, table: ReadImportTable, outcome: ImportOutcome): string[] {
  const words = catalog.import;
  const rows = [
    ...table.problems.map((p) => ({ line: p.line, code: p.code, reason: describeRowProblem(catalog, p.problem) })),
    ...outcome.refused.map((r) => ({ line: r.line, code: r.code, reason: describeServiceProblem(catalog, r.problem) })),
  ].sort((a, b) => a.line - b.line);
  const total = outcome.assigned + rows.length;
  const ignored = table.unknownHeaders.length > 0 ? words.ignoredColumns(table.unknownHeaders.map(escapeText).join(catalog.listJoin)) : '';
  return [
    `${words.preview(total, outcome.assigned, rows.length)}${ignored}`,
    ...rows.map((row) => words.row(row.line, escapeText(row.code), row.reason)),
  ];
}

/** What each unit would be given, a line each: checked against the office's own count before confirming. */
export const importUnitLines = (catalog: Catalog, outcome: ImportOutcome): string[] =>
  outcome.units.map((unit) => catalog.import.unitLine(escapeText(unit.name), unit.lead, unit.co));

/** Why a file past one of importLimits is refused, worded with the limit and where it was passed. */
export function outOfBoundsText(catalog: Catalog, name: string, error: ImportFileOutOfBounds): string {
  const words = catalog.import.outOfBounds;
  if (error.bound === 'rows') return words.rows(name, importLimits.rows);
  if (error.bound === 'columns') return words.columns(name, error.line ?? 0, importLimits.columns);
  if (error.bound === 'cell') return words.cell(name, error.line ?? 0, importLimits.cellCharacters);
  if (error.bound === 'line') return words.line(name, error.line ?? 0, importLimits.lineCharacters);
  return words.unpacked(name);
}
