// What an import says: how many rows can be assigned (a 交办清单) or recorded (a 征询意见表), and
// every row that cannot, with its line and why, in the words of the table's problems or of the
// refusal /suggest assign or /suggest evaluate would give.

import type { ImportColumn, SurveyColumn } from '../../domain/import-column.js';
import { verdicts } from '../../domain/vocabulary.js';
import type { Catalog } from '../../i18n/index.js';
import { type ImportFileOutOfBounds, importLimits } from '../../services/imports/import-limits.js';
import type { ImportOutcome } from '../../services/imports/import-suggestions.js';
import type { VerdictImportOutcome } from '../../services/imports/import-verdicts.js';
import type { ReadImportTable, RowProblem } from '../../services/imports/read-import-table.js';
import type { ReadSurveyTable } from '../../services/imports/read-survey-table.js';
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
    case 'bad_verdict':
      return words.badVerdict(words.columnNames[problem.column], escapeText(problem.given));
    case 'note_too_long':
      return words.noteTooLong(problem.length, problem.limit);
    case 'bad_round':
      return words.badRound(escapeText(problem.given));
  }
}

/** Why a table cannot be read at all: the columns it lacks. */
export const missingColumnsText = (catalog: Catalog, columns: readonly ImportColumn[]): string =>
  catalog.import.missingColumns(columns.map((column) => catalog.import.columnNames[column]).join(catalog.listJoin));

/** Why a 征询意见表 cannot be read at all: the columns it lacks. */
export const surveyMissingColumnsText = (catalog: Catalog, columns: readonly SurveyColumn[]): string =>
  catalog.import.surveyMissingColumns(columns.map((column) => catalog.import.columnNames[column]).join(catalog.listJoin));

type Problems = {
  problems: ReadonlyArray<{ line: number; code: string; problem: RowProblem }>;
  unknownHeaders: readonly string[];
};

/** Each row that cannot be imported, in line order: what the table could not read, and what the ledger refuses. */
function problemLines(catalog: Catalog, table: Problems, refused: ImportOutcome['refused']): string[] {
  return [
    ...table.problems.map((p) => ({ line: p.line, code: p.code, reason: describeRowProblem(catalog, p.problem) })),
    ...refused.map((r) => ({ line: r.line, code: r.code, reason: describeServiceProblem(catalog, r.problem) })),
  ]
    .sort((a, b) => a.line - b.line)
    .map((row) => catalog.import.row(row.line, escapeText(row.code), row.reason));
}

const ignoredText = (catalog: Catalog, table: Problems): string =>
  table.unknownHeaders.length > 0 ? catalog.import.ignoredColumns(table.unknownHeaders.map(escapeText).join(catalog.listJoin)) : '';

/** The report's lines: the count first, then each row with a problem in line order. */
export function importReportLines(catalog: Catalog, table: ReadImportTable, outcome: ImportOutcome): string[] {
  const rows = problemLines(catalog, table, outcome.refused);
  const total = outcome.assigned + rows.length;
  return [`${catalog.import.preview(total, outcome.assigned, rows.length)}${ignoredText(catalog, table)}`, ...rows];
}

/** A 征询意见表's report: the count first, then each row with a problem in line order. */
export function surveyReportLines(catalog: Catalog, table: ReadSurveyTable, outcome: VerdictImportOutcome): string[] {
  const rows = problemLines(catalog, table, outcome.refused);
  const total = outcome.recorded + outcome.alreadyRecorded + rows.length;
  return [`${catalog.import.surveyPreview(total, outcome.recorded, rows.length)}${ignoredText(catalog, table)}`, ...rows];
}

/** What the verdicts are and what they do (销号, 转入跟踪, 重新办理): checked against the office's own count before confirming. */
export function surveyOutcomeLines(catalog: Catalog, outcome: VerdictImportOutcome): string[] {
  const words = catalog.import;
  const names = catalog.verdict.names;
  const counted = verdicts.filter((verdict) => outcome.verdicts[verdict] > 0);
  const outcomes = (['closed', 'followup', 'reopened'] as const).filter((kind) => outcome.outcomes[kind] > 0);
  return [
    ...(outcome.alreadyRecorded > 0 ? [words.surveyAlreadyRecorded(outcome.alreadyRecorded)] : []),
    ...(counted.length > 0
      ? [
          words.surveyVerdicts(
            counted.map((verdict) => words.surveyCount(names[verdict], outcome.verdicts[verdict])).join(catalog.listJoin),
          ),
        ]
      : []),
    ...outcomes.map((kind) => words.surveyOutcome[kind](outcome.outcomes[kind])),
  ];
}

/** What each unit would be given, a line each: checked against the office's own count before confirming. */
export const importUnitLines = (catalog: Catalog, outcome: ImportOutcome): string[] =>
  outcome.units.map((unit) => catalog.import.unitLine(escapeText(unit.name), unit.lead, unit.co));

/** Groups of likely duplicates a preview lists: a few to check by eye before confirming; the rest are counted. */
const duplicateGroupsListed = 5;
/** Codes a group's line names: a topic proposed many times stays one line, its count said. */
const duplicateCodesNamed = 5;

/**
 * The likely duplicates, a group a line (a few, the rest counted), and that they change nothing;
 * none when no title is like another.
 */
export function importDuplicateLines(catalog: Catalog, outcome: ImportOutcome): string[] {
  const groups = outcome.likelyDuplicates;
  if (groups.length === 0) return [];
  const words = catalog.import;
  const lines = groups.slice(0, duplicateGroupsListed).map((group) => {
    const shown = group.similar.slice(0, duplicateCodesNamed).map(escapeText).join(catalog.listJoin);
    const code = escapeText(group.code);
    return group.similar.length > duplicateCodesNamed
      ? words.likelyDuplicateMany(code, shown, group.similar.length)
      : words.likelyDuplicate(code, shown);
  });
  if (groups.length > duplicateGroupsListed) lines.push(words.likelyDuplicatesCut(groups.length - duplicateGroupsListed));
  return [...lines, words.likelyDuplicatesNote];
}

/** Codes the note on steps sharing a day names: enough to find them, the count says the rest. */
const sharedDayCodesNamed = 10;

/** The rows whose time is too short to give each step a day, named in one line; none when there are none. */
export function importSharedDaysLines(catalog: Catalog, outcome: ImportOutcome): string[] {
  const codes = outcome.sharedDays;
  if (codes.length === 0) return [];
  const named = codes.slice(0, sharedDayCodesNamed).map(escapeText).join(catalog.listJoin);
  return [catalog.import.sharedDays(codes.length, codes.length > sharedDayCodesNamed ? `${named}${catalog.import.andMore}` : named)];
}

/** Why a file past one of importLimits is refused, worded with the limit and where it was passed. */
export function outOfBoundsText(catalog: Catalog, name: string, error: ImportFileOutOfBounds): string {
  const words = catalog.import.outOfBounds;
  if (error.bound === 'rows') return words.rows(name, importLimits.rows);
  if (error.bound === 'columns') return words.columns(name, error.line ?? 0, importLimits.columns);
  if (error.bound === 'cell') return words.cell(name, error.line ?? 0, importLimits.cellCharacters);
  if (error.bound === 'line') return words.line(name, error.line ?? 0, importLimits.lineCharacters);
  return words.unpacked(name);
}
