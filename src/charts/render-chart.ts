// A chart as a PNG: ECharts lays it out as SVG on the server (no browser, no canvas), and resvg
// rasterises it with the bundled CJK font. resvg re-reads a font's outlines for every text it
// draws, which for the 8 MB font cost 2 s for a 200-unit chart; a subset holding only the
// characters drawn brings it under 0.3 s. resvg's Node binding takes fonts only as files, so the
// subset lives in a temporary file for the one render.
import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EChartsOption } from 'echarts';
import { chartFontData, chartFontFamily } from './chart-font.js';

export interface ChartSpec {
  option: EChartsOption;
  width: number;
  height: number;
}

export interface RenderedChart {
  png: Buffer;
  /** The SVG drawn, for whoever needs to read what the picture says. */
  svg: string;
}

/** Every character the SVG draws as text, once each. */
export function drawnCharacters(svg: string): string {
  const texts = [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((match) => decodeEntities(match[1] ?? ''));
  return [...new Set(texts.join(''))].join('');
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeEntities = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
    name.startsWith('#x') || name.startsWith('#X')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (entities[name] ?? whole),
  );

export async function renderChart(spec: ChartSpec): Promise<RenderedChart> {
  // Loaded on first use: most processes never draw a chart, and ECharts is large (the subsetter
  // alone cost every process 55 ms at start).
  const [echarts, { renderAsync }, { default: subsetFont }] = await Promise.all([
    import('echarts'),
    import('@resvg/resvg-js'),
    import('subset-font'),
  ]);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: spec.width, height: spec.height });
  let svg: string;
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: chartFontFamily }, ...spec.option });
    svg = chart.renderToSVGString();
  } finally {
    // An instance left undisposed keeps timers alive, and the process never exits.
    chart.dispose();
  }
  const subset = await subsetFont(await chartFontData(), drawnCharacters(svg), { targetFormat: 'sfnt' });
  const fontFile = join(tmpdir(), `duban-chart-${process.pid}-${randomBytes(6).toString('hex')}.otf`);
  await writeFile(fontFile, subset);
  try {
    const image = await renderAsync(svg, {
      font: { fontFiles: [fontFile], loadSystemFonts: false, defaultFontFamily: chartFontFamily },
      background: 'white',
    });
    return { png: image.asPng(), svg };
  } finally {
    await rm(fontFile, { force: true });
  }
}
