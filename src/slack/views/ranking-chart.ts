// The week's scores as a bar chart, one bar a unit in rank order, coloured by how the unit
// stands, with its score and its change beside the bar. Pure: the dispatcher renders it to PNG.
import type { ChartSpec } from '../../charts/render-chart.js';
import type { RankingChartBar, RankingChartNotice } from '../../domain/notices.js';
import type { Catalog } from '../../i18n/index.js';
import { shortName, unitAxis } from './chart-labels.js';
import { formatDate, shownText } from './format.js';
import { changeText } from './ranking.js';

export interface ChartUpload {
  filename: string;
  title: string;
  altText: string;
  /** The message the file is shared with. */
  comment: string;
  chart: ChartSpec;
}

const colors = { good: '#2e7d32', fair: '#1565c0', poor: '#c62828', idle: '#9e9e9e' };
const colorOf = (bar: RankingChartBar) =>
  bar.idle ? colors.idle : bar.score >= 90 ? colors.good : bar.score >= 60 ? colors.fair : colors.poor;

const barPitch = 26;

export function rankingChartUpload(catalog: Catalog, notice: RankingChartNotice): ChartUpload {
  const words = catalog.chart;
  const from = formatDate(catalog, notice.period.from);
  const to = formatDate(catalog, notice.period.to);
  const { bars } = notice;
  const names = bars.map((bar, index) => `${index + 1}. ${shortName(shownText(bar.unitName))}`);
  const lowest = Math.min(0, ...bars.filter((bar) => !bar.idle).map((bar) => bar.score));
  const axis = unitAxis(names);
  const { left } = axis;
  const title = words.title(from, to);
  const leaders = bars
    .slice(0, 3)
    .map((bar) => `${shownText(bar.unitName)} ${bar.score.toFixed(1)}`)
    .join(catalog.listJoin);
  return {
    filename: words.fileName(notice.period.from),
    title,
    altText: words.altText(from, to, leaders),
    comment: words.comment(from, to, bars.length),
    chart: {
      width: Math.max(720, left + 560),
      height: 110 + Math.max(1, bars.length) * barPitch,
      option: {
        backgroundColor: '#ffffff',
        title: { text: title, subtext: words.legend, left: 'center', top: 12, textStyle: { fontSize: 18 }, subtextStyle: { fontSize: 12 } },
        grid: { left, right: 90, top: 86, bottom: 24 },
        xAxis: { type: 'value', position: 'top', min: Math.floor(lowest / 10) * 10, max: 100, axisLabel: { fontSize: 12 } },
        yAxis: axis.yAxis,
        series: [
          {
            type: 'bar',
            barWidth: Math.round(barPitch * 0.6),
            // A unit with nothing due has full marks that measure nothing: no bar, and a word why.
            data: bars.map((bar) => ({
              value: bar.idle ? 0 : bar.score,
              itemStyle: { color: colorOf(bar) },
              label: {
                show: true,
                position: 'right',
                fontSize: 12,
                color: bar.idle ? colors.idle : '#333333',
                formatter: bar.idle
                  ? words.idle
                  : [bar.score.toFixed(1), bar.tied ? words.tied : '', changeText(catalog, bar.change, '')].filter(Boolean).join(' '),
              },
            })),
          },
        ],
      },
    },
  };
}
