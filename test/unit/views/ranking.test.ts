import { describe, expect, it } from 'vitest';
import { unitsPerRankingPart } from '../../../src/domain/notices.js';
import { rankUnits, type UnitMetrics } from '../../../src/domain/scoring.js';
import { defaultSessionSettings } from '../../../src/domain/settings.js';
import { en } from '../../../src/i18n/en.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';
import { rankingMessage, unitsInOneTable } from '../../../src/slack/views/ranking.js';
import { unitMetrics } from '../../support/fixtures.js';
import { expectValidMessage } from './fixtures.js';

const unit = (unitId: number, unitName: string, over: Partial<UnitMetrics> = {}) =>
  unitMetrics({ unitId, unitName, leadAssignments: 1, coAssignments: 0, ...over });
const period = { kind: 'week' as const, from: '2026-03-02', to: '2026-03-08' };

describe('rankingMessage', () => {
  it('is a native table: rank, unit, workload, nodes on time, satisfaction, promises, overdue nodes, score and the change, with how the score is made', () => {
    const units = rankUnits(
      [
        unit(1, '省水利厅', { acceptedOnTime: { done: 1, due: 1 }, draftsOnTime: { done: 2, due: 3 }, satisfaction: { done: 1, due: 1 } }),
        unit(2, '省高院', { acceptedOnTime: { done: 0, due: 1 }, overdueNodes: 1, coAssignments: 2 }),
      ],
      defaultSessionSettings(),
      new Map([[2, 1]]),
    );
    const message = rankingMessage(zhCN, { period, units, overduePenalty: 2 });
    expectValidMessage(message);
    const table = message.blocks.find((b) => b.type === 'table') as unknown as { rows: Array<Array<{ text: string }>> };
    expect(table.rows.map((row) => row.map((c) => c.text))).toEqual([
      ['名次', '单位', '承办（主办/会办）', '节点按期', '满意率', '承诺核销', '逾期节点', '得分', '变化'],
      // Every step's nodes together (签收 1/1, 初稿 2/3); the score weighs each on its own: (10·1 + 5·⅔ + 20·1) / 35 = 95.2.
      ['1', '省水利厅', '1 / 0', '75%（3/4）', '100%（1/1）', '—', '0', '95.2', '新'],
      ['2', '省高院', '1 / 2', '0%（0/1）', '—', '—', '1', '0.0', '↓1'],
    ]);
    expect(message.text).toBe('单位办理情况排名 · 本周（3月2日（周一）—3月8日（周日）） · 1. 省水利厅 95.2、2. 省高院 0.0');
    expect(JSON.stringify(message.blocks)).toContain('每个逾期节点扣 2 分');
  });

  it('shows no score for a unit with nothing to be measured on, ranked after those that had work', () => {
    const idle = unitMetrics({ unitId: 3, unitName: '省国资委', leadAssignments: 0, coAssignments: 0 });
    const units = rankUnits([idle, unit(2, '省高院', { overdueNodes: 1 })], defaultSessionSettings());
    const table = rankingMessage(zhCN, { period, units, overduePenalty: 2 }).blocks.find((b) => b.type === 'table') as unknown as {
      rows: Array<Array<{ text: string }>>;
    };
    expect(table.rows.slice(1).map((row) => [row[1]!.text, row[7]!.text])).toEqual([
      ['省高院', '98.0'],
      ['省国资委', '—'],
    ]);
  });

  it('shows no change over the session to date, which has no period before to move from', () => {
    const units = rankUnits([unit(1, '省水利厅', { acceptedOnTime: { done: 1, due: 1 } })], defaultSessionSettings());
    const year = { kind: 'year' as const, from: '2026-01-10', to: '2026-03-08' };
    const table = rankingMessage(zhCN, { period: year, units, overduePenalty: 2 }).blocks.find((b) => b.type === 'table') as unknown as {
      rows: Array<Array<{ text: string }>>;
    };
    expect(table.rows[1]?.at(-1)?.text).toBe('—');
    const week = rankingMessage(zhCN, { period, units, overduePenalty: 2 }).blocks.find((b) => b.type === 'table') as unknown as {
      rows: Array<Array<{ text: string }>>;
    };
    expect(week.rows[1]?.at(-1)?.text).toBe('新');
  });

  it('stays one table Slack takes with 200 units, saying how many it lists', () => {
    const units = rankUnits(
      Array.from({ length: 200 }, (_, i) => unit(i + 1, `单位${'名'.repeat(40)}${i}`)),
      defaultSessionSettings(),
    );
    for (const catalog of [zhCN, en]) {
      const message = rankingMessage(catalog, { period, units, overduePenalty: 2 });
      expectValidMessage(message);
      expect(JSON.stringify(message.blocks)).toContain(
        catalog === zhCN ? `前 ${unitsInOneTable} 个单位（共 200 个）` : `first ${unitsInOneTable} units (of 200)`,
      );
    }
  });
});

describe('the weekly messages', () => {
  it('stay messages Slack takes however long a unit’s lists are', async () => {
    const { unitWeeklyMessage, weeklyRankingMessage } = await import('../../../src/slack/views/ranking.js');
    // A part as large as the weekly job makes one, which the table must take whole.
    expect(unitsPerRankingPart).toBeLessThanOrEqual(unitsInOneTable);
    const units = rankUnits(
      Array.from({ length: unitsPerRankingPart }, (_, i) => unit(i + 1, `单位${i}`)),
      defaultSessionSettings(),
    );
    const ranking = weeklyRankingMessage(zhCN, { type: 'weekly_ranking', period, overduePenalty: 2, units, part: 2, parts: 3 });
    expectValidMessage(ranking);
    expect(ranking.text).toMatch(/^每周通报 · 单位办理情况排名 · 3月2日（周一）—3月8日（周日）（2\/3）/);

    const line = {
      code: '2026-0001',
      title: '关于'.repeat(100),
      role: 'lead' as const,
      kind: 'draft' as const,
      plannedOn: '2026-03-04',
      owners: ['U1', 'U2'],
    };
    for (const catalog of [zhCN, en]) {
      const report = unitWeeklyMessage(catalog, {
        type: 'unit_weekly',
        period,
        unitName: '省水利厅',
        standing: units[0]!,
        unitCount: 99,
        week: { from: '2026-03-09', to: '2026-03-15' },
        overdue: Array.from({ length: 300 }, () => line),
        overdueTotal: 1200,
        dueThisWeek: [{ ...line, owners: [] }],
        dueTotal: 1,
      });
      expectValidMessage(report);
      const text = JSON.stringify(report.blocks);
      expect(text).toContain(catalog === zhCN ? '逾期事项 1200 项' : 'Overdue: 1200');
      expect(text).toContain(catalog === zhCN ? '无人负责' : 'nobody');
    }
  });
});

describe('the monthly report', () => {
  it('names a shared rank as the ranking does (并列), and an old notice without the mark as before', async () => {
    const { monthlyReportMessage } = await import('../../../src/slack/views/monthly-report.js');
    const notice = {
      type: 'monthly_report' as const,
      lastMonth: { from: '2026-03-01', to: '2026-03-31' },
      month: { from: '2026-04-01', to: '2026-04-30' },
      overdueByUnit: [],
      fell: [
        { unitName: '省水利厅', rank: 2, places: 1, tied: true },
        { unitName: '省商务厅', rank: 4, places: 2 },
      ],
      commitments: [],
      commitmentsTotal: 0,
      nearStatutory: [],
      nearStatutoryTotal: 0,
    };
    const message = monthlyReportMessage(zhCN, notice);
    expectValidMessage(message);
    const text = JSON.stringify(message.blocks);
    expect(text).toContain('省水利厅 · 并列第 2 名，下降 1 位');
    expect(text).toContain('省商务厅 · 第 4 名，下降 2 位');
  });
});

describe('a ranking queued before every step was measured', () => {
  it('is still drawn, the steps it lacks read as nothing due', () => {
    const [scored] = rankUnits([unit(1, '省水利厅', { acceptedOnTime: { done: 1, due: 1 } })], defaultSessionSettings());
    // As stored then: no tallies for 初稿, the review levels or 办后反馈.
    const {
      draftsOnTime: _d,
      divisionReviewsOnTime: _v,
      leaderReviewsOnTime: _l,
      headSignoffsOnTime: _h,
      feedbackOnTime: _f,
      ...older
    } = scored!.metrics;
    const stored = { ...scored!, metrics: older as UnitMetrics };
    const message = rankingMessage(zhCN, { period, units: [stored], overduePenalty: 2 });
    expectValidMessage(message);
    const table = message.blocks.find((b) => b.type === 'table') as unknown as { rows: Array<Array<{ text: string }>> };
    expect(table.rows[1]?.[3]?.text).toBe('100%（1/1）');
  });
});
