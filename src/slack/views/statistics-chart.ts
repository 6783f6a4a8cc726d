// The figures (统计) as a picture: for each unit, four bars — replied, on time, closed, satisfied —
// as percentages, each labelled with its count and what it is out of, so that the picture says
// what the table says. Pure: the dispatcher renders it to PNG.
import type { StatisticsChartNotice } from '../../domain/notices.js';
import type { Catalog } from '../../i18n/index.js';
import { shortName, unitAxis } from './chart-labels.js';
import { formatDate, shownText } from './format.js';
import type { ChartUpload } from './ranking-chart.js';

const series = ['replied', 'onTime', 'closed', 'satisfied'] as const;
const colors = { replied: '#1565c0', onTime: '#2e7d32', closed: '#6a1b9a', satisfied: '#ef6c00' };
const groupPitch = 74;

export function statisticsChartUpload(catalog: Catalog, notice: StatisticsChartNotice): ChartUpload {
  const words = catalog.statsChart;
  const from = formatDate(catalog, notice.period.from);
  const to = formatDate(catalog, notice.period.to);
  const narrowed =
    notice.narrowedTo === null
      ? ''
      : 'unitName' in notice.narrowedTo
        ? shownText(notice.narrowedTo.unitName)
        : shownText(notice.narrowedTo.field);
  const title = words.title(from, to, narrowed);
  const names = notice.bars.map((bar) => shortName(shownText(bar.unitName)));
  const axis = unitAxis(names);
  const { left } = axis;
  return {
    filename: words.fileName(notice.period.from, notice.period.to, notice.ref ?? ''),
    title,
    altText: words.altText(from, to, notice.bars.length),
    comment: words.comment(from, to, notice.bars.length, notice.unitsInAll),
    chart: {
      width: Math.max(760, left + 600),
      height: 130 + Math.max(1, notice.bars.length) * groupPitch,
      option: {
        backgroundColor: '#ffffff',
        title: { text: title, left: 'center', top: 12, textStyle: { fontSize: 18 } },
        legend: { top: 44, data: series.map((name) => words.series[name]) },
        grid: { left, right: 110, top: 86, bottom: 24 },
        xAxis: { type: 'value', position: 'top', min: 0, max: 100, axisLabel: { fontSize: 12, formatter: '{value}%' } },
        yAxis: axis.yAxis,
        series: series.map((name) => ({
          type: 'bar' as const,
          name: words.series[name],
          itemStyle: { color: colors[name] },
          barGap: '10%',
          data: notice.bars.map((bar) => {
            const share = bar[name];
            return {
              value: share.of === 0 ? 0 : (100 * share.count) / share.of,
              label: {
                show: true,
                position: 'right' as const,
                fontSize: 10,
                color: '#333333',
                formatter: share.of === 0 ? words.none : `${share.count}/${share.of}`,
              },
            };
          }),
        })),
      },
    },
  };
}
