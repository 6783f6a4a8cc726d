import * as fontkit from 'fontkit';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { chartFontFamily, chartFontFile } from '../../../src/charts/chart-font.js';
import { drawnCharacters, renderChart } from '../../../src/charts/render-chart.js';
import type { RankingChartBar, RankingChartNotice } from '../../../src/domain/notices.js';
import { en } from '../../../src/i18n/en.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';
import { rankingChartUpload } from '../../../src/slack/views/ranking-chart.js';
import { provinceUnitNames } from '../../support/province-units.js';

// A province's units, with the long names and the less common characters real offices have.
const unitNames = [
  ...provinceUnitNames,
  '省人民政府国有资产监督管理委员会办公室',
  '国网电力公司',
  '省通信管理局',
  '省气象局',
  '国家税务总局某省税务局',
  '省邮政管理局',
  '赟州市人民政府',
  '喆城区政府',
  'Water Bureau',
];

const bars: RankingChartBar[] = unitNames.map((unitName, index) => ({
  unitName,
  score: Math.round((100 - index * 3.1) * 10) / 10,
  idle: index === unitNames.length - 1,
  change: index % 3 === 0 ? null : index % 3 === 1 ? 2 : -1,
}));

const notice: RankingChartNotice = { type: 'ranking_chart', period: { kind: 'week', from: '2026-11-16', to: '2026-11-22' }, bars };

/** Pixels in a column band that are not the white background. */
function inkIn(png: PNG, fromX: number, toX: number): number {
  let ink = 0;
  for (let y = 0; y < png.height; y += 1) {
    for (let x = fromX; x < toX; x += 1) {
      const at = (y * png.width + x) * 4;
      if (png.data[at]! < 200 || png.data[at + 1]! < 200 || png.data[at + 2]! < 200) ink += 1;
    }
  }
  return ink;
}

describe('the ranking chart', () => {
  it('renders every unit as a PNG of the size it declares, its text in the bundled font, every character covered', async () => {
    const upload = rankingChartUpload(zhCN, notice);
    const { png, svg } = await renderChart(upload.chart);
    const image = PNG.sync.read(png);
    expect([image.width, image.height]).toEqual([upload.chart.width, upload.chart.height]);
    expect(upload.chart.height).toBeGreaterThan(unitNames.length * 20);

    // What is drawn: the title, every unit's name (cut when long), and only with the bundled font.
    const drawn = drawnCharacters(svg);
    const font = fontkit.openSync(chartFontFile) as fontkit.Font;
    expect(font.getName('preferredFamily', 'en')).toBe(chartFontFamily);
    const missing = [...drawn].filter((char) => char.trim() !== '' && !font.hasGlyphForCodePoint(char.codePointAt(0)!));
    expect(missing).toEqual([]);
    for (const name of ['省发展和改革委员会', '赟州市人民政府', '喆城区政府', 'Water Bureau']) expect(svg).toContain(name);
    expect(svg).toContain('省人民政府国有资产监督管理委员…');
    expect(svg).toContain('各单位办理得分');
    const families = new Set([...svg.matchAll(/font-family:([^;"]+)/g)].map((match) => match[1]!.trim()));
    expect(families).toEqual(new Set([chartFontFamily]));

    // The names were drawn, not dropped: the name column has ink, as much as a line of text a unit.
    const nameColumn = inkIn(image, 0, (upload.chart.option.grid as { left: number }).left - 4);
    expect(nameColumn).toBeGreaterThan(unitNames.length * 100);
  });

  it('colours a bar by how the unit stands and marks its change', async () => {
    const upload = rankingChartUpload(zhCN, notice);
    const { svg } = await renderChart(upload.chart);
    for (const color of ['#2e7d32', '#1565c0', '#c62828', '#9e9e9e']) expect(svg).toContain(color);
    expect(svg).toContain('100.0');
    expect(svg).toContain('↑2');
    expect(svg).toContain('↓1');
    expect(svg).toContain('当期没有应办事项');
    expect(upload.filename).toBe('单位得分-2026-11-16.png');
    expect(rankingChartUpload(en, notice).filename).toBe('unit-scores-2026-11-16.png');
    expect(upload.altText).toContain('省发展和改革委员会 100.0');
  });

  it('marks units that share a rank, as the tables do', async () => {
    const tied: RankingChartBar[] = [
      { unitName: '省水利厅', score: 100, idle: false, change: null, tied: true },
      { unitName: '省高院', score: 100, idle: false, change: 1, tied: true },
      { unitName: '省民政厅', score: 80, idle: false, change: -1, tied: false },
    ];
    const { svg } = await renderChart(rankingChartUpload(zhCN, { ...notice, bars: tied }).chart);
    expect(svg.match(/并列/g)).toHaveLength(2);
  });

  it('reaches below zero when an overdue penalty takes a score there', async () => {
    const upload = rankingChartUpload(zhCN, { ...notice, bars: [{ unitName: '省水利厅', score: -12, idle: false, change: 0 }] });
    expect((upload.chart.option.xAxis as { min: number }).min).toBe(-20);
    const image = PNG.sync.read((await renderChart(upload.chart)).png);
    expect(image.height).toBe(upload.chart.height);
  });
});
