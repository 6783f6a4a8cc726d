// A reviewer's batch of review requests opens their review queue (审核清单) rather than one button
// per reply: the gathered message carries the one button, the modal lists each reply with its own.
import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import type { CarriedNotice } from '../../../src/domain/notices.js';
import { en } from '../../../src/i18n/en.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';
import type { ReviewQueueItem } from '../../../src/services/replies/read-review-queue.js';
import { actionIds, callbackIds } from '../../../src/slack/ids.js';
import { noticeMessage } from '../../../src/slack/views/notice.js';
import { reviewQueueLines, reviewQueueModal } from '../../../src/slack/views/review-queue-modal.js';
import { assignedNotice, expectValidMessage, expectValidView, longText } from './fixtures.js';

const item = (n: number, over: Partial<ReviewQueueItem> = {}): ReviewQueueItem => ({
  replyId: n,
  version: 2,
  suggestionId: 100 + n,
  code: `2026-${String(n).padStart(4, '0')}`,
  title: '关于农村饮水安全的建议',
  unitName: '省水利厅',
  round: 1,
  replyClass: 'B',
  summary: '二期工程列入明年计划',
  documentUrl: null,
  reason: null,
  mayPublish: false,
  commitments: [{ dueOn: '2026-06-30', description: '完成二期立项' }],
  draftedBy: 'UHAN',
  level: 'leader',
  approvals: [{ level: 'division', by: 'UDIV' }],
  ...over,
});
const items = (n: number) => Array.from({ length: n }, (_, i) => item(i + 1));

type Element = { action_id: string; value: string; text: { text: string } };
const actionRows = (blocks: KnownBlock[]) =>
  blocks.filter((block): block is KnownBlock & { elements: Element[] } => block.type === 'actions').map((block) => block.elements);
const sectionTexts = (blocks: KnownBlock[]) => blocks.flatMap((block) => (block.type === 'section' && block.text ? [block.text.text] : []));

describe('审核清单: the reviewer’s queue', () => {
  it('shows each reply as its review request does, with the same approve, return and details buttons', () => {
    const view = reviewQueueModal(zhCN, [item(1), item(2, { level: 'head', round: 2, approvals: [] })]);
    expectValidView('modal', view);
    expect(view).toMatchObject({
      type: 'modal',
      callback_id: callbackIds.reviewQueue,
      title: { text: '审核清单' },
      close: { text: '关闭' },
    });
    const blocks = view.blocks as KnownBlock[];
    expect(sectionTexts(blocks)).toEqual([
      '您有 2 件答复等待审核，请逐件处理。',
      '*2026-0001* 关于农村饮水安全的建议 · 主办「省水利厅」\n请您进行分管领导审核。',
      'B 类 · 正在解决或列入计划 · 不公开\n摘要：二期工程列入明年计划\n承诺事项：\n1. 6月30日（周二） 前 · 完成二期立项',
      '*2026-0002* 关于农村饮水安全的建议 · 主办「省水利厅」 · 第 2 轮\n请您进行主要领导签发。',
      'B 类 · 正在解决或列入计划 · 不公开\n摘要：二期工程列入明年计划\n承诺事项：\n1. 6月30日（周二） 前 · 完成二期立项',
    ]);
    expect(JSON.stringify(blocks)).toContain('已审核：处室把关 <@UDIV>');
    expect(actionRows(blocks).map((row) => row.map((e) => [e.text.text, e.action_id, e.value]))).toEqual([
      [
        ['审核通过', actionIds.approveReply, '1:2'],
        ['退回修改', actionIds.returnReply, '1:2'],
        ['详情', actionIds.showDetails, '101'],
      ],
      [
        ['签发', actionIds.approveReply, '2:2'],
        ['退回修改', actionIds.returnReply, '2:2'],
        ['详情', actionIds.showDetails, '102'],
      ],
    ]);
  });

  it('says so, without a button, when nothing waits on the person', () => {
    for (const [catalog, words] of [
      [zhCN, '目前没有等待您审核的答复。'],
      [en, 'No reply is waiting for your review now.'],
    ] as const) {
      const view = reviewQueueModal(catalog, []);
      expectValidView('modal', view);
      expect(sectionTexts(view.blocks as KnownBlock[])).toEqual([words]);
      expect(actionRows(view.blocks as KnownBlock[])).toEqual([]);
    }
  });

  it('holds at most 100 blocks with long replies: the first ones, then how many in all and where to see the rest', () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      item(i + 1, {
        title: longText(300),
        summary: longText(3000),
        reason: longText(1000),
        replyClass: 'C',
        commitments: Array.from({ length: 30 }, () => ({ dueOn: '2026-06-30', description: longText(200) })),
      }),
    );
    for (const catalog of [zhCN, en]) {
      const view = reviewQueueModal(catalog, many);
      expectValidView('modal', view);
      expect(view.blocks.length).toBeLessThanOrEqual(100);
      expect(actionRows(view.blocks as KnownBlock[])).toHaveLength(reviewQueueLines);
      expect(JSON.stringify(view.blocks.at(-1))).toContain(
        catalog === zhCN
          ? '以上列出前 19 件，共 60 件。处理完以上答复后，请再次打开审核清单查看其余答复。'
          : 'The first 19 of 60 are listed. Once you have dealt with them, open the review queue again for the rest.',
      );
    }
    // Exactly as many as fit: no count of the rest.
    const full = reviewQueueModal(zhCN, items(reviewQueueLines));
    expectValidView('modal', full);
    expect(JSON.stringify(full.blocks)).not.toContain('以上列出');
  });

  it('reads the same way in English', () => {
    const view = reviewQueueModal(en, [item(1), item(2)]);
    expectValidView('modal', view);
    expect(view).toMatchObject({ title: { text: 'Review queue' }, close: { text: 'Close' } });
    const texts = sectionTexts(view.blocks as KnownBlock[]);
    expect(texts[0]).toBe('2 replies await your review; please take them one by one.');
    expect(texts[1]).toBe('*2026-0001* 关于农村饮水安全的建议 · lead 省水利厅\nFor your leader review.');
    expect(sectionTexts(reviewQueueModal(en, [item(1)]).blocks as KnownBlock[])[0]).toBe('One reply awaits your review.');
  });
});

describe('a gathered message of review requests', () => {
  const carried = (n: number): CarriedNotice[] =>
    items(n).map((i) => ({ key: `review:${i.replyId}:v2:ULEAD`, notice: { type: 'review_requested', ...i } }));
  const buttons = (blocks: KnownBlock[]): Element[] =>
    blocks.flatMap((block) => [
      ...('accessory' in block && block.accessory ? [block.accessory as Element] : []),
      ...('elements' in block && block.type === 'actions' ? (block.elements as Element[]) : []),
    ]);

  it('gives two or more one 审核清单 button, and the lines no approve or return of their own', () => {
    for (const n of [2, 12, 60]) {
      const message = noticeMessage(zhCN, { type: 'gathered', items: carried(n) });
      expectValidMessage(message);
      const all = buttons(message.blocks);
      expect(all.filter((e) => e.action_id === actionIds.openReviewQueue).map((e) => e.text.text)).toEqual([`审核清单（${n} 件）`]);
      // A few go in full as they would alone; past that, no line carries a decision.
      if (n > 2) expect(all.filter((e) => e.action_id === actionIds.approveReply || e.action_id === actionIds.returnReply)).toEqual([]);
    }
    const english = noticeMessage(en, { type: 'gathered', items: carried(12) });
    expect(buttons(english.blocks).find((e) => e.action_id === actionIds.openReviewQueue)?.text.text).toBe('Review queue (12)');
  });

  it('gives a single review request none, and leaves other groups as they were', () => {
    const message = noticeMessage(zhCN, {
      type: 'gathered',
      items: [...carried(1), { key: 'assigned:1', notice: assignedNotice() }],
    });
    expectValidMessage(message);
    expect(buttons(message.blocks).filter((e) => e.action_id === actionIds.openReviewQueue)).toEqual([]);
    expect(buttons(message.blocks).filter((e) => e.action_id === actionIds.approveReply)).toHaveLength(1);
  });
});
