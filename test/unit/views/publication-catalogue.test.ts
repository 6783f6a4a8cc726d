import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';
import type { PublicationCatalogue } from '../../../src/services/publication/read-publication-catalogue.js';
import { actionIds } from '../../../src/slack/ids.js';
import { answeredInPlace } from '../../../src/slack/views/answered-in-place.js';
import { publicationCatalogueMessage, publishedAnswer } from '../../../src/slack/views/publication-catalogue.js';
import { expectValidMessage, longText, publicationItem } from './fixtures.js';

const catalogue = (over: Partial<PublicationCatalogue> = {}): PublicationCatalogue => ({
  sessionName: '2026',
  today: '2026-12-08',
  withinWorkingDays: 20,
  pending: [
    publicationItem({ replyId: 1, code: '2026-0101', urgency: { overdue: 2 }, publishBy: '2026-12-04', sentOn: '2026-11-06' }),
    publicationItem({ replyId: 2, code: '2026-0102', round: 2, replyClass: 'B', urgency: { dueIn: 3 }, publishBy: '2026-12-11' }),
  ],
  pendingTotal: 2,
  overdue: 1,
  ...over,
});

type Accessory = { accessory?: { action_id: string; value: string } };
const buttonsOf = (blocks: KnownBlock[]) =>
  blocks.flatMap((block) => ((block as Accessory).accessory ? [(block as Accessory).accessory!] : []));

describe('the 公开目录', () => {
  it('lists the replies still to publish, soonest first, each with its dates and 已公开', () => {
    const message = publicationCatalogueMessage(zhCN, catalogue());
    expectValidMessage(message);
    expect(message.text).toBe('可以公开的答复中，有 2 件尚未公开，其中 1 件已超过公开期限。答复发出后应在 20 个工作日内公开。');
    const texts = JSON.stringify(message.blocks);
    expect(texts).toContain(
      '🔴 逾期 2 个工作日 · *2026-0101* 关于农村饮水安全的建议\\n省水利厅（主办） · A 类答复 · 11月6日（周五）发出 · 应于 12月4日（周五）前公开',
    );
    expect(texts).toContain('🟡 还剩 3 个工作日 · *2026-0102* 关于农村饮水安全的建议 · 第 2 轮答复\\n省水利厅（主办） · B 类答复');
    expect(buttonsOf(message.blocks)).toEqual([
      expect.objectContaining({ action_id: actionIds.markReplyPublished, value: '1', text: expect.objectContaining({ text: '已公开' }) }),
      expect.objectContaining({ action_id: actionIds.markReplyPublished, value: '2' }),
    ]);
    expect(texts).toContain('`/suggest publish all` 同时列出已公开的答复。');
    expect(texts).not.toContain('已公开的答复 ');
  });

  it('says so when nothing waits, and with all lists those published, by whom and when', () => {
    const none = publicationCatalogueMessage(zhCN, catalogue({ pending: [], pendingTotal: 0, overdue: 0 }));
    expect(none.text).toBe('没有待公开的答复。可以公开的答复发出后，应在 20 个工作日内公开。');
    expect(buttonsOf(none.blocks)).toEqual([]);
    const all = publicationCatalogueMessage(
      zhCN,
      catalogue({
        published: {
          items: [
            publicationItem({ replyId: 3, code: '2026-0103', publishedOn: '2026-12-01', publishedBy: 'USUP', publishBy: '2026-12-02' }),
          ],
          total: 1,
        },
      }),
    );
    expectValidMessage(all);
    const texts = JSON.stringify(all.blocks);
    expect(texts).toContain('*已公开的答复 1 件*');
    expect(texts).toContain('• *2026-0103* 关于农村饮水安全的建议 · 省水利厅 · 12月1日（周二）公开 · 公开期限 12月2日（周三） · <@USUP>');
    expect(texts).toContain('也可用 `/suggest export` 导出台账');
    expect(JSON.stringify(publicationCatalogueMessage(zhCN, catalogue({ published: { items: [], total: 0 } })).blocks)).toContain(
      '尚无已公开的答复。',
    );
  });

  it('stays within Slack’s limits however many, counting what it leaves out and saying where to see it, even once every line was answered in place', () => {
    const pending = Array.from({ length: 20 }, (_, index) => publicationItem({ replyId: index + 1, title: longText(400) }));
    const published = Array.from({ length: 200 }, (_, index) =>
      publicationItem({ replyId: 100 + index, title: longText(400), publishedOn: '2026-12-01', publishedBy: 'USUP' }),
    );
    for (const catalog of [zhCN, en]) {
      const message = publicationCatalogueMessage(
        catalog,
        catalogue({ pending, pendingTotal: 340, overdue: 12, published: { items: published, total: 900 } }),
      );
      expectValidMessage(message);
      let shown: { text: string; blocks: unknown[] } = message;
      for (const clicked of buttonsOf(message.blocks)) {
        shown = answeredInPlace(shown, { actionId: clicked.action_id, value: clicked.value }, publishedAnswer(catalog, marked));
      }
      expectValidMessage(shown);
      expect(buttonsOf(shown.blocks as KnownBlock[])).toEqual([]);
    }
    const both = publicationCatalogueMessage(
      zhCN,
      catalogue({ pending, pendingTotal: 340, overdue: 12, published: { items: published, total: 900 } }),
    );
    const texts = JSON.stringify(both.blocks);
    // Long titles: as many lines as one message takes beside the published part, the rest counted.
    const listed = buttonsOf(both.blocks as KnownBlock[]).length;
    expect(listed).toBeGreaterThan(5);
    expect(texts).toContain(
      `另有 ${340 - listed} 件待公开的答复未在此列出。全部答复的公开期限和公开日期，可用 \`/suggest export\` 导出台账`,
    );
    expect(texts).toMatch(/……另有 \d+ 条未列出。/);
  });
});

const marked = { code: '2026-0101', round: 1, publishedOn: '2026-12-08', publishBy: '2026-12-04', lateBy: 2 };

describe('已公开', () => {
  it('says what was recorded, and how late when it was', () => {
    expect(publishedAnswer(zhCN, marked).text).toBe(
      '已记录建议 *2026-0101* 的答复于 12月8日（周二）公开。公开期限为 12月4日（周五），逾期 2 个工作日。',
    );
    expect(publishedAnswer(zhCN, { ...marked, round: 2, lateBy: 0 }).text).toBe(
      '已记录建议 *2026-0101* 第 2 轮的答复于 12月8日（周二）公开。',
    );
  });
});
