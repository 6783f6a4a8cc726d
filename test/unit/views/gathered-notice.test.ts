import { describe, expect, it } from 'vitest';
import type { CarriedNotice, GatheredNotice, MessageNotice } from '../../../src/domain/notices.js';
import { catalogFor } from '../../../src/i18n/index.js';
import { actionIds, idsOfListValue } from '../../../src/slack/ids.js';
import { answeredInPlace } from '../../../src/slack/views/answered-in-place.js';
import { plainMessage } from '../../../src/slack/views/format.js';
import { noticeMessage } from '../../../src/slack/views/notice.js';
import { acceptedNotice, assignedNotice, expectValidMessage, longText } from './fixtures.js';

const zh = catalogFor('zh-CN');
type Element = { action_id?: string; value?: string; text?: { text?: string } };
type Block = { type: string; elements?: Element[]; accessory?: Element; block_id?: string };

const gathered = (notices: MessageNotice[]): GatheredNotice => ({
  type: 'gathered',
  items: notices.map((notice, i): CarriedNotice => ({ key: `${notice.type}:${i}`, notice })),
});
const assignments = (count: number, over: Parameters<typeof assignedNotice>[0] = {}) =>
  Array.from({ length: count }, (_, i) =>
    assignedNotice({ assignmentId: 100 + i, code: `2026-${String(i + 1).padStart(4, '0')}`, ...over }),
  );
const buttons = (blocks: unknown[]) =>
  (blocks as Block[]).flatMap((block) => [...(block.elements ?? []), ...(block.accessory ? [block.accessory] : [])]);
const render = (notices: MessageNotice[], catalog = zh) => noticeMessage(catalog, gathered(notices));

describe('a gathered message', () => {
  it('shows a few notices in full, each with its own buttons, under 全部签收 for all of them', () => {
    const message = render(assignments(3));
    expectValidMessage(message);
    const all = buttons(message.blocks);
    expect(all.filter((b) => b.action_id === actionIds.acceptAssignment).map((b) => b.value)).toEqual(['100', '101', '102']);
    const acceptAll = all.find((b) => b.action_id === actionIds.acceptAllAssignments)!;
    expect(acceptAll.text?.text).toBe('全部签收（3 件）');
    expect(idsOfListValue(acceptAll.value!)).toEqual([100, 101, 102]);
    // Each carried notice's blocks start where its key says, so a reader (and a test) can tell them apart.
    expect((message.blocks as Block[]).filter((b) => b.block_id?.startsWith('carried:')).length).toBe(3);
  });

  it('goes a line each, the shared deadline said once, past what fits in full', () => {
    const message = render(assignments(25));
    expectValidMessage(message);
    const words = JSON.stringify(message.blocks);
    expect(words).toContain('*新交办的建议 25 件*，请于 3月5日（周四） 前签收');
    expect(words.match(/请于 3月5日/g)).toHaveLength(1);
    expect(buttons(message.blocks).filter((b) => b.action_id === actionIds.acceptAssignment)).toHaveLength(25);
  });

  it('packs hundreds within Slack’s limits, counting what it cannot list, and 全部签收 covers them all', () => {
    const many = assignments(300, { title: longText(60) });
    const message = render(many);
    expectValidMessage(message);
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(message.blocks).length).toBeLessThanOrEqual(11_000);
    expect(JSON.stringify(message.blocks)).toMatch(/……另有 \d+ 条未列出。/);
    const acceptAll = buttons(message.blocks).find((b) => b.action_id === actionIds.acceptAllAssignments)!;
    expect(idsOfListValue(acceptAll.value!)).toHaveLength(300);
    expect(JSON.stringify(message.blocks)).toContain('`/suggest list mine`');
  });

  it('still lists lines and offers 全部签收 for 600 assignments and more of other kinds', () => {
    const message = render([...assignments(600), ...Array.from({ length: 120 }, (_, i) => acceptedNotice({ code: `2026-9${i}` }))]);
    expectValidMessage(message);
    expect(JSON.stringify(message.blocks).length).toBeLessThanOrEqual(11_000);
    expect(JSON.stringify(message.blocks)).toContain('*2026-0001*');
    expect(buttons(message.blocks).some((b) => b.action_id === actionIds.acceptAllAssignments)).toBe(true);
  });

  it('puts the most urgent kind first: a decision others wait on before new work', () => {
    const request: MessageNotice = {
      type: 'extension_requested',
      requestId: 1,
      suggestionId: 7,
      code: '2026-0009',
      title: '关于外贸的建议',
      unitName: '省商务厅',
      requestedBy: 'U0LIA',
      currentDueOn: '2026-06-02',
      requestedDueOn: '2026-08-31',
      reason: '外贸形势变化',
    };
    const words = JSON.stringify(render([...assignments(2), request]).blocks);
    expect(words.indexOf('延期申请 1 件')).toBeGreaterThan(-1);
    expect(words.indexOf('延期申请 1 件')).toBeLessThan(words.indexOf('新交办的建议 2 件'));
  });

  it('reads in English too, and a notice that asks nothing reads as one line of a daily summary', () => {
    const english = render(assignments(12), catalogFor('en'));
    expectValidMessage(english);
    expect(JSON.stringify(english.blocks)).toContain('12 newly assigned suggestions');
    const summary = noticeMessage(zh, {
      type: 'daily_summary',
      day: '2026-03-06',
      items: [{ key: 'accepted:1', notice: acceptedNotice() }],
    });
    expectValidMessage(summary);
    expect(JSON.stringify(summary.blocks)).toContain('「省水利厅」已按期签收（主办）');
  });

  it('answers 签收 on one line in place: that line’s button gives way to the answer, the others keep theirs', () => {
    const message = render(assignments(25));
    const after = answeredInPlace(
      message,
      { actionId: actionIds.acceptAssignment, value: '103' },
      plainMessage('已签收建议 *2026-0004*。'),
    );
    expect(after.blocks).toHaveLength(message.blocks.length + 1);
    const accepts = buttons(after.blocks).filter((b) => b.action_id === actionIds.acceptAssignment);
    expect(accepts).toHaveLength(24);
    expect(accepts.some((b) => b.value === '103')).toBe(false);
    const words = JSON.stringify(after.blocks);
    expect(words.indexOf('2026-0004')).toBeLessThan(words.indexOf('已签收建议 *2026-0004*'));
    expect(words.indexOf('已签收建议 *2026-0004*')).toBeLessThan(words.indexOf('2026-0005'));
  });

  it('keeps a busy day’s summary within what Slack takes, counting the lines it cannot show', () => {
    const items = Array.from({ length: 400 }, (_, i) => ({ key: `accepted:${i}`, notice: acceptedNotice({ title: longText(40) }) }));
    const summary = noticeMessage(zh, { type: 'daily_summary', day: '2026-03-06', items });
    expectValidMessage(summary);
    expect(JSON.stringify(summary.blocks).length).toBeLessThan(13_000);
    expect(JSON.stringify(summary.blocks)).toMatch(/……另有 \d+ 条未列出。/);
  });
});
