// A workbook is a zip: a few kilobytes can unpack to gigabytes. Its parts are read here and only
// here, and every byte unpacked is counted against one limit for the whole file, so that the file
// is refused as soon as the count passes it, whatever the zip's directory claims (yauzl also
// refuses a part whose unpacked bytes differ from what the directory declares).
import yauzl from 'yauzl';
import { ImportFileOutOfBounds } from './import-limits.js';

export interface WorkbookZip {
  /** A part's text, or undefined when the workbook has no such part. */
  text(name: string): Promise<string | undefined>;
  /** A part's text chunk by chunk, for a part too large to hold (a worksheet). */
  stream(name: string, onChunk: (text: string) => void): Promise<void>;
  close(): void;
}

const openZip = (bytes: Buffer) =>
  new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, autoClose: false, strictFileNames: false }, (error, zip) =>
      error ? reject(error) : resolve(zip),
    ),
  );

const entriesOf = (zip: yauzl.ZipFile) =>
  new Promise<Map<string, yauzl.Entry>>((resolve, reject) => {
    const entries = new Map<string, yauzl.Entry>();
    zip.on('error', reject);
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.readEntry();
  });

/** The workbook's parts, refused at once when they declare more than `limit` bytes together. */
export async function openWorkbookZip(bytes: Buffer, limit: number): Promise<WorkbookZip> {
  const zip = await openZip(bytes);
  let entries: Map<string, yauzl.Entry>;
  try {
    entries = await entriesOf(zip);
    const declared = [...entries.values()].reduce((sum, entry) => sum + entry.uncompressedSize, 0);
    if (declared > limit) throw new ImportFileOutOfBounds('unpacked');
  } catch (error) {
    zip.close();
    throw error;
  }
  let unpacked = 0;
  const stream = (name: string, onChunk: (text: string) => void) =>
    new Promise<void>((resolve, reject) => {
      const entry = entries.get(name);
      if (!entry) return reject(new Error(`the workbook has no part ${name}`));
      zip.openReadStream(entry, (error, part) => {
        if (error) return reject(error);
        const decoder = new TextDecoder('utf-8');
        part.on('data', (chunk: Buffer) => {
          unpacked += chunk.length;
          try {
            if (unpacked > limit) throw new ImportFileOutOfBounds('unpacked');
            onChunk(decoder.decode(chunk, { stream: true }));
          } catch (failed) {
            part.destroy();
            reject(failed);
          }
        });
        part.on('error', reject);
        part.on('end', () => {
          try {
            onChunk(decoder.decode());
            resolve();
          } catch (failed) {
            reject(failed);
          }
        });
      });
    });
  return {
    text: async (name) => {
      if (!entries.has(name)) return undefined;
      let text = '';
      await stream(name, (chunk) => {
        text += chunk;
      });
      return text;
    },
    stream,
    close: () => zip.close(),
  };
}
