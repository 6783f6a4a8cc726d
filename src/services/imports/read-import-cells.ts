// The cells of a 交办清单 as a file gives them: a CSV (UTF-8 with or without a BOM, or GBK as
// Excel on Chinese Windows saves it) or a workbook's first sheet, read within importLimits. What
// the cells mean is read-import-table.ts's business.
import { errorMessage } from '../../log.js';
import { ImportFileOutOfBounds, importLimits } from './import-limits.js';
import type { Cell } from './read-import-table.js';

export const importFileTypes = ['csv', 'xlsx'] as const;
export type ImportFileType = (typeof importFileTypes)[number];

/** The file's type by its name, or undefined for one an import does not read. */
export const importFileTypeOf = (filename: string): ImportFileType | undefined =>
  importFileTypes.find((type) => filename.toLowerCase().endsWith(`.${type}`));

/** A file that is not what its name says (a damaged workbook, a CSV with an open quote). */
export class UnreadableImportFile extends Error {}

/**
 * A CSV row's cells, refused past the column and cell limits; `line` is the row's line in the
 * file. Empty cells at the end (Excel saves a row as wide as the widest) are no columns.
 */
function boundedRow(record: string[], line: number): string[] {
  let width = record.length;
  while (width > 0 && record[width - 1] === '') width -= 1;
  const cells = record.slice(0, width);
  if (cells.length > importLimits.columns) throw new ImportFileOutOfBounds('columns', line);
  if (cells.some((cell) => typeof cell === 'string' && cell.length > importLimits.cellCharacters))
    throw new ImportFileOutOfBounds('cell', line);
  return cells;
}

const lastLine = importLimits.rows + 1;

/** A UTF-8 file (its BOM dropped by csv-parse) as it is; anything else is read as GB18030, which GBK is a part of. */
const decodeCsv = (bytes: Buffer): string => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
};

/**
 * A line longer than any row within the limits could be is refused before the parser builds its
 * cells (a file of commas alone would otherwise become one row of millions).
 */
function refuseLongLine(text: string): void {
  for (let start = 0, line = 1; start < text.length; line += 1) {
    const end = text.indexOf('\n', start);
    const next = end === -1 ? text.length : end + 1;
    if (next - start > importLimits.lineCharacters) throw new ImportFileOutOfBounds('line', line);
    start = next;
  }
}

async function readCsv(bytes: Buffer): Promise<Cell[][]> {
  const { parse: parseCsv } = await import('csv-parse/sync');
  const text = decodeCsv(bytes);
  refuseLongLine(text);
  const rows: Cell[][] = [];
  parseCsv(text, {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    // Each record is bounded as it comes, so that an endless file stops where the limit is.
    on_record: (record: string[], { lines }) => {
      if (rows.length >= lastLine) throw new ImportFileOutOfBounds('rows', lines);
      rows.push(boundedRow(record, lines));
      return null;
    },
  });
  return rows;
}

/** The file's cells; a file past a limit is ImportFileOutOfBounds, one that cannot be read UnreadableImportFile. */
export async function readImportCells(type: ImportFileType, bytes: Buffer): Promise<Cell[][]> {
  try {
    // The parsers are loaded by the process that first reads a file, not by every process.
    return type === 'csv' ? await readCsv(bytes) : await (await import('./read-workbook-cells.js')).readWorkbookCells(bytes);
  } catch (error) {
    if (error instanceof ImportFileOutOfBounds) throw error;
    throw new UnreadableImportFile(errorMessage(error));
  }
}
