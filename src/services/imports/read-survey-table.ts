// A 征询意见表 (the deputies' verdicts on the replies) as a table read into the verdicts to
// record, and the rows that cannot be, each with its line and why. Pure: whether a suggestion may
// take its verdict now is checked by the import itself, by the rules of /suggest evaluate.
import type { SurveyColumn } from '../../domain/import-column.js';
import { isSuggestionCode } from '../../domain/is-suggestion-code.js';
import { maxVerdictNoteLength, verdictOfWord } from '../../domain/verdict-words.js';
import { type Verdict, type VerdictAspect, verdictAspects } from '../../domain/vocabulary.js';
import { type Cell, importColumnOf, normalizeHeader, type RowProblem, textOf } from './read-import-table.js';

/** Headers as offices write them, Chinese first, English accepted; matched as a 交办清单's are. */
const headerWords: Record<string, SurveyColumn> = {
  编号: 'code',
  建议编号: 'code',
  建议号: 'code',
  code: 'code',
  轮次: 'round',
  答复轮次: 'round',
  办理轮次: 'round',
  round: 'round',
  评价: 'verdict',
  代表评价: 'verdict',
  总体评价: 'verdict',
  评价结果: 'verdict',
  满意度: 'verdict',
  verdict: 'verdict',
  意见: 'note',
  代表意见: 'note',
  具体意见: 'note',
  评价意见: 'note',
  意见建议: 'note',
  note: 'note',
  comment: 'note',
  comments: 'note',
  沟通情况: 'communication',
  沟通: 'communication',
  communication: 'communication',
  办理态度: 'attitude',
  态度: 'attitude',
  attitude: 'attitude',
  办理结果: 'result',
  结果: 'result',
  result: 'result',
};
const required: readonly SurveyColumn[] = ['code', 'verdict'];

const surveyColumnOf = (header: Cell): SurveyColumn | undefined => {
  const key = normalizeHeader(textOf(header));
  return Object.hasOwn(headerWords, key) ? headerWords[key] : undefined;
};

/**
 * Whether a table is a 征询意见表 rather than a 交办清单, by its headers: it has the verdict's
 * column (评价) and not the lead unit's (主办单位), which every 交办清单 has.
 */
export const isSurveyHeader = (header: readonly Cell[]): boolean =>
  header.some((cell) => surveyColumnOf(cell) === 'verdict') && !header.some((cell) => importColumnOf(cell) === 'lead');

export interface SurveyRow {
  /** The row's line in the file (the header is line 1). */
  line: number;
  code: string;
  /** The round whose reply the verdict is on, when the table says; otherwise the suggestion's current round. */
  round?: number;
  verdict: Verdict;
  note: string;
  /** The verdict on each aspect the row answered. */
  aspects: Partial<Record<VerdictAspect, Verdict>>;
}

export type SurveyTable =
  | {
      ok: true;
      rows: SurveyRow[];
      problems: Array<{ line: number; code: string; problem: RowProblem }>;
      /** Headers that name no column: what is under them is not imported, and the preview says so. */
      unknownHeaders: string[];
    }
  | { ok: false; missingColumns: SurveyColumn[]; unknownHeaders: string[] };

/** A 征询意见表 that could be read: its rows, and the rows it could not read. */
export type ReadSurveyTable = Extract<SurveyTable, { ok: true }>;

export function readSurveyTable(table: readonly (readonly Cell[])[]): SurveyTable {
  const [header = [], ...body] = table;
  const columns = new Map<SurveyColumn, number>();
  const unknownHeaders: string[] = [];
  header.forEach((cell, index) => {
    const text = textOf(cell);
    if (!text) return;
    const column = surveyColumnOf(text);
    if (column && !columns.has(column)) columns.set(column, index);
    else if (!column) unknownHeaders.push(text);
  });
  const missingColumns = required.filter((column) => !columns.has(column));
  if (missingColumns.length > 0) return { ok: false, missingColumns, unknownHeaders };

  const cell = (row: readonly Cell[], column: SurveyColumn): string => (columns.has(column) ? textOf(row[columns.get(column)!]) : '');
  const rows: SurveyRow[] = [];
  const problems: ReadSurveyTable['problems'] = [];
  const firstLineOf = new Map<string, number>();
  body.forEach((row, index) => {
    const line = index + 2;
    if (row.every((value) => textOf(value) === '')) return;
    const code = cell(row, 'code');
    const problem = (found: RowProblem) => problems.push({ line, code, problem: found });
    for (const column of required) {
      if (!cell(row, column)) return problem({ kind: 'missing', column });
    }
    if (!isSuggestionCode(code)) return problem({ kind: 'bad_code', given: code });
    const roundText = cell(row, 'round');
    const round = roundText ? Number(roundText.replace(/^第\s*|\s*轮$/gu, '')) : undefined;
    if (round !== undefined && !(Number.isInteger(round) && round >= 1 && round <= 99))
      return problem({ kind: 'bad_round', given: roundText });
    // A code may come once for each round it names; a row without a round means the current one,
    // which any other row of the code may be.
    const seen = round === undefined ? firstLineOf.get(code) : (firstLineOf.get(`${code}:`) ?? firstLineOf.get(`${code}:${round}`));
    if (seen !== undefined) return problem({ kind: 'duplicate_in_file', firstLine: seen });
    if (!firstLineOf.has(code)) firstLineOf.set(code, line);
    firstLineOf.set(`${code}:${round ?? ''}`, line);
    const verdict = verdictOfWord(cell(row, 'verdict'));
    if (!verdict) return problem({ kind: 'bad_verdict', column: 'verdict', given: cell(row, 'verdict') });
    const aspects: SurveyRow['aspects'] = {};
    for (const aspect of verdictAspects) {
      const given = cell(row, aspect);
      if (!given) continue;
      const answer = verdictOfWord(given);
      if (!answer) return problem({ kind: 'bad_verdict', column: aspect, given });
      aspects[aspect] = answer;
    }
    const note = cell(row, 'note');
    if (note.length > maxVerdictNoteLength) return problem({ kind: 'note_too_long', length: note.length, limit: maxVerdictNoteLength });
    rows.push({ line, code, ...(round === undefined ? {} : { round }), verdict, note, aspects });
  });
  return { ok: true, rows, problems, unknownHeaders };
}
