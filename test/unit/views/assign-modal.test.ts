import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';
import { assignModalBlocks, callbackIds, inputActionId } from '../../../src/slack/ids.js';
import { assignDoneModal, assignModal } from '../../../src/slack/views/assign-modal.js';
import { plain } from '../../support/block-kit.js';
import { expectValidView, longText } from './fixtures.js';

const units = (count: number, name = (i: number) => `单位${i}`) =>
  Array.from({ length: count }, (_, i) => ({ id: i + 1, name: name(i + 1) }));

type Block = { type: string; block_id?: string; optional?: boolean; element?: Record<string, unknown>; elements?: Array<{ text: string }> };
const blocksOf = (view: ReturnType<typeof assignModal>) => view.blocks as unknown as Block[];
const optionsOf = (view: ReturnType<typeof assignModal>, blockId: string) =>
  blocksOf(view).find((block) => block.block_id === blockId)?.element?.options as Array<{ text: { text: string }; value: string }>;

describe('assignModal', () => {
  it('is the 交办 form: code, title, deputy, lead, co, handler, due', () => {
    const view = assignModal(zhCN, { units: units(3), statutoryMonths: 3 });
    expect(view).toMatchObject({
      type: 'modal',
      callback_id: callbackIds.assignModal,
      title: plain('交办建议'),
      submit: plain('交办'),
      close: plain('取消'),
    });
    const blocks = blocksOf(view);
    expect(blocks.map((block) => block.block_id)).toEqual([
      assignModalBlocks.code,
      assignModalBlocks.title,
      assignModalBlocks.deputy,
      assignModalBlocks.lead,
      assignModalBlocks.co,
      assignModalBlocks.handler,
      assignModalBlocks.due,
    ]);
    // The listener reads every value under the same action_id.
    expect(blocks.every((block) => block.type === 'input' && block.element?.action_id === inputActionId)).toBe(true);
    expect(blocks.map((block) => block.element?.type)).toEqual([
      'plain_text_input',
      'plain_text_input',
      'plain_text_input',
      'static_select',
      'multi_static_select',
      'users_select',
      'datepicker',
    ]);
    expect(blocks.map((block) => block.optional ?? false)).toEqual([false, true, true, false, true, true, true]);
    expect(blocks[0]?.element).toMatchObject({ max_length: 32, placeholder: plain('例如 2026-0123') });
    expectValidView('modal', view);
  });

  it('offers units by id, so a pick cannot be misspelt', () => {
    const view = assignModal(en, {
      units: [
        { id: 7, name: '省水利厅' },
        { id: 9, name: '省民政厅' },
      ],
      statutoryMonths: 4,
    });
    // The hint states the session's own statutory deadline.
    expect(JSON.stringify(view)).toContain('Leave empty for 4 months after today');
    const expected = [
      { text: plain('省水利厅'), value: '7' },
      { text: plain('省民政厅'), value: '9' },
    ];
    expect(optionsOf(view, assignModalBlocks.lead)).toEqual(expected);
    expect(optionsOf(view, assignModalBlocks.co)).toEqual(expected);
  });

  it('cuts a unit name to the 75 characters an option holds', () => {
    const [option] = optionsOf(
      assignModal(zhCN, { units: [{ id: 1, name: longText(200, '单位') }], statutoryMonths: 3 }),
      assignModalBlocks.lead,
    );
    expect([...option!.text.text]).toHaveLength(75);
    expect(option!.text.text.endsWith('…')).toBe(true);
  });

  it('lists 100 units without a note', () => {
    const view = assignModal(zhCN, { units: units(100), statutoryMonths: 3 });
    expect(optionsOf(view, assignModalBlocks.lead)).toHaveLength(100);
    expect(blocksOf(view).some((block) => block.type === 'context')).toBe(false);
    expectValidView('modal', view);
  });

  it.each([
    ['zh-CN', zhCN],
    ['en', en],
  ] as const)('caps 150 long-named units at 100 options and says so (%s)', (_locale, catalog) => {
    const view = assignModal(catalog, { units: units(150, (i) => `${i}-${longText(100, '单位')}`), statutoryMonths: 3 });
    for (const blockId of [assignModalBlocks.lead, assignModalBlocks.co]) {
      const options = optionsOf(view, blockId);
      expect(options).toHaveLength(100);
      expect(options.map((option) => option.value)).toEqual(Array.from({ length: 100 }, (_, i) => String(i + 1)));
    }
    expect(blocksOf(view).at(-1)).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: catalog.modal.tooManyUnits(100) }] });
    expectValidView('modal', view);
  });
});

describe('assignDoneModal', () => {
  it('replaces the form with what was stored, without inputs or submit', () => {
    const view = assignDoneModal(zhCN, '已交办建议 *2026-0101*', '签收期限 3月5日（周四）');
    expect(view).toEqual({
      type: 'modal',
      callback_id: callbackIds.assignDone,
      title: plain('已交办'),
      close: plain('完成'),
      blocks: [
        { type: 'section', text: { type: 'mrkdwn', text: '已交办建议 *2026-0101*' } },
        { type: 'context', elements: [{ type: 'mrkdwn', text: '签收期限 3月5日（周四）' }] },
      ],
    });
    expectValidView('modal', view);
  });

  it('stays within limits with long texts', () => {
    expectValidView('modal', assignDoneModal(en, longText(5000), longText(5000)));
  });
});
