import type { ImportColumn } from '../../domain/import-column.js';
import type { ServiceContext } from '../shared/service-context.js';
import { type ImportOutcome, importSuggestions } from './import-suggestions.js';
import { type Cell, type ReadImportTable, readImportTable } from './read-import-table.js';
import { type LookUpEmail, resolveHandlerEmails } from './resolve-handler-emails.js';

/** What came of a file's cells: a table that cannot be used, or the import's outcome (a preview or written). */
export type ImportAttempt =
  | { kind: 'missing_columns'; missingColumns: ImportColumn[] }
  /** Headers and no row: nothing to preview or confirm. */
  | { kind: 'empty' }
  /** Slack could not be asked who an e-mail is: an import does not guess. */
  | { kind: 'lookup_failed'; error: unknown }
  | { kind: 'checked'; table: ReadImportTable; outcome: ImportOutcome };

/**
 * A 交办清单's cells, however they came (a file given in Slack's form, or on the command line):
 * read as a table, its handlers' e-mails looked up, and its rows checked or, confirmed, written.
 * One sequence, so both ways refuse the same files for the same reasons. The context is taken
 * when the rows are checked: looking up a long list's e-mails may take minutes.
 */
export async function importCells(
  contextNow: () => ServiceContext,
  cells: readonly (readonly Cell[])[],
  lookUp: LookUpEmail | undefined,
  options: { confirm: boolean },
): Promise<ImportAttempt> {
  const read = readImportTable(cells);
  if (!read.ok) return { kind: 'missing_columns', missingColumns: read.missingColumns };
  if (read.rows.length + read.problems.length === 0) return { kind: 'empty' };
  let table: Awaited<ReturnType<typeof resolveHandlerEmails>>;
  try {
    table = await resolveHandlerEmails(read, lookUp);
  } catch (error) {
    return { kind: 'lookup_failed', error };
  }
  return { kind: 'checked', table, outcome: await importSuggestions(contextNow(), table, options) };
}
