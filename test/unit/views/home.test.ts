import { describe, expect, it } from 'vitest';
import type { ReminderItem } from '../../../src/domain/reminders.js';
import { rankUnits } from '../../../src/domain/scoring.js';
import { defaultSessionSettings } from '../../../src/domain/settings.js';
import { en } from '../../../src/i18n/en.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';
import type { Home } from '../../../src/services/reports/read-home.js';
import { actionIds, baseActionId } from '../../../src/slack/ids.js';
import { context, header, plainMessage } from '../../../src/slack/views/format.js';
import { homeLinesPerPage, homeView } from '../../../src/slack/views/home.js';
import { unitMetrics } from '../../support/fixtures.js';
import { expectValidView, longText, reminderItem } from './fixtures.js';

const catalogs = [
  ['zh-CN', zhCN],
  ['en', en],
] as const;

const home = (over: Partial<Home> = {}): Home => ({ today: '2026-12-08', nodes: [], units: [], board: [], ...over });

/** Steps of n suggestions, the first third overdue. */
const steps = (n: number, over: Partial<ReminderItem> = {}) =>
  Array.from({ length: n }, (_, i) =>
    reminderItem({
      milestoneId: i + 1,
      assignmentId: i + 1,
      suggestionId: i + 1,
      code: `2026-${String(i + 1).padStart(4, '0')}`,
      urgency: i < n / 3 ? { overdue: 3 } : { dueIn: 1 },
      ...over,
    }),
  );

type Block = { type: string; text?: { text: string }; elements?: Array<{ action_id: string; value: string }> };
const blocksOf = (view: ReturnType<typeof homeView>) => view.blocks as unknown as Block[];
const buttonsOf = (view: ReturnType<typeof homeView>) =>
  blocksOf(view)
    .flatMap((block) => block.elements ?? [])
    .filter((e) => e.action_id);

describe('the Home tab', () => {
  it('says there is nothing waiting', () => {
    expect(homeView(zhCN, home())).toEqual({
      type: 'home',
      blocks: [
        header('督办助手'),
        {
          type: 'actions',
          elements: [{ type: 'button', text: { type: 'plain_text', text: '帮助' }, action_id: 'home.command:1', value: 'help' }],
        },
        context('目前没有需要您办理的节点。'),
        context('输入 `/suggest help` 查看全部用法。'),
      ],
    });
  });

  it('lists the person’s steps, most urgent first as given, each with its buttons', () => {
    const view = homeView(
      zhCN,
      home({
        nodes: [
          reminderItem({ kind: 'accept', urgency: { overdue: 2 } }),
          reminderItem({ milestoneId: 2, assignmentId: 11, code: '2026-0200' }),
        ],
      }),
    );
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('*我的待办节点* · 共 2 个，其中逾期 1 个');
    expect(text.indexOf('2026-0107')).toBeLessThan(text.indexOf('2026-0200'));
    const actions = buttonsOf(view).map((b) => baseActionId(b.action_id));
    expect(actions).toEqual(
      expect.arrayContaining([
        actionIds.acceptAssignment,
        actionIds.requestTransfer,
        actionIds.completeMilestone,
        actionIds.snoozeMilestone,
      ]),
    );
    expect(actions).not.toContain(actionIds.homePage);
  });

  it('shows a page at a time with a way to the next and back', () => {
    const all = steps(homeLinesPerPage * 2 + 3);
    const first = homeView(zhCN, home({ nodes: all }));
    expect(JSON.stringify(first.blocks)).toContain('第 1/3 页');
    expect(
      buttonsOf(first)
        .filter((b) => baseActionId(b.action_id) === actionIds.homePage)
        .map((b) => b.value),
    ).toEqual(['2']);
    const middle = homeView(zhCN, home({ nodes: all }), { page: 2 });
    expect(
      buttonsOf(middle)
        .filter((b) => baseActionId(b.action_id) === actionIds.homePage)
        .map((b) => b.value),
    ).toEqual(['1', '3']);
    expect(JSON.stringify(middle.blocks)).toContain(all[homeLinesPerPage]!.code);
    expect(JSON.stringify(middle.blocks)).not.toContain(`"${all[0]!.code}`);
    // A page past the end (the list shrank since the button was drawn) shows the last.
    const last = homeView(zhCN, home({ nodes: all }), { page: 9 });
    expect(JSON.stringify(last.blocks)).toContain('第 3/3 页');
  });

  it('answers a click in the tab above the lines', () => {
    const view = homeView(en, home({ nodes: steps(2) }), { answer: plainMessage('Step done.') });
    const texts = blocksOf(view).map((block) => block.text?.text ?? '');
    expect(texts.indexOf('Step done.')).toBeGreaterThan(0);
    expect(texts.indexOf('Step done.')).toBeLessThan(texts.findIndex((t) => t.startsWith('*Your open steps*')));
  });

  it('sums up each unit the person answers for, and the whole board for the office', () => {
    const board = rankUnits(
      [
        unitMetrics({ unitId: 1, unitName: '省水利厅', acceptedOnTime: { done: 1, due: 1 } }),
        unitMetrics({ unitId: 2, unitName: '省民政厅', overdueNodes: 2 }),
      ],
      defaultSessionSettings(),
    );
    const view = homeView(
      zhCN,
      home({ units: [{ unitName: '省水利厅', standing: board[0], unitCount: 2, overdue: 1, dueThisWeek: 4 }], board }),
    );
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('*省水利厅* · 本周排名第 1，共 2 个单位，得分 100.0 · 逾期节点 1 个 · 本周到期 4 个');
    expect(text).toContain('各单位本周排名* · 共 2 个单位');
  });

  it.each(catalogs)('stays within a Home tab’s limits at its fullest (%s)', (_locale, catalog) => {
    const nodes = steps(500, { title: longText(500), unitName: longText(100, '单位') });
    const board = rankUnits(
      Array.from({ length: 200 }, (_, i) => unitMetrics({ unitId: i + 1, unitName: longText(100, '单位') + i })),
      defaultSessionSettings(),
    );
    const units = board
      .slice(0, 12)
      .map((standing) => ({ unitName: standing.metrics.unitName, standing, unitCount: 200, overdue: 40, dueThisWeek: 90 }));
    const answer = { text: longText(3000), blocks: Array.from({ length: 60 }, () => context(longText(2000))) };
    const request = (kind: 'extension' | 'transfer', id: number) => ({
      kind,
      id,
      suggestionId: id,
      code: `2026-${id}`,
      title: longText(500),
      unitName: longText(100, '单位'),
      requestedBy: 'ULIA',
      requestedDueOn: kind === 'extension' ? '2026-09-30' : null,
    });
    const office = {
      requests: [request('extension', 1), request('transfer', 2), request('extension', 3)],
      requestsTotal: 400,
      undelivered: 9999,
      calendarGaps: [2027, 2028],
    };
    for (const page of [1, 2, 34]) expectValidView('home', homeView(catalog, home({ nodes, units, board, office }), { page, answer }));
    expectValidView('home', homeView(catalog, home()));
  });
});
