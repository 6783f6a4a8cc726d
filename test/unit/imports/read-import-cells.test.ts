// A file given to an import is read within importLimits whatever it holds: hostile workbooks (a
// zip bomb, with honest or lying sizes; a cell at A1048576) and CSVs (endless rows, a line of
// commas, a huge cell) are refused quickly and without taking the memory they ask for, while a
// CSV saved by Excel on Chinese Windows (GBK) is read.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { ImportFileOutOfBounds, importLimits } from '../../../src/services/imports/import-limits.js';
import { readImportCells, UnreadableImportFile } from '../../../src/services/imports/read-import-cells.js';

/** What reading `file` did to the heap at its highest, sampled as it ran, and what came of it. */
async function measured<T>(read: () => Promise<T>): Promise<{ outcome: T | unknown; heapGrowth: number; ms: number }> {
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 2);
  const started = performance.now();
  let outcome: T | unknown;
  try {
    outcome = await read();
  } catch (error) {
    outcome = error;
  }
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { outcome, heapGrowth: peak - before, ms: performance.now() - started };
}

const mb = 1024 * 1024;

async function workbookOf(fill: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  fill(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The parts of a real workbook, with sheet1.xml swapped for `sheet` (streamed, so it may be huge). */
async function workbookWithSheet(sheet: () => Readable): Promise<Buffer> {
  const real = await workbookOf((book) => book.addWorksheet('交办清单').addRow(['编号']));
  const { default: yauzl } = await import('yauzl');
  const zip = new yazl.ZipFile();
  await new Promise<void>((resolve, reject) =>
    yauzl.fromBuffer(real, { lazyEntries: true }, (error, source) => {
      if (error) return reject(error);
      source.on('entry', (entry: import('yauzl').Entry) => {
        if (entry.fileName.endsWith('/')) return source.readEntry();
        if (entry.fileName === 'xl/worksheets/sheet1.xml') {
          zip.addReadStream(sheet(), entry.fileName);
          return source.readEntry();
        }
        source.openReadStream(entry, (failed, stream) => {
          if (failed) return reject(failed);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            zip.addBuffer(Buffer.concat(chunks), entry.fileName);
            source.readEntry();
          });
        });
      });
      source.on('end', resolve);
      source.readEntry();
    }),
  );
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A sheet of `megabytes` of rows of one cell each: a few hundred kilobytes once deflated. */
const bombSheet = (megabytes: number) => {
  const rows = Buffer.from('<row><c t="inlineStr"><is><t>x</t></is></c></row>'.repeat(20_000));
  let left = Math.ceil((megabytes * mb) / rows.length);
  return () =>
    new Readable({
      read() {
        if (left === 0) {
          this.push('</sheetData></worksheet>');
          return void this.push(null);
        }
        if (left === Math.ceil((megabytes * mb) / rows.length))
          this.push('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
        left -= 1;
        this.push(rows);
      },
    });
};

/** The zip's directory and local header made to claim `size` unpacked bytes for the part `name`. */
function claimSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let at = 0; at < out.length - 46; at += 1) {
    const signature = out.readUInt32LE(at);
    if (signature === 0x04034b50 && out.toString('utf8', at + 30, at + 30 + out.readUInt16LE(at + 26)) === name)
      out.writeUInt32LE(size, at + 22);
    if (signature === 0x02014b50 && out.toString('utf8', at + 46, at + 46 + out.readUInt16LE(at + 28)) === name)
      out.writeUInt32LE(size, at + 24);
  }
  return out;
}

const refusedFor = (outcome: unknown) => (outcome instanceof ImportFileOutOfBounds ? outcome.bound : outcome);

describe('readImportCells within bounds', () => {
  it('refuses a zip bomb by what it unpacks to, whether its sizes are honest or not, holding none of it', async () => {
    const bomb = await workbookWithSheet(bombSheet(200));
    expect(bomb.length).toBeLessThan(importLimits.fileBytes);
    const honest = await measured(() => readImportCells('xlsx', bomb));
    expect(refusedFor(honest.outcome)).toBe('unpacked');
    expect(honest.heapGrowth).toBeLessThan(64 * mb);
    expect(honest.ms).toBeLessThan(5_000);

    const lying = await measured(() => readImportCells('xlsx', claimSize(bomb, 'xl/worksheets/sheet1.xml', 1_000)));
    expect(refusedFor(lying.outcome)).not.toBeUndefined();
    expect(lying.outcome).toBeInstanceOf(Error);
    expect(lying.heapGrowth).toBeLessThan(64 * mb);
    expect(lying.ms).toBeLessThan(5_000);
  });

  it('refuses a workbook with a cell at A1048576 at once, without a row for every line above it', async () => {
    const far = await workbookOf((book) => {
      const sheet = book.addWorksheet('交办清单');
      sheet.addRow(['编号', '标题', '主办单位']);
      sheet.getCell('A1048576').value = 'x';
    });
    const read = await measured(() => readImportCells('xlsx', far));
    expect(read.outcome).toMatchObject({ bound: 'rows', line: 1_048_576 });
    expect(read.heapGrowth).toBeLessThan(64 * mb);
    expect(read.ms).toBeLessThan(5_000);
  });

  it('reads the first sheet only, its rows at their lines, its dates as dates', async () => {
    const book = await workbookOf((workbook) => {
      const first = workbook.addWorksheet('交办清单');
      first.addRow(['编号', '期限']);
      first.getCell('A3').value = '2026-0001';
      first.getCell('B3').value = new Date(Date.UTC(2026, 5, 30));
      workbook.addWorksheet('备注').addRow(['别的表']);
    });
    const cells = await readImportCells('xlsx', book);
    expect(cells).toEqual([['编号', '期限'], [], ['2026-0001', new Date(Date.UTC(2026, 5, 30))]]);
  });

  it('reads what a cell holds as Excel shows it: rich text, formulas, links, numbers, dates in any format', async () => {
    const book = await workbookOf((workbook) => {
      const sheet = workbook.addWorksheet('交办清单');
      sheet.addRow([
        { richText: [{ text: '关于' }, { font: { bold: true }, text: '河道' }] },
        { formula: 'CONCAT("20","26")', result: '2026' },
        { text: '链接', hyperlink: 'https://example.org' },
        42.5,
        true,
        new Date(Date.UTC(2026, 5, 30)),
        new Date(Date.UTC(2026, 11, 31)),
      ]);
      sheet.getCell('F1').numFmt = 'yyyy"年"m"月"d"日"';
      sheet.getCell('D1').numFmt = '0.00"元"';
    });
    expect(await readImportCells('xlsx', book)).toEqual([
      ['关于河道', '2026', '链接', 42.5, 'TRUE', new Date(Date.UTC(2026, 5, 30)), new Date(Date.UTC(2026, 11, 31))],
    ]);
  });

  it('reads sheets as other programs write them: cells without references, styled rows far down, prefixes, dates as ISO text', async () => {
    const sheet = (data: string, prefix = '') =>
      workbookWithSheet(() =>
        Readable.from([
          `<?xml version="1.0"?><${prefix}worksheet xmlns${prefix ? `:${prefix.slice(0, -1)}` : ''}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${prefix}sheetData>${data}</${prefix}sheetData></${prefix}worksheet>`,
        ]),
      );
    const inline = (text: string) => `<c t="inlineStr"><is><t>${text}</t></is></c>`;
    // Cells without r follow one another, an empty one included; a row only styled, far past the limit, is nothing.
    const unreferenced = await sheet(`<row>${inline('编号')}<c/>${inline('标题')}</row><row r="900000"><c r="A900000" s="1"/></row>`);
    expect(await readImportCells('xlsx', unreferenced)).toEqual([['编号', null, '标题']]);
    const prefixed = await sheet(`<x:row r="1"><x:c r="B1" t="inlineStr"><x:is><x:t>主办单位</x:t></x:is></x:c></x:row>`, 'x:');
    expect(await readImportCells('xlsx', prefixed)).toEqual([[null, '主办单位']]);
    const phonetic = await sheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>河道</t><rPh sb="0" eb="2"><t>かどう</t></rPh></is></c></row>`);
    expect(await readImportCells('xlsx', phonetic)).toEqual([['河道']]);
    const isoDates = await sheet(`<row r="1"><c r="A1" t="d"><v>2026-06-30T00:00:00</v></c><c r="B1" t="d"><v>2026-06-30</v></c></row>`);
    expect(await readImportCells('xlsx', isoDates)).toEqual([[new Date(Date.UTC(2026, 5, 30)), new Date(Date.UTC(2026, 5, 30))]]);
  });

  it('takes a damaged workbook for unreadable, not for a crash', async () => {
    const book = await workbookOf((workbook) => workbook.addWorksheet('交办清单').addRow(['编号']));
    await expect(readImportCells('xlsx', book.subarray(0, book.length / 2))).rejects.toBeInstanceOf(UnreadableImportFile);
    await expect(readImportCells('xlsx', Buffer.from('not a workbook'))).rejects.toBeInstanceOf(UnreadableImportFile);
  });

  it('refuses a CSV past the row, column or cell limit, saying where', async () => {
    const header = '编号,标题,主办单位\n';
    const rows = `${header}${'2026-0001,关于河道的建议,水利厅\n'.repeat(importLimits.rows + 5)}`;
    expect(await readImportCells('csv', Buffer.from(rows)).catch((error) => error)).toMatchObject({ bound: 'rows' });
    // Empty cells at a row's end (Excel saves every row as wide as the widest) are no columns.
    const trailing = `${header}2026-0001,关于河道的建议,水利厅${','.repeat(importLimits.columns * 2)}\n`;
    expect(await readImportCells('csv', Buffer.from(trailing))).toEqual([
      ['编号', '标题', '主办单位'],
      ['2026-0001', '关于河道的建议', '水利厅'],
    ]);
    const wide = `${header}${'x,'.repeat(importLimits.columns)}x\n`;
    expect(await readImportCells('csv', Buffer.from(wide)).catch((error) => error)).toMatchObject({ bound: 'columns', line: 2 });
    const long = `${header}2026-0001,${'长'.repeat(importLimits.cellCharacters + 1)},水利厅\n`;
    expect(await readImportCells('csv', Buffer.from(long)).catch((error) => error)).toMatchObject({ bound: 'cell', line: 2 });
    const commas = await measured(() => readImportCells('csv', Buffer.alloc(importLimits.fileBytes, ',')));
    expect(commas.outcome).toMatchObject({ bound: 'line', line: 1 });
    expect(commas.ms).toBeLessThan(1_000);
    const quoted = `${header}"${'，'.repeat(importLimits.cellCharacters)}",${',""'.repeat(importLimits.columns - 2)}\n`;
    expect(await readImportCells('csv', Buffer.from(quoted))).toHaveLength(2);
  });

  it('whatever bytes it is given, gives cells or one of its two refusals, never anything else', async () => {
    const valid = await workbookOf((book) => {
      const sheet = book.addWorksheet('交办清单');
      sheet.addRow(['编号', '标题', '主办单位', '法定答复期限']);
      sheet.addRow(['2026-0001', '关于河道的建议', '水利厅', new Date(Date.UTC(2026, 5, 30))]);
    });
    const isAnswer = (outcome: unknown) =>
      Array.isArray(outcome) || outcome instanceof UnreadableImportFile || outcome instanceof ImportFileOutOfBounds;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 24 }),
        async (flips) => {
          const bytes = Buffer.from(valid);
          for (const [at, value] of flips) bytes[at] = value;
          expect(isAnswer(await readImportCells('xlsx', bytes).catch((error: unknown) => error))).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        expect(isAnswer(await readImportCells('csv', Buffer.from(bytes)).catch((error: unknown) => error))).toBe(true);
        expect(isAnswer(await readImportCells('xlsx', Buffer.from(bytes)).catch((error: unknown) => error))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('reads a CSV saved as GBK, and one in UTF-8 with its BOM', async () => {
    // 编号,标题 / 2026-0001,河道 as Excel on Chinese Windows saves them.
    const gbk = Buffer.concat([
      Buffer.from([0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xb1, 0xea, 0xcc, 0xe2, 0x0d, 0x0a]),
      Buffer.from('2026-0001,'),
      Buffer.from([0xba, 0xd3, 0xb5, 0xc0, 0x0d, 0x0a]),
    ]);
    expect(await readImportCells('csv', gbk)).toEqual([
      ['编号', '标题'],
      ['2026-0001', '河道'],
    ]);
    expect(await readImportCells('csv', Buffer.from('\ufeff编号,标题\n'))).toEqual([['编号', '标题']]);
  });
});
