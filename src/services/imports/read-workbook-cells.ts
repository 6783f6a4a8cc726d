// A workbook's first sheet as cells, streamed: its rows are parsed as the sheet unpacks, each
// checked against importLimits as it comes, and the reading ends at the first one past them, so
// that neither a sheet of a million rows nor a cell at A1048576 is ever held. Only the parts a
// 交办清单 needs are read: which sheet is first, its shared strings, and which styles are dates.
// (exceljs's own stream reader was not used: it stops early on workbooks exceljs itself writes,
// such as the ledger export, and copies every sheet to a temporary file first.)
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ImportFileOutOfBounds, importLimits } from './import-limits.js';
import { openWorkbookZip, type WorkbookZip } from './open-workbook-zip.js';
import type { Cell } from './read-import-table.js';

/** An element's name without its namespace prefix (`x:row`, as the OpenXML SDK writes them). */
const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** Every element of a small part, in order, with its text (for parts held whole: the workbook, its styles, shared strings). */
function eachElement(
  xml: string,
  onElement: (tag: SaxesTagPlain, path: readonly string[]) => void,
  onText?: (text: string, path: readonly string[]) => void,
) {
  const parser = new SaxesParser();
  const path: string[] = [];
  parser.on('opentag', (tag) => {
    path.push(localName(tag.name));
    onElement({ ...tag, name: localName(tag.name) }, path);
    if (tag.isSelfClosing) path.pop();
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) path.pop();
  });
  if (onText) parser.on('text', (text) => onText(text, path));
  parser.write(xml).close();
}

/** The first sheet's part, and whether its dates count from 1904 (as old Mac workbooks do). */
async function firstSheetOf(zip: WorkbookZip): Promise<{ part: string; date1904: boolean }> {
  let firstId: string | undefined;
  let date1904 = false;
  eachElement((await zip.text('xl/workbook.xml')) ?? '<workbook/>', (tag) => {
    if (tag.name === 'workbookPr') date1904 = ['1', 'true'].includes(String(tag.attributes.date1904));
    if (tag.name === 'sheet' && firstId === undefined) firstId = String(tag.attributes['r:id'] ?? '');
  });
  let target: string | undefined;
  eachElement((await zip.text('xl/_rels/workbook.xml.rels')) ?? '<Relationships/>', (tag) => {
    if (tag.name === 'Relationship' && tag.attributes.Id === firstId) target = String(tag.attributes.Target);
  });
  const part = target === undefined ? 'xl/worksheets/sheet1.xml' : target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  return { part, date1904 };
}

async function sharedStringsOf(zip: WorkbookZip): Promise<string[]> {
  const strings: string[] = [];
  const xml = await zip.text('xl/sharedStrings.xml');
  if (xml === undefined) return strings;
  eachElement(
    xml,
    (tag) => {
      if (tag.name === 'si') strings.push('');
    },
    // A phonetic guide (rPh, Japanese ruby) is not part of the text.
    (text, path) => {
      if (path.at(-1) === 't' && !path.includes('rPh') && strings.length > 0) strings[strings.length - 1] += text;
    },
  );
  return strings;
}

/** Built-in number formats that show a date, the CJK ones included (27–36, 50–58). */
const builtInDates = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** A custom format shows a date when, once its quoted text, escapes and [colour] marks are gone, it still has y, m, d, h or s. */
const isDateFormat = (code: string) => /[ymdhs]/i.test(code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '')) && !/^general$/i.test(code.trim());

/** For each cell style (the s attribute of a cell), whether it shows a date. */
async function dateStylesOf(zip: WorkbookZip): Promise<boolean[]> {
  const custom = new Map<number, string>();
  const styles: boolean[] = [];
  eachElement((await zip.text('xl/styles.xml')) ?? '<styleSheet/>', (tag, path) => {
    if (tag.name === 'numFmt') custom.set(Number(tag.attributes.numFmtId), String(tag.attributes.formatCode ?? ''));
    if (tag.name === 'xf' && path.at(-2) === 'cellXfs') {
      const id = Number(tag.attributes.numFmtId ?? 0);
      styles.push(custom.has(id) ? isDateFormat(custom.get(id)!) : builtInDates.has(id));
    }
  });
  return styles;
}

const dayMs = 86_400_000;

/** A date serial as a UTC date: from 1899-12-30 (Excel's 1900 system, its phantom 1900-02-29 kept), or from 1904-01-01. */
function dateOfSerial(serial: number, date1904: boolean): Date {
  const origin = date1904 ? Date.UTC(1904, 0, 1) : serial < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(origin + Math.round(serial * dayMs));
}

/** A cell's column, 1 for A, from its reference (B7 → 2). */
function columnOf(reference: string): number {
  let column = 0;
  for (const letter of reference.toUpperCase()) {
    const code = letter.charCodeAt(0);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column;
}

export async function readWorkbookCells(bytes: Buffer): Promise<Cell[][]> {
  const zip = await openWorkbookZip(bytes, importLimits.unpackedBytes);
  try {
    const { part, date1904 } = await firstSheetOf(zip);
    const strings = await sharedStringsOf(zip);
    const dateStyles = await dateStylesOf(zip);
    const rows: Cell[][] = [];
    const parser = new SaxesParser();
    let row: Cell[] = [];
    let rowNumber = 0;
    let lastColumn = 0;
    let cell = { column: 0, type: '', style: 0, text: '' };
    let inValue = false;
    let inPhonetic = false;

    const cellValue = (): Cell => {
      const { type, text } = cell;
      if (type === 's') return strings[Number(text)] ?? '';
      if (type === 'inlineStr' || type === 'str' || type === 'e') return text;
      if (type === 'b') return text === '1' ? 'TRUE' : 'FALSE';
      if (text.trim() === '') return null;
      // An ISO date without a zone is the day as written, not the server's midnight.
      if (type === 'd') return new Date(/(?:[zZ]|[+-]\d\d:?\d\d)$/.test(text) || !text.includes('T') ? text : `${text}Z`);
      const number = Number(text);
      return dateStyles[cell.style] && Number.isFinite(number) ? dateOfSerial(number, date1904) : number;
    };

    parser.on('opentag', (tag) => {
      const name = localName(tag.name);
      if (name === 'row') {
        rowNumber = tag.attributes.r ? Number(tag.attributes.r) : rowNumber + 1;
        if (!Number.isSafeInteger(rowNumber) || rowNumber < 1) throw new Error(`a row numbered ${String(tag.attributes.r)}`);
        row = [];
        lastColumn = 0;
      } else if (name === 'c') {
        const reference = String(tag.attributes.r ?? '');
        lastColumn = reference ? columnOf(reference) : lastColumn + 1;
        cell = { column: lastColumn, type: String(tag.attributes.t ?? 'n'), style: Number(tag.attributes.s ?? 0), text: '' };
      } else if (name === 'rPh') inPhonetic = !tag.isSelfClosing;
      // A phonetic guide's text (rPh, Japanese ruby) is not the cell's.
      else if (name === 'v' || name === 't') inValue = !tag.isSelfClosing && !inPhonetic;
    });
    parser.on('text', (text) => {
      if (!inValue) return;
      cell.text += text;
      if (cell.text.length > importLimits.cellCharacters) throw new ImportFileOutOfBounds('cell', rowNumber);
    });
    parser.on('closetag', (tag) => {
      const name = localName(tag.name);
      if (name === 'rPh') inPhonetic = false;
      else if (name === 'v' || name === 't') inValue = false;
      else if (name === 'c') {
        const value = cellValue();
        // Cells and rows that are only styled (borders drawn far down or right) hold nothing to read or count.
        if (value === null || value === '') return;
        if (rowNumber > importLimits.rows + 1) throw new ImportFileOutOfBounds('rows', rowNumber);
        if (cell.column > importLimits.columns) throw new ImportFileOutOfBounds('columns', rowNumber);
        if (typeof value === 'string' && value.length > importLimits.cellCharacters) throw new ImportFileOutOfBounds('cell', rowNumber);
        row[cell.column - 1] = value;
      } else if (name === 'row' && row.length > 0) {
        while (rows.length < rowNumber - 1) rows.push([]);
        rows[rowNumber - 1] = Array.from(row, (value) => value ?? null);
      }
    });
    await zip.stream(part, (chunk) => {
      parser.write(chunk);
    });
    parser.close();
    return rows;
  } finally {
    zip.close();
  }
}
