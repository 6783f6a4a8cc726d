// The weekly ranking at the size of a whole province (the reminders benchmark's ledger: about
// 100,000 assignments over 200 units): how long the week's metrics for every unit take, and the
// ranking against the last week each unit was ranked in, as the weekly report reads them, and
// the chart of every unit's score, from the ranking to the PNG the dispatcher uploads; and the
// supervision office's Home tab.
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { renderChart } from '../../../src/charts/render-chart.js';
import { type Database, serverSessionSettings } from '../../../src/db/client.js';
import * as schema from '../../../src/db/schema.js';
import { instantInZone } from '../../../src/domain/calendar-date.js';
import { rankingChartOf } from '../../../src/domain/ranking-chart-of.js';
import { lastWeekBefore } from '../../../src/domain/ranking-period.js';
import { defaultSessionSettings } from '../../../src/domain/settings.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';
import { makeHandlingReport } from '../../../src/services/figures/make-handling-report.js';
import { readStatistics } from '../../../src/services/figures/read-statistics.js';
import { unitsCharted } from '../../../src/services/figures/request-statistics.js';
import { readHome } from '../../../src/services/reports/read-home.js';
import { rankOver } from '../../../src/services/reports/read-ranking.js';
import { readUnitMetrics } from '../../../src/services/reports/read-unit-metrics.js';
import { AnswerCache } from '../../../src/services/suggestions/answer-cache.js';
import { addSupervisor } from '../../../src/services/supervisors/add-supervisor.js';
import { rankingChartUpload } from '../../../src/slack/views/ranking-chart.js';
import { statisticsChartUpload } from '../../../src/slack/views/statistics-chart.js';
import { createBenchDatabase } from '../ack/bench-database.js';
import { supervisorUserId } from '../ack/cast.js';
import { registerCleanup } from '../cleanup.js';
import { describeMachine, machine } from '../machine.js';
import { ledgerShape, seedProvince, timezone } from '../reminders/province.js';
import type { BenchmarkReport } from '../report.js';

const metricsTargetMs = 300;
const statisticsTargetMs = 300;
const reportTargetMs = 10_000;
const chartTargetMs = 1000;
/** The Monday the weekly report runs; it covers the week before. */
const monday = '2026-12-07';
const runs = 7;
const officeUser = 'UBENCHOFFICE';

const progress = (text: string) => process.stderr.write(`[ranking] ${text}\n`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function runRankingBenchmark(): Promise<BenchmarkReport> {
  const database = await createBenchDatabase();
  const dropDatabase = registerCleanup(() => database.drop());
  try {
    progress(`seeding ${database.name}`);
    await seedProvince(database.url);
    const client = postgres(database.url, { max: 4, onnotice: () => {}, connection: serverSessionSettings });
    const closeClient = registerCleanup(() => client.end({ timeout: 5 }));
    try {
      const db = drizzle(client, { schema }) as unknown as Database;
      const shape = await ledgerShape(db);
      const week = lastWeekBefore(monday);
      const asOf = instantInZone(monday, '00:00', timezone);
      const timed = async (work: () => Promise<unknown>) => {
        const start = performance.now();
        await work();
        return performance.now() - start;
      };
      // The session began with the year, as a province's does: the ranking may look back that far.
      const sessionStart = '2026-01-01';
      await readUnitMetrics(db, { from: week.from, to: week.to, asOf, timezone }); // warm
      const metricsMs: number[] = [];
      const rankingMs: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        metricsMs.push(await timed(() => readUnitMetrics(db, { from: week.from, to: week.to, asOf, timezone })));
        rankingMs.push(await timed(() => rankOver(db, defaultSessionSettings(), week, asOf, timezone, sessionStart)));
      }
      const units = (await readUnitMetrics(db, { from: week.from, to: week.to, asOf, timezone })).length;
      const metrics = median(metricsMs);

      // The chart as the dispatcher draws it; the first in a process also loads ECharts, the
      // subsetter and the font.
      const chart = rankingChartUpload(
        zhCN,
        rankingChartOf(week, await rankOver(db, defaultSessionSettings(), week, asOf, timezone, sessionStart)),
      ).chart;
      const chartMs: number[] = [];
      let pngBytes = 0;
      for (let i = 0; i <= runs; i += 1) {
        chartMs.push(await timed(async () => (pngBytes = (await renderChart(chart)).png.length)));
      }
      const [coldChart = 0, ...warmCharts] = chartMs;

      // The supervision office's Home tab (every unit's week so far), drawn first and drawn again
      // with the ledger unchanged (a page turn, a click in the tab).
      const homeAt = instantInZone(monday, '10:00', timezone);
      // The office adds a colleague, as it does in the bot (the seed's supervisor is already in it).
      await addSupervisor({ db, actor: supervisorUserId, now: homeAt, timezone }, { userId: officeUser });
      const homeFirst: number[] = [];
      const homeAgain: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        const ctx = { db, actor: officeUser, now: homeAt, timezone, answers: new AnswerCache() };
        homeFirst.push(await timed(() => readHome(ctx)));
        homeAgain.push(await timed(() => readHome(ctx)));
      }
      const chartTime = median(warmCharts);

      // 统计 for the session to date, every unit and 领域, as `/suggest stats` reads it; and its chart.
      const statisticsMs: number[] = [];
      let statistics: Awaited<ReturnType<typeof readStatistics>> | undefined;
      for (let i = 0; i < runs; i += 1) {
        const ctx = { db, actor: officeUser, now: homeAt, timezone };
        statisticsMs.push(await timed(async () => (statistics = await readStatistics(ctx, { period: 'year' }))));
      }
      const statisticsChart = statisticsChartUpload(zhCN, {
        type: 'statistics_chart',
        period: statistics!.period,
        narrowedTo: null,
        unitsInAll: statistics!.statistics.byUnit.length,
        bars: statistics!.statistics.byUnit.slice(0, unitsCharted).map(({ unitName, figures }) => ({ unitName, ...figures })),
      }).chart;
      const statisticsChartMs: number[] = [];
      for (let i = 0; i < runs; i += 1) statisticsChartMs.push(await timed(() => renderChart(statisticsChart)));
      const statisticsTime = median(statisticsMs);

      // The year's 办理情况报告 as the dispatcher makes it: read, the ranking drawn, the document written.
      const reportMs: number[] = [];
      let reportBytes = 0;
      for (let i = 0; i < 3; i += 1) {
        const ctx = { db, actor: officeUser, now: homeAt, timezone };
        reportMs.push(
          await timed(async () => {
            const made = await makeHandlingReport(ctx, { catalog: zhCN, period: 'year' }, async (period, ranking) => {
              const { chart: drawn } = rankingChartUpload(zhCN, rankingChartOf(period, ranking));
              return { png: (await renderChart(drawn)).png, width: drawn.width, height: drawn.height };
            });
            reportBytes = made.bytes.length;
          }),
        );
      }
      const reportTime = median(reportMs);
      const targets = [
        {
          name: `ranking: the week's metrics for all ${units} units ${Math.round(metrics)} ms < ${metricsTargetMs} ms`,
          pass: metrics < metricsTargetMs,
        },
        { name: `ranking: the chart of ${units} units ${Math.round(chartTime)} ms < ${chartTargetMs} ms`, pass: chartTime < chartTargetMs },
        {
          name: `stats: the session's figures, ${statistics!.statistics.total.lead.toLocaleString('en')} suggestions, ${Math.round(statisticsTime)} ms < ${statisticsTargetMs} ms`,
          pass: statisticsTime < statisticsTargetMs,
        },
        {
          name: `report: the year's 办理情况报告 written in ${Math.round(reportTime)} ms < ${reportTargetMs} ms`,
          pass: reportTime < reportTargetMs,
        },
      ];
      const text = [
        '## Weekly ranking (`scripts/bench/ranking`)',
        '',
        `- Command: \`npm run bench\` · Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
        `- Machine: ${describeMachine(machine())}`,
        `- Data: ${shape.assignments.toLocaleString('en')} open assignments, ${shape.milestones.toLocaleString('en')} nodes, ${shape.units} units, ${shape.replies.toLocaleString('en')} replies sent, ${shape.verdicts.toLocaleString('en')} verdicts, ${shape.promises.toLocaleString('en')} promises; the week ${week.from} – ${week.to}, as of ${monday} 00:00`,
        '',
        '| Measure | median of 7 | min | max |',
        '| --- | ---: | ---: | ---: |',
        `| the week's metrics, every unit (one statement) | ${Math.round(metrics)} ms | ${Math.round(Math.min(...metricsMs))} ms | ${Math.round(Math.max(...metricsMs))} ms |`,
        `| the ranking against the last week each unit was ranked in (two statements here, scored) | ${Math.round(median(rankingMs))} ms | ${Math.round(Math.min(...rankingMs))} ms | ${Math.round(Math.max(...rankingMs))} ms |`,
        `| the chart, ${chart.width}×${chart.height} px, ${Math.round(pngBytes / 1024)} KB PNG | ${Math.round(chartTime)} ms | ${Math.round(Math.min(...warmCharts))} ms | ${Math.round(Math.max(...warmCharts))} ms |`,
        `| the office's Home tab, first drawn | ${Math.round(median(homeFirst))} ms | ${Math.round(Math.min(...homeFirst))} ms | ${Math.round(Math.max(...homeFirst))} ms |`,
        `| the office's Home tab, drawn again (ledger unchanged) | ${Math.round(median(homeAgain))} ms | ${Math.round(Math.min(...homeAgain))} ms | ${Math.round(Math.max(...homeAgain))} ms |`,
        `| 统计, the session to date: every unit and 领域 (two statements, tallied in the database) | ${Math.round(statisticsTime)} ms | ${Math.round(Math.min(...statisticsMs))} ms | ${Math.round(Math.max(...statisticsMs))} ms |`,
        `| 统计's chart, ${statisticsChart.width}×${statisticsChart.height} px | ${Math.round(median(statisticsChartMs))} ms | ${Math.round(Math.min(...statisticsChartMs))} ms | ${Math.round(Math.max(...statisticsChartMs))} ms |`,
        `| the year's 办理情况报告, ${Math.round(reportBytes / 1024)} KB .docx (median of 3) | ${Math.round(reportTime)} ms | ${Math.round(Math.min(...reportMs))} ms | ${Math.round(Math.max(...reportMs))} ms |`,
        '',
        `The first chart in a process took ${Math.round(coldChart)} ms (it also loads ECharts, the font subsetter and the 8 MB font).`,
        '',
        ...targets.map((t) => `- ${t.pass ? 'PASS' : 'FAIL'}: ${t.name}`),
      ].join('\n');
      return { name: 'ranking', text, targets, broken: [] };
    } finally {
      await closeClient();
    }
  } finally {
    await dropDatabase();
  }
}
