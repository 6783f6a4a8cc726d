// The office's figures counted again from an exported ledger's sheets alone, as a reader with the
// workbook would count them: by its headers and the words it shows, with none of the bot's code.
import type ExcelJS from 'exceljs';
import { zhCN } from '../../src/i18n/zh-CN.js';

type Row = Record<string, unknown>;

/** A sheet's rows as objects keyed by their header. */
function rowsOf(workbook: ExcelJS.Workbook, name: string): Row[] {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`the ledger has no sheet ${name}`);
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Row[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1);
    rows.push(Object.fromEntries(headers.map((header, i) => [header, values[i] ?? null])));
  });
  return rows;
}

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));
const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : text(value));

/**
 * Each unit's, each 领域's and the total's counts, in the 统计 sheet's order: led, co-handled,
 * replied, first replies with a known deadline, of them on time, closed, A, B, C, D, with a verdict,
 * satisfied or basically, B-class promises, written off.
 */
export function figuresFromLedger(workbook: ExcelJS.Workbook): {
  total: number[];
  units: Map<string, number[]>;
  fields: Map<string, number[]>;
} {
  const c = zhCN.ledger.columns;
  const sheets = zhCN.ledger.sheets;
  const suggestions = rowsOf(workbook, sheets.suggestions);
  const sent = rowsOf(workbook, sheets.replies).filter((r) => text(r[c.status]) === zhCN.lifecycle.reply.states.sent);
  const verdicts = rowsOf(workbook, sheets.verdicts);
  const promises = rowsOf(workbook, sheets.commitments);

  const perCode = (code: string) => {
    const replies = sent.filter((r) => text(r[c.code]) === code).sort((a, b) => Number(a[c.round]) - Number(b[c.round]));
    const first = replies[0];
    const due = first ? day(first[zhCN.ledger.columns.dueWhenSent]) : '';
    const lastVerdict = verdicts
      .filter((v) => text(v[c.code]) === code)
      .sort((a, b) => Number(a[c.round]) - Number(b[c.round]))
      .at(-1);
    const bRounds = new Set(replies.filter((r) => text(r[c.replyClass]) === 'B').map((r) => Number(r[c.round])));
    const itsPromises = promises.filter((k) => text(k[c.code]) === code && bRounds.has(Number(k[c.round])));
    return {
      replied: first !== undefined,
      timed: first !== undefined && due !== '',
      onTime: first !== undefined && due !== '' && day(first[c.sentOn]) <= due,
      latestClass: text(replies.at(-1)?.[c.replyClass]),
      judged: lastVerdict !== undefined,
      satisfied: [zhCN.verdict.names.satisfied, zhCN.verdict.names.basically_satisfied].includes(text(lastVerdict?.[c.verdict])),
      promises: itsPromises.length,
      kept: itsPromises.filter((k) => text(k[c.writtenOffAt]) !== '').length,
    };
  };
  // 并案 (docs/ranking.md): a suggestion merged into another counts for the workload on its main one
  // only; its deputy's verdict counts on its own code.
  const merged = (s: Row) => text(s[c.mergedInto]) !== '';
  const figures = (led: Row[], co: number) => {
    const all = led.map((s) => ({ ...perCode(text(s[c.code])), closed: text(s[c.status]) === zhCN.statusNames.closed }));
    const each = all.filter((_, i) => !merged(led[i]!));
    const count = (pick: (e: (typeof each)[number]) => boolean) => each.filter(pick).length;
    return [
      each.length,
      co,
      count((e) => e.replied),
      count((e) => e.timed),
      count((e) => e.onTime),
      count((e) => e.closed),
      ...['A', 'B', 'C', 'D'].map((cls) => count((e) => e.replied && e.latestClass === cls)),
      all.filter((e) => e.judged).length,
      all.filter((e) => e.satisfied).length,
      each.reduce((n, e) => n + e.promises, 0),
      each.reduce((n, e) => n + e.kept, 0),
    ];
  };
  const coUnits = (s: Row) => text(s[c.co]).split(zhCN.listJoin).filter(Boolean);
  const units = new Set(suggestions.flatMap((s) => [text(s[c.lead]), ...coUnits(s)]).filter(Boolean));
  const fields = new Set(suggestions.map((s) => text(s[c.field])));
  return {
    total: figures(
      suggestions,
      suggestions.reduce((n, s) => n + coUnits(s).length, 0),
    ),
    units: new Map(
      [...units].map((unit) => [
        unit,
        figures(
          suggestions.filter((s) => text(s[c.lead]) === unit),
          suggestions.filter((s) => coUnits(s).includes(unit)).length,
        ),
      ]),
    ),
    fields: new Map(
      [...fields].map((field) => {
        const inField = suggestions.filter((s) => text(s[c.field]) === field);
        return [
          field === '' ? zhCN.ledger.statistics.noField : field,
          figures(
            inField,
            inField.reduce((n, s) => n + coUnits(s).length, 0),
          ),
        ];
      }),
    ),
  };
}
