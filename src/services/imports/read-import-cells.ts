// The cells of a 交办清单 as a file gives them: a CSV (UTF-8, a BOM allowed) or a workbook's first
// sheet. What the cells mean is read-import-table.ts's business.
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { errorMessage } from '../../log.js';
import type { Cell } from './read-import-table.js';

export const importFileTypes = ['csv', 'xlsx'] as const;
export type ImportFileType = (typeof importFileTypes)[number];

/** The file's type by its name, or undefined for one an import does not read. */
export const importFileTypeOf = (filename: string): ImportFileType | undefined =>
  importFileTypes.find((type) => filename.toLowerCase().endsWith(`.${type}`));

/** A file that is not what its name says (a damaged workbook, a CSV with an open quote). */
export class UnreadableImportFile extends Error {}

/** A workbook cell's value: rich text, hyperlinks and formulas come as objects. */
function cellOf(value: unknown): Cell {
  if (value instanceof Date || typeof value === 'number' || typeof value === 'string') return value;
  if (value === null || value === undefined) return null;
  const object = value as { text?: unknown; result?: unknown; richText?: Array<{ text: string }> };
  if (object.richText) return object.richText.map((part) => part.text).join('');
  if (object.result !== undefined) return cellOf(object.result);
  return String(object.text ?? value);
}

export async function readImportCells(type: ImportFileType, bytes: Buffer): Promise<Cell[][]> {
  try {
    // A CSV that is not UTF-8 (Excel on Chinese Windows saves GBK) is refused as such, rather
    // than read as noise whose headers then seem to be missing.
    if (type === 'csv')
      return parseCsv(new TextDecoder('utf-8', { fatal: true }).decode(bytes), {
        relax_column_count: true,
        skip_empty_lines: true,
      }) as string[][];
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const rows: Cell[][] = [];
    workbook.worksheets[0]?.eachRow({ includeEmpty: true }, (row) => {
      rows.push((row.values as unknown[]).slice(1).map(cellOf));
    });
    return rows;
  } catch (error) {
    throw new UnreadableImportFile(errorMessage(error));
  }
}
