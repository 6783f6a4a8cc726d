// Past ten lines the daily reminder groups them by step and date (DESIGN §4, COPY 9), and 查看清单
// opens one group's list in a modal.
import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import type { ReminderNotice } from '../../../src/domain/notices.js';
import type { ReminderItem } from '../../../src/domain/reminders.js';
import { en } from '../../../src/i18n/en.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';
import { actionIds, callbackIds } from '../../../src/slack/ids.js';
import { noticeMessage } from '../../../src/slack/views/notice.js';
import { groupListLines, reminderGroupModal } from '../../../src/slack/views/reminder-group-modal.js';
import { reminderChars } from '../../../src/slack/views/reminder-notice.js';
import { expectValidMessage, expectValidView, longText, reminderItem } from './fixtures.js';

const reminder = (items: ReminderItem[]): ReminderNotice => ({ type: 'reminder', day: '2026-12-08', windowWorkingDays: 3, items });

/** n suggestions assigned on one day: the same step on the same date (倒排工期). */
const sameDay = (n: number, over: Partial<ReminderItem> = {}, from = 1): ReminderItem[] =>
  Array.from({ length: n }, (_, index) =>
    reminderItem({
      milestoneId: from + index,
      assignmentId: 1000 + from + index,
      suggestionId: 2000 + from + index,
      code: `2026-${String(from + index).padStart(4, '0')}`,
      ...over,
    }),
  );

type Section = { type: 'section'; text: { text: string }; accessory?: { action_id: string; value: string; text: { text: string } } };
const sections = (blocks: KnownBlock[]) => blocks.filter((block): block is KnownBlock & Section => block.type === 'section');
const groupButtons = (blocks: KnownBlock[]) => sections(blocks).flatMap((block) => (block.accessory ? [block.accessory] : []));
const actionRows = (blocks: KnownBlock[]) => blocks.filter((block) => block.type === 'actions');

describe('a daily reminder of more than ten lines', () => {
  it('gives 79 nodes of one step and date one line with 查看清单, after what is overdue, within Slack’s limits', () => {
    const items = [
      ...sameDay(79, { kind: 'pre_contact', plannedOn: '2026-12-10', urgency: { dueIn: 2 } }),
      ...sameDay(2, { kind: 'accept', plannedOn: '2026-12-03', urgency: { overdue: 3 } }, 100),
      ...sameDay(1, { kind: 'pre_contact', plannedOn: '2026-12-07', urgency: { overdue: 1 } }, 200),
    ];
    const message = noticeMessage(zhCN, { ...reminder(items), total: 82, overdue: 3 });
    expectValidMessage(message);
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(message.blocks).length).toBeLessThanOrEqual(reminderChars);
    expect(message.text).toBe('今日督办提醒 · 12月8日（周二） · 您有 82 个时间节点：3 个已逾期，79 个将在 3 个工作日内到期。');

    // Most overdue first: the two 签收 three days late, then the one 办前沟通 a day late (a group of one stays a line), then the 79.
    expect(sections(message.blocks).map((block) => block.text.text)).toEqual([
      '*今日督办提醒* · 12月8日（周二）\n您有 82 个时间节点：3 个已逾期，79 个将在 3 个工作日内到期。',
      '🔴 逾期 3 个工作日 · 签收 · 12月3日（周四）前 · 2 件',
      '🔴 逾期 1 个工作日 · *2026-0200* 关于农村饮水安全的建议（主办 · 省水利厅）\n办前沟通 · 应于 12月7日（周一） 完成',
      '🟡 还剩 2 个工作日 · 办前沟通 · 12月10日（周四）前 · 79 件',
    ]);
    expect(groupButtons(message.blocks).map((b) => [b.text.text, b.action_id, b.value])).toEqual([
      ['查看清单', actionIds.openReminderGroup, 'accept:2026-12-03'],
      ['查看清单', actionIds.openReminderGroup, 'pre_contact:2026-12-10'],
    ]);
    // The line keeps its buttons.
    expect(actionRows(message.blocks)).toHaveLength(1);
    expect(JSON.stringify(actionRows(message.blocks))).toContain(`"${actionIds.completeMilestone}","value":"200"`);
    expect(JSON.stringify(message.blocks)).not.toContain('未逐条列出');
  });

  it('lists exactly ten nodes one by one, and groups the eleventh with its step and date', () => {
    const ten = noticeMessage(zhCN, reminder(sameDay(10)));
    expectValidMessage(ten);
    expect(actionRows(ten.blocks)).toHaveLength(10);
    expect(groupButtons(ten.blocks)).toEqual([]);

    const eleven = noticeMessage(zhCN, reminder(sameDay(11)));
    expectValidMessage(eleven);
    expect(actionRows(eleven.blocks)).toEqual([]);
    expect(sections(eleven.blocks).map((block) => block.text.text)[1]).toBe('🟡 还剩 2 个工作日 · 办前沟通 · 12月10日（周四）前 · 11 件');
    expect(groupButtons(eleven.blocks).map((b) => b.value)).toEqual(['pre_contact:2026-12-10']);
  });

  it('reads the same way in English', () => {
    const message = noticeMessage(en, reminder(sameDay(12, { kind: 'accept', plannedOn: '2026-12-08', urgency: { dueIn: 0 } })));
    expectValidMessage(message);
    expect(sections(message.blocks)[1]?.text.text).toBe('🟠 Due today · Accept · due Tue 8 Dec · 12 items');
    expect(groupButtons(message.blocks)[0]?.text.text).toBe('View list');
  });

  it('stays within Slack’s limits with more groups and long lines than fit, counting the rest', () => {
    // 60 dates with two nodes each, and 30 lone nodes with long titles between them.
    const items = [
      ...Array.from({ length: 60 }, (_, day) =>
        sameDay(
          2,
          {
            plannedOn: `2026-10-${String((day % 28) + 1).padStart(2, '0')}`,
            kind: day < 28 ? 'pre_contact' : 'draft',
            urgency: { overdue: 60 - day },
          },
          day * 2 + 1,
        ),
      ).flat(),
      ...Array.from({ length: 30 }, (_, n) =>
        reminderItem({
          milestoneId: 500 + n,
          title: longText(400),
          plannedOn: '2026-12-09',
          kind: 'accept',
          assignmentId: 500 + n,
          urgency: { dueIn: 1 },
        }),
      ).map((item, n) => ({ ...item, plannedOn: `2026-11-${String(n + 1).padStart(2, '0')}` })),
    ];
    for (const catalog of [zhCN, en]) {
      const message = noticeMessage(catalog, reminder(items));
      expectValidMessage(message);
      expect(message.blocks.length).toBeLessThanOrEqual(50);
      expect(JSON.stringify(message.blocks).length).toBeLessThanOrEqual(reminderChars);
      expect(JSON.stringify(message.blocks)).toContain(catalog === zhCN ? '未逐条列出' : 'more not listed');
    }
  });
});

describe('查看清单: one group’s list', () => {
  const list = (n: number) => ({
    kind: 'pre_contact' as const,
    plannedOn: '2026-12-10',
    items: sameDay(n, { kind: 'pre_contact', plannedOn: '2026-12-10', urgency: { dueIn: 2 } }),
  });

  it('lists each node with the buttons its reminder line has', () => {
    const view = reminderGroupModal(zhCN, list(3));
    expectValidView('modal', view);
    expect(view).toMatchObject({ type: 'modal', callback_id: callbackIds.reminderGroup, private_metadata: 'pre_contact:2026-12-10' });
    const blocks = view.blocks as KnownBlock[];
    expect(sections(blocks)[0]?.text.text).toBe('*办前沟通 · 12月10日（周四）前* · 您有 3 个未完成的节点：');
    expect(actionRows(blocks)).toHaveLength(3);
    expect(JSON.stringify(blocks)).toContain(`"${actionIds.completeMilestone}","value":"1"`);
  });

  it('holds at most 100 blocks: the first lines, then how many in all and where to see them', () => {
    for (const catalog of [zhCN, en]) {
      const view = reminderGroupModal(catalog, list(79));
      expectValidView('modal', view);
      expect(view.blocks).toHaveLength(100);
      expect(actionRows(view.blocks as KnownBlock[])).toHaveLength(groupListLines);
      expect(JSON.stringify(view.blocks)).toContain(
        catalog === zhCN ? '以上列出前 49 个，共 79 个。全部节点可用 `/suggest list mine` 查看。' : 'The first 49 of 79',
      );
    }
  });

  it('says so when nothing of the group is left', () => {
    const view = reminderGroupModal(zhCN, list(0));
    expectValidView('modal', view);
    expect(JSON.stringify(view.blocks)).toContain('您已没有12月10日（周四）前须完成的「办前沟通」节点。');
  });
});
