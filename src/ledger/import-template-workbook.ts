// A 交办清单 template as an Excel workbook: the columns an import reads, headed in the office's
// language, one example row, and the office's units on a sheet of their own that the 主办单位
// column offers as a drop-down list. The list lives on a sheet, not in the validation itself,
// because Excel caps an inline list at 255 characters, which a province's units pass. The import
// reads the first sheet only, so the units' sheet comes second and is never read as rows.
// Pure but for the library that writes the file.
import ExcelJS from 'exceljs';
import type { CalendarDate } from '../domain/calendar-date.js';
import { type ImportColumn, importColumns } from '../domain/import-column.js';
import type { Catalog } from '../i18n/index.js';

export interface ImportTemplate {
  /** The units an import can name, in the order the office registered them. */
  units: ReadonlyArray<{ name: string; aliases: readonly string[] }>;
  /** The example row's code and statutory deadline (the default one, counted from today). */
  exampleCode: string;
  exampleDueOn: CalendarDate;
  /** The session's statutory reply period, which an empty deadline takes. */
  statutoryMonths: number;
  /** Rows under the header that the drop-down list and the hints cover: as many as an import reads. */
  rows: number;
}

/** Columns as wide as their widest text, a CJK character counted twice, within bounds that keep the sheet readable. */
const widthOf = (text: string): number => [...text].reduce((width, char) => width + ((char.codePointAt(0) ?? 0) > 0xff ? 2 : 1), 0);
const minimumWidth: Partial<Record<ImportColumn, number>> = { title: 40, co: 30, handler: 24, dueOn: 14 };
const widest = 48;

/** A sheet's name in a formula: quoted, its own quotes doubled. */
const quoted = (sheet: string) => `'${sheet.replaceAll("'", "''")}'`;

/**
 * Excel's "any value" validation: no check, only the hint shown when a cell is selected. ExcelJS
 * writes it (a validation without a type) but its types do not name it.
 */
const hintOnly = (title: string, prompt: string): ExcelJS.DataValidation =>
  ({ type: 'any', allowBlank: true, showInputMessage: true, promptTitle: title, prompt }) as unknown as ExcelJS.DataValidation;

/** A sheet's validations by range (one element a range in the file, not one a cell); ExcelJS's types leave the property out. */
const validationsOf = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations;

/** The workbook's bytes (.xlsx). */
export async function importTemplateWorkbook(catalog: Catalog, template: ImportTemplate): Promise<Buffer> {
  const words = catalog.import.template;
  const headers = catalog.import.columnNames;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'duban';
  const list = workbook.addWorksheet(words.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  const unitSheet = workbook.addWorksheet(words.unitSheet, { views: [{ state: 'frozen', ySplit: 1 }] });

  const [first, ...others] = template.units;
  const example: Record<ImportColumn, string | Date | null> = {
    code: template.exampleCode,
    title: words.example.title,
    leadDeputy: words.example.leadDeputy,
    coSigners: words.example.coSigners.join(catalog.listJoin),
    field: words.example.field,
    lead: first?.name ?? null,
    // Two at most: enough to show how several are separated.
    co: others
      .slice(0, 2)
      .map((unit) => unit.name)
      .join(catalog.listJoin),
    handler: null,
    dueOn: new Date(`${template.exampleDueOn}T00:00:00Z`),
  };
  list.addRow(importColumns.map((column) => headers[column])).font = { bold: true };
  list.addRow(importColumns.map((column) => example[column]));

  const longestUnit = Math.max(0, ...template.units.map((unit) => widthOf(unit.name)));
  importColumns.forEach((column, i) => {
    const sheetColumn = list.getColumn(i + 1);
    const text = example[column];
    const content = Math.max(widthOf(headers[column]), typeof text === 'string' ? widthOf(text) : 10, column === 'lead' ? longestUnit : 0);
    sheetColumn.width = Math.min(widest, Math.max(minimumWidth[column] ?? 10, content + 2));
    if (column === 'dueOn') sheetColumn.numFmt = 'yyyy-mm-dd';
  });

  unitSheet.addRow([words.unitColumns.name, words.unitColumns.aliases]).font = { bold: true };
  for (const unit of template.units) unitSheet.addRow([unit.name, unit.aliases.join(catalog.listJoin)]);
  unitSheet.getColumn(1).width = Math.min(widest, Math.max(16, longestUnit + 2));
  unitSheet.getColumn(2).width = 30;

  // Below the header, as far down as an import reads.
  const rowsOf = (column: ImportColumn) => {
    const letter = list.getColumn(importColumns.indexOf(column) + 1).letter;
    return `${letter}2:${letter}${template.rows + 1}`;
  };
  const prompts = words.prompts;
  const validations = validationsOf(list);
  validations.add(rowsOf('code'), hintOnly(headers.code, prompts.code));
  // A unit typed by its alias imports too, so a name off the list is warned about, not refused.
  validations.add(rowsOf('lead'), {
    type: 'list',
    allowBlank: true,
    formulae: [`${quoted(unitSheet.name)}!$A$2:$A$${Math.max(2, template.units.length + 1)}`],
    showInputMessage: true,
    promptTitle: headers.lead,
    prompt: prompts.lead,
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: prompts.leadNotListedTitle,
    error: prompts.leadNotListed,
  });
  // A list validation takes one item a cell, and 会办单位 holds several separated by 、: a hint only.
  validations.add(rowsOf('co'), hintOnly(headers.co, prompts.co));
  validations.add(rowsOf('handler'), hintOnly(headers.handler, prompts.handler));
  validations.add(rowsOf('dueOn'), hintOnly(headers.dueOn, prompts.dueOn(template.statutoryMonths)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
