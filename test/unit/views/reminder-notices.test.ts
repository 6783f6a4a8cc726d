import { describe, expect, it } from 'vitest';
import type { LeaderAlertNotice, ReminderNotice, SupervisionAlertNotice } from '../../../src/domain/notices.js';
import type { PromiseItem, ReminderItem } from '../../../src/domain/reminders.js';
import { en } from '../../../src/i18n/en.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';
import { actionIds } from '../../../src/slack/ids.js';
import { noticeMessage } from '../../../src/slack/views/notice.js';
import { fullLines, reminderChars } from '../../../src/slack/views/reminder-notice.js';
import { expectValidMessage, longText, publicationItem, reminderItem } from './fixtures.js';

const item = reminderItem;

const reminder = (items: ReminderItem[]): ReminderNotice => ({ type: 'reminder', day: '2026-12-08', windowWorkingDays: 3, items });

describe('the daily reminder', () => {
  it('reads as the office expects: the day, the counts, then each node with its buttons', () => {
    const message = noticeMessage(
      zhCN,
      reminder([
        item({
          milestoneId: 1,
          kind: 'accept',
          plannedOn: '2026-12-03',
          code: '2026-0101',
          title: '关于推进河湖长制的建议',
          urgency: { overdue: 3 },
        }),
        item({ milestoneId: 2, assignmentId: 11 }),
      ]),
    );
    expectValidMessage(message);
    expect(message.text).toBe('今日督办提醒 · 12月8日（周二） · 您有 2 个时间节点：1 个已逾期，1 个将在 3 个工作日内到期。');
    const texts = JSON.stringify(message.blocks);
    expect(texts).toContain(
      '🔴 逾期 3 个工作日 · *2026-0101* 关于推进河湖长制的建议（主办 · 省水利厅）\\n签收 · 应于 12月3日（周四） 完成',
    );
    expect(texts).toContain('🟡 还剩 2 个工作日 · *2026-0107*');
    const actions = message.blocks.filter((block) => block.type === 'actions') as Array<{
      elements: Array<{ action_id: string; value: string }>;
    }>;
    // 签收 accepts the assignment (or asks to hand it back); any other step is marked done by its
    // milestone id, one not due today may be pushed to a later day, and the lead unit may log a
    // contact or ask for more time from the line.
    expect(actions.map((a) => a.elements.map((e) => [e.action_id, e.value]))).toEqual([
      [
        [actionIds.acceptAssignment, '10'],
        [actionIds.requestTransfer, '10'],
        [actionIds.showDetails, '100'],
      ],
      [
        [actionIds.completeMilestone, '2'],
        [actionIds.snoozeMilestone, '2'],
        [actionIds.logContact, '100'],
        [actionIds.requestExtension, '100'],
        [actionIds.showDetails, '100'],
      ],
    ]);
  });

  it('names a suggestion once for its steps that follow each other', () => {
    const message = noticeMessage(
      zhCN,
      reminder([
        item({ milestoneId: 1, kind: 'pre_contact', urgency: { overdue: 2 } }),
        item({ milestoneId: 2, kind: 'draft', plannedOn: '2026-12-11', urgency: { dueIn: 3 } }),
      ]),
    );
    const sections = message.blocks
      .filter((block) => block.type === 'section')
      .map((block) => (block as { text: { text: string } }).text.text);
    expect(sections.slice(1)).toEqual([
      '🔴 逾期 2 个工作日 · *2026-0107* 关于农村饮水安全的建议（主办 · 省水利厅）\n办前沟通 · 应于 12月10日（周四） 完成',
      '🟡 还剩 3 个工作日 · 初稿 · 应于 12月11日（周五） 完成',
    ]);
  });

  it('gives a co-handling unit’s overdue opinion its form, and no snooze and no extension: the deadline is the lead unit’s', () => {
    const message = noticeMessage(zhCN, reminder([item({ milestoneId: 3, kind: 'co_opinion', role: 'co', urgency: { overdue: 1 } })]));
    const [actions] = message.blocks.filter((block) => block.type === 'actions') as Array<{
      elements: Array<{ action_id: string; value: string }>;
    }>;
    expect(actions?.elements.map((e) => [e.action_id, e.value])).toEqual([
      [actionIds.writeOpinion, '100'],
      [actionIds.logContact, '100'],
      [actionIds.showDetails, '100'],
    ]);
  });

  it('opens the reply form from 初稿, and leaves the steps of the review chain no button to mark them done', () => {
    const message = noticeMessage(
      zhCN,
      reminder([
        item({ milestoneId: 4, kind: 'draft', urgency: { dueIn: 0 } }),
        item({ milestoneId: 5, kind: 'division_review', urgency: { dueIn: 0 } }),
        item({ milestoneId: 6, kind: 'reply', urgency: { dueIn: 0 } }),
      ]),
    );
    const actions = message.blocks.filter((block) => block.type === 'actions') as Array<{ elements: Array<{ action_id: string }> }>;
    expect(actions.map((a) => a.elements[0]?.action_id)).toEqual([actionIds.writeReply, actionIds.logContact, actionIds.logContact]);
    expect(JSON.stringify(message.blocks)).not.toContain(actionIds.completeMilestone);
  });

  it('stays a message Slack takes for a person with 200 open nodes, listing the rest compactly', () => {
    const many = Array.from({ length: 200 }, (_, index) =>
      item({
        milestoneId: index + 1,
        code: `2026-${String(index).padStart(4, '0')}`,
        title: longText(400),
        urgency: { overdue: 200 - index },
      }),
    );
    for (const catalog of [zhCN, en]) {
      const message = noticeMessage(catalog, reminder(many));
      expectValidMessage(message);
      // Each node overdue by its own count of days: no two share a group, so each is a line, as many as fit.
      const lines = message.blocks.filter((block) => block.type === 'actions').length;
      expect(lines).toBeGreaterThan(0);
      expect(lines).toBeLessThanOrEqual(fullLines);
      expect(JSON.stringify(message.blocks).length).toBeLessThanOrEqual(reminderChars);
      expect(JSON.stringify(message.blocks)).toContain(
        catalog === zhCN ? `另有 ${200 - lines} 个节点未逐条列出` : `${200 - lines} more not listed`,
      );
    }
  });
});

describe('promises in the daily reminder (逐件跟踪)', () => {
  const promise = (seq: number, over: Partial<PromiseItem> = {}): PromiseItem => ({
    commitmentId: seq,
    seq,
    description: '完成二期立项',
    dueOn: '2026-12-10',
    suggestionId: 100,
    code: '2026-0107',
    title: '关于农村饮水安全的建议',
    unitName: '省水利厅',
    urgency: { dueIn: 2 },
    ...over,
  });

  it('follow the steps, each with its date and how to write it off; alone, they open the message without a count of steps', () => {
    const message = noticeMessage(zhCN, {
      ...reminder([]),
      promises: [promise(1), promise(2, { dueOn: '2026-12-01', urgency: { overdue: 5 } })],
      promisesTotal: 2,
    });
    expectValidMessage(message);
    expect(message.text).toBe('今日督办提醒 · 12月8日（周二）');
    const texts = JSON.stringify(message.blocks);
    expect(texts).toContain('*承诺事项跟踪* · 2 项');
    expect(texts).toContain('🟡 还剩 2 个工作日 · *2026-0107* 关于农村饮水安全的建议 · 承诺 1：完成二期立项 · 应于 12月10日（周四） 兑现');
    expect(texts).toContain('🔴 逾期 5 个工作日');
    expect(texts).toContain('/suggest commitment done <编号> <序号>');
  });

  it('keep the message within Slack’s limits beside 200 open steps and 30 promises', () => {
    const many = Array.from({ length: 200 }, (_, index) =>
      item({ milestoneId: index + 1, title: longText(400), urgency: { overdue: 200 - index } }),
    );
    const promises = Array.from({ length: 30 }, (_, index) => promise(index + 1, { description: longText(300) }));
    for (const catalog of [zhCN, en]) {
      const message = noticeMessage(catalog, { ...reminder(many), promises, promisesTotal: 45 });
      expectValidMessage(message);
      expect(JSON.stringify(message.blocks).length).toBeLessThanOrEqual(reminderChars);
      expect(JSON.stringify(message.blocks)).toContain(catalog === zhCN ? '45 项' : 'Promises to keep* · 45');
    }
  });
});

describe('a message that keeps only its first lines', () => {
  it('counts every node in its summary and its last line, not only those it carries', () => {
    const kept = Array.from({ length: 120 }, (_, index) => item({ milestoneId: index + 1, urgency: { overdue: 5 } }));
    const message = noticeMessage(zhCN, { ...reminder(kept), total: 500, overdue: 450 });
    expectValidMessage(message);
    expect(message.text).toContain('您有 500 个时间节点：450 个已逾期，50 个将在 3 个工作日内到期。');
    // The 120 it carries share a step and a date: one group; the 380 it never carried are counted.
    expect(JSON.stringify(message.blocks)).toContain('🔴 逾期 5 个工作日 · 办前沟通 · 12月10日（周四）前 · 120 件');
    expect(JSON.stringify(message.blocks)).toContain('另有 380 个节点未在此列出。');

    const alert: SupervisionAlertNotice = {
      type: 'supervision_alert',
      day: '2026-12-08',
      overdueAfterWorkingDays: 5,
      statutoryAlertDays: 10,
      nearStatutory: [],
      overdue: kept,
      unowned: [],
      totals: { nearStatutory: 0, overdue: 65_000, unowned: 0 },
    };
    const office = noticeMessage(zhCN, alert);
    expectValidMessage(office);
    expect(office.text).toContain('逾期 5 个工作日以上的节点 65000 个');
    expect(JSON.stringify(office.blocks)).toMatch(/……另有 64\d{3} 条未列出。/);
  });
});

describe('the alerts up the ladder', () => {
  it('tells a leader of the overdue nodes of their units, within Slack’s limits however many', () => {
    const notice: LeaderAlertNotice = {
      type: 'leader_alert',
      day: '2026-12-08',
      overdueAfterWorkingDays: 3,
      items: Array.from({ length: 500 }, (_, index) => item({ milestoneId: index, title: longText(300), urgency: { overdue: 3 } })),
    };
    const message = noticeMessage(zhCN, notice);
    expectValidMessage(message);
    expect(message.text).toContain('您分管的事项中有 500 个时间节点逾期 3 个工作日以上');
    expect(JSON.stringify(message.blocks)).toMatch(/……另有 \d+ 条未列出。/);
    // 详情 of the suggestions named first, one each.
    expect(message.blocks.at(-1)).toMatchObject({
      type: 'actions',
      elements: [{ text: { text: '详情 2026-0107' }, action_id: 'suggestion.details:1', value: '100' }],
    });
  });

  it('gives the supervision office each part that has something in it', () => {
    const notice: SupervisionAlertNotice = {
      type: 'supervision_alert',
      day: '2026-12-08',
      overdueAfterWorkingDays: 5,
      statutoryAlertDays: 10,
      overdue: [item({ urgency: { overdue: 6 } })],
      nearStatutory: [{ ...item({ kind: 'reply' }), daysLeft: 4 }],
      unowned: [],
    };
    for (const catalog of [zhCN, en]) expectValidMessage(noticeMessage(catalog, notice));
    const texts = JSON.stringify(noticeMessage(zhCN, notice).blocks);
    expect(texts).toContain('距法定答复期限 10 天内仍未答复的建议 1 件');
    expect(texts).toContain('法定答复 2月1日（周一） · 还剩 4 天');
    expect(texts).toContain('逾期 5 个工作日以上的节点 1 个');
    expect(texts).not.toContain('无人可提醒');
    expect(texts).toContain('"action_id":"suggestion.details:1"');
  });

  it('adds the replies the office is to publish soon or is late with as a part of its own, with where to mark them', () => {
    const notice: SupervisionAlertNotice = {
      type: 'supervision_alert',
      day: '2026-12-08',
      overdueAfterWorkingDays: 5,
      statutoryAlertDays: 10,
      overdue: [],
      nearStatutory: [],
      unowned: [],
      publication: {
        windowWorkingDays: 3,
        items: [publicationItem({ urgency: { overdue: 2 }, publishBy: '2026-12-04' }), publicationItem({ replyId: 8, code: '2026-0108' })],
        total: 2,
      },
    };
    for (const catalog of [zhCN, en]) expectValidMessage(noticeMessage(catalog, notice));
    const message = noticeMessage(zhCN, notice);
    expect(message.text).toBe('督办室提醒 · 12月8日（周二） · 3 个工作日内到公开期限或已逾期、尚未公开的答复 2 件');
    const texts = JSON.stringify(message.blocks);
    expect(texts).toContain('🔴 逾期 2 个工作日 · *2026-0107* 关于农村饮水安全的建议（主办 · 省水利厅） · 应于 12月4日（周五）前公开');
    expect(texts).toContain('🟠 今天到期 · *2026-0108*');
    expect(texts).toContain('公开后请在 `/suggest publish` 中点该答复旁的「已公开」。');
    // An alert stored before the catalogue has no such part.
    const { publication: _none, ...older } = notice;
    expect(JSON.stringify(noticeMessage(zhCN, { ...older, overdue: [item({ urgency: { overdue: 6 } })] }).blocks)).not.toContain('公开');
  });

  it('keeps all four parts within Slack’s limits however long each is', () => {
    const many = (n: number) =>
      Array.from({ length: n }, (_, index) => item({ milestoneId: index, title: longText(300), urgency: { overdue: 9 } }));
    const notice: SupervisionAlertNotice = {
      type: 'supervision_alert',
      day: '2026-12-08',
      overdueAfterWorkingDays: 5,
      statutoryAlertDays: 10,
      overdue: many(300),
      nearStatutory: many(300).map((line) => ({ ...line, kind: 'reply' as const, daysLeft: 3 })),
      unowned: many(300),
      totals: { nearStatutory: 900, overdue: 900, unowned: 900 },
      publication: {
        windowWorkingDays: 3,
        items: Array.from({ length: 300 }, (_, index) => publicationItem({ replyId: index + 1, title: longText(300) })),
        total: 900,
      },
    };
    for (const catalog of [zhCN, en]) {
      const message = noticeMessage(catalog, notice);
      expectValidMessage(message);
      expect(message.blocks.length).toBeLessThanOrEqual(50);
    }
    expect(JSON.stringify(noticeMessage(zhCN, notice).blocks)).toMatch(/尚未公开的答复 900 件\*.*……另有 \d+ 条未列出。/);
  });
});
