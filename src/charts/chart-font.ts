// Charts draw their text with a typeface that ships as a dependency (Noto Sans Hans, the
// simplified-Chinese cut of Noto Sans CJK), never with the system's fonts: a server without
// Chinese fonts would otherwise draw every unit's name as empty boxes.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The family name the font file declares, which the chart's text asks for. */
export const chartFontFamily = 'Noto Sans S Chinese';

/** The package exports only its index; the OTF files sit beside its dist folder. */
export const chartFontFile = join(
  dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc')),
  '..',
  'fonts',
  'NotoSansHans-Regular.otf',
);

let loaded: Promise<Buffer> | undefined;

/** The font's bytes, read once per process. */
export function chartFontData(): Promise<Buffer> {
  loaded ??= readFile(chartFontFile).catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}
