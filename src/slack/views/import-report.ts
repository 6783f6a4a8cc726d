// What an import says: how many rows can be assigned, and every row that cannot, with its line
// and why, in the words of the table's problems or of the refusal /suggest assign would give.
import type { ImportTable, RowProblem } from '../../domain/import-table.js';
import type { ImportOutcome } from '../../services/import-suggestions.js';
import type { Catalog } from '../i18n/index.js';
import { describeServiceProblem } from './problem.js';

export function describeRowProblem(catalog: Catalog, problem: RowProblem): string {
  const words = catalog.import;
  switch (problem.kind) {
    case 'missing':
      return words.missing(words.columnNames[problem.column]);
    case 'bad_code':
      return words.badCode(problem.given);
    case 'bad_date':
      return words.badDate(problem.given);
    case 'bad_handler':
      return words.badHandler(problem.given);
    case 'duplicate_in_file':
      return words.duplicateInFile(problem.firstLine);
    case 'unknown_email':
      return words.unknownEmail(problem.given);
    case 'email_needs_slack':
      return words.emailNeedsSlack(problem.given);
  }
}

/** The report's lines: the count first, then each row with a problem in line order. */
export function importReportLines(
  catalog: Catalog,
  table: Extract<ImportTable, { ok: true }>,
  outcome: ImportOutcome,
): string[] {
  const words = catalog.import;
  const rows = [
    ...table.problems.map((p) => ({ line: p.line, code: p.code, reason: describeRowProblem(catalog, p.problem) })),
    ...outcome.refused.map((r) => ({ line: r.line, code: r.code, reason: describeServiceProblem(catalog, r.problem) })),
  ].sort((a, b) => a.line - b.line);
  const total = outcome.assigned + rows.length;
  return [words.preview(total, outcome.assigned, rows.length), ...rows.map((row) => words.row(row.line, row.code, row.reason))];
}
