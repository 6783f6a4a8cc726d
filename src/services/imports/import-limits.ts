// How much of a file an import reads. A 交办清单 is a few hundred rows, a session's at most a few
// thousand; the limits leave room for that many times over, and keep a hostile or broken file
// (a zip bomb, a cell at A1048576, a CSV of one endless line) from taking the memory and the time
// of the process that also answers Slack and runs the jobs.
const columns = 50;
const cellCharacters = 5_000;

export const importLimits = {
  /** The file as uploaded. */
  fileBytes: 5 * 1024 * 1024,
  /** A workbook's parts once unpacked, all of them together: what the reader would hold. */
  unpackedBytes: 30 * 1024 * 1024,
  /** Rows under the header. */
  rows: 20_000,
  columns,
  /** Characters in one cell: far more than any column the import reads needs. */
  cellCharacters,
  /** Characters in one line of a CSV (every cell full, quoted, and its comma), checked before it is split into cells. */
  lineCharacters: columns * (cellCharacters + 3),
} as const;

export type ImportBound = 'rows' | 'columns' | 'cell' | 'line' | 'unpacked';

/** A file past one of the limits: refused whole, before its rows are checked. */
export class ImportFileOutOfBounds extends Error {
  constructor(
    readonly bound: ImportBound,
    /** Where it was found: the row's line for rows, columns and a cell. */
    readonly line?: number,
  ) {
    super(`import file out of bounds: ${bound}${line ? ` at line ${line}` : ''}`);
  }
}
