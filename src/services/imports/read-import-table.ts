// A 交办清单 as a table (the cells of a CSV or of a workbook's first sheet) read into the rows to
// assign, and the rows that cannot be, each with its line and why. Pure: what the ledger already
// holds (units, codes) is checked by the import itself, by the same rules as /suggest assign.
import { type CalendarDate, readCalendarDate } from '../../domain/calendar-date.js';
import type { ImportColumn, SurveyColumn } from '../../domain/import-column.js';
import { isSuggestionCode } from '../../domain/is-suggestion-code.js';
import { maxTitleLength } from '../../domain/max-title-length.js';

/** Headers as offices write them, Chinese first, English accepted; matched without spaces or case. */
const headerWords: Record<string, ImportColumn> = {
  编号: 'code',
  建议编号: 'code',
  建议号: 'code',
  code: 'code',
  标题: 'title',
  建议标题: 'title',
  案由: 'title',
  title: 'title',
  领衔代表: 'leadDeputy',
  leaddeputy: 'leadDeputy',
  deputy: 'leadDeputy',
  附议代表: 'coSigners',
  联名代表: 'coSigners',
  cosigners: 'coSigners',
  领域: 'field',
  类别: 'field',
  field: 'field',
  主办单位: 'lead',
  主办: 'lead',
  lead: 'lead',
  leadunit: 'lead',
  会办单位: 'co',
  协办单位: 'co',
  会办: 'co',
  co: 'co',
  counits: 'co',
  cohandlingunits: 'co',
  经办人: 'handler',
  handler: 'handler',
  法定答复期限: 'dueOn',
  答复期限: 'dueOn',
  办理期限: 'dueOn',
  期限: 'dueOn',
  due: 'dueOn',
  dueon: 'dueOn',
  duedate: 'dueOn',
  statutorydue: 'dueOn',
  statutoryduedate: 'dueOn',
};
const required: readonly ImportColumn[] = ['code', 'title', 'lead'];

export interface ImportRow {
  /** The row's line in the file (the header is line 1). */
  line: number;
  code: string;
  title: string;
  leadDeputy: string;
  coSigners: string[];
  field: string;
  lead: string;
  co: string[];
  /** A Slack user id, or an e-mail address to look up. */
  handler: { userId: string } | { email: string } | null;
  dueOn: CalendarDate | null;
}

/** Why a row of a 交办清单 or a 征询意见表 cannot be read. */
export type RowProblem =
  | { kind: 'missing'; column: ImportColumn | SurveyColumn }
  | { kind: 'bad_code'; given: string }
  | { kind: 'bad_date'; given: string }
  | { kind: 'bad_handler'; given: string }
  | { kind: 'duplicate_in_file'; firstLine: number }
  | { kind: 'title_too_long'; length: number; limit: number }
  /** No member of the workspace has the handler's e-mail. */
  | { kind: 'unknown_email'; given: string }
  /** An e-mail where Slack cannot be asked (an import from the command line without a token). */
  | { kind: 'email_needs_slack'; given: string }
  /** A 征询意见表's verdict (or one aspect's) that is not 满意, 基本满意 or 不满意. */
  | { kind: 'bad_verdict'; column: SurveyColumn; given: string }
  | { kind: 'note_too_long'; length: number; limit: number }
  /** A 征询意见表's 轮次 that is not a round's number. */
  | { kind: 'bad_round'; given: string };

export type ImportTable =
  | {
      ok: true;
      rows: ImportRow[];
      problems: Array<{ line: number; code: string; problem: RowProblem }>;
      /** Headers that name no column: what is under them is not imported, and the preview says so. */
      unknownHeaders: string[];
    }
  | { ok: false; missingColumns: ImportColumn[]; unknownHeaders: string[] };

/** A table that could be read: its rows, and the rows it could not read. */
export type ReadImportTable = Extract<ImportTable, { ok: true }>;

/** A cell as the file gives it: text, a number, or a date (a workbook's date cell). */
export type Cell = string | number | Date | null | undefined;

const listSeparators = /[,，、;；\s]+/u;
/** A header as it is matched: without spaces, brackets, colons, marks or case. */
export const normalizeHeader = (text: string) => text.replace(/[\s\u3000（）()：:*_-]/gu, '').toLowerCase();
/** A cell's text, trimmed; a workbook's date as YYYY-MM-DD. */
export const textOf = (cell: Cell): string =>
  (cell instanceof Date ? cell.toISOString().slice(0, 10) : cell === null || cell === undefined ? '' : String(cell)).trim();
const listOf = (cell: Cell) =>
  textOf(cell)
    .split(listSeparators)
    .map((part) => part.trim())
    .filter(Boolean);
const slackUser = /^(?:<@)?([UW][A-Z0-9]{2,})(?:\|[^>]*)?>?$/;
const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A date cell: a workbook's date, or text as people write a date (2026-06-30, 2026/6/30, 2026年6月30日). */
function dateOf(cell: Cell): CalendarDate | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : cell.toISOString().slice(0, 10);
  return readCalendarDate(textOf(cell));
}

/** The 交办清单 column a header names, if any. */
export const importColumnOf = (header: Cell): ImportColumn | undefined => {
  const key = normalizeHeader(textOf(header));
  return Object.hasOwn(headerWords, key) ? headerWords[key] : undefined;
};

export function readImportTable(table: readonly (readonly Cell[])[]): ImportTable {
  const [header = [], ...body] = table;
  const columns = new Map<ImportColumn, number>();
  const unknownHeaders: string[] = [];
  header.forEach((cell, index) => {
    const text = textOf(cell);
    if (!text) return;
    const column = importColumnOf(text);
    if (column && !columns.has(column)) columns.set(column, index);
    else if (!column) unknownHeaders.push(text);
  });
  const missingColumns = required.filter((column) => !columns.has(column));
  if (missingColumns.length > 0) return { ok: false, missingColumns, unknownHeaders };

  const cell = (row: readonly Cell[], column: ImportColumn): Cell => (columns.has(column) ? row[columns.get(column)!] : undefined);
  const rows: ImportRow[] = [];
  const problems: Array<{ line: number; code: string; problem: RowProblem }> = [];
  const firstLineOf = new Map<string, number>();
  body.forEach((row, index) => {
    const line = index + 2;
    if (row.every((value) => textOf(value) === '')) return;
    const code = textOf(cell(row, 'code'));
    const problem = (found: RowProblem) => problems.push({ line, code, problem: found });
    for (const column of required) {
      if (!textOf(cell(row, column))) return problem({ kind: 'missing', column });
    }
    if (!isSuggestionCode(code)) return problem({ kind: 'bad_code', given: code });
    const seen = firstLineOf.get(code);
    if (seen !== undefined) return problem({ kind: 'duplicate_in_file', firstLine: seen });
    firstLineOf.set(code, line);
    const title = textOf(cell(row, 'title'));
    if (title.length > maxTitleLength) return problem({ kind: 'title_too_long', length: title.length, limit: maxTitleLength });
    const due = cell(row, 'dueOn');
    const dueOn = textOf(due) ? dateOf(due) : null;
    if (dueOn === undefined) return problem({ kind: 'bad_date', given: textOf(due) });
    const handlerText = textOf(cell(row, 'handler'));
    const user = slackUser.exec(handlerText)?.[1];
    const handler = !handlerText
      ? null
      : user
        ? { userId: user }
        : email.test(handlerText)
          ? { email: handlerText.toLowerCase() }
          : undefined;
    if (handler === undefined) return problem({ kind: 'bad_handler', given: handlerText });
    rows.push({
      line,
      code,
      title,
      leadDeputy: textOf(cell(row, 'leadDeputy')),
      coSigners: listOf(cell(row, 'coSigners')),
      field: textOf(cell(row, 'field')),
      lead: textOf(cell(row, 'lead')),
      co: listOf(cell(row, 'co')),
      handler,
      dueOn,
    });
  });
  return { ok: true, rows, problems, unknownHeaders };
}
