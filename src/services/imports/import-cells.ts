import type { ImportColumn, SurveyColumn } from '../../domain/import-column.js';
import type { ServiceContext } from '../shared/service-context.js';
import { type ImportOutcome, importSuggestions } from './import-suggestions.js';
import { importVerdicts, type VerdictImportOutcome } from './import-verdicts.js';
import { type Cell, type ReadImportTable, readImportTable } from './read-import-table.js';
import { isSurveyHeader, type ReadSurveyTable, readSurveyTable } from './read-survey-table.js';
import { type LookUpEmail, resolveHandlerEmails } from './resolve-handler-emails.js';

/** What came of a file's cells: a table that cannot be used, or the import's outcome (a preview or written). */
export type ImportAttempt =
  | { kind: 'missing_columns'; missingColumns: ImportColumn[] }
  | { kind: 'survey_missing_columns'; missingColumns: SurveyColumn[] }
  /** Headers and no row: nothing to preview or confirm. */
  | { kind: 'empty' }
  /** Slack could not be asked who an e-mail is: an import does not guess. */
  | { kind: 'lookup_failed'; error: unknown }
  /** A 交办清单: the suggestions assigned. */
  | { kind: 'checked'; table: ReadImportTable; outcome: ImportOutcome }
  /** A 征询意见表: the deputies' verdicts recorded. */
  | { kind: 'checked_survey'; table: ReadSurveyTable; outcome: VerdictImportOutcome };

/**
 * A file's cells, however they came (a file given in Slack's form, or on the command line): a
 * 征询意见表 when its headers say so (isSurveyHeader), a 交办清单 otherwise; read as a table (a
 * 交办清单's handlers' e-mails looked up), and its rows checked or, confirmed, written. One
 * sequence, so both ways refuse the same files for the same reasons. The context is taken when
 * the rows are checked: looking up a long list's e-mails may take minutes.
 */
export async function importCells(
  contextNow: () => ServiceContext,
  cells: readonly (readonly Cell[])[],
  lookUp: LookUpEmail | undefined,
  options: { confirm: boolean },
): Promise<ImportAttempt> {
  if (isSurveyHeader(cells[0] ?? [])) {
    const survey = readSurveyTable(cells);
    if (!survey.ok) return { kind: 'survey_missing_columns', missingColumns: survey.missingColumns };
    if (survey.rows.length + survey.problems.length === 0) return { kind: 'empty' };
    return { kind: 'checked_survey', table: survey, outcome: await importVerdicts(contextNow(), survey, options) };
  }
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
