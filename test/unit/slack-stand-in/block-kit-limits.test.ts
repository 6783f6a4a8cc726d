import { describe, expect, it } from 'vitest';
import { findBlockKitViolations } from '../../../tools/slack-stand-in/block-kit-limits.js';
import { mrkdwn, plain } from '../../support/block-kit.js';

const x = (n: number): string => 'x'.repeat(n);
const section = (text = 'hi') => ({ type: 'section', text: mrkdwn(text) });
const button = (over: Record<string, unknown> = {}) => ({ type: 'button', text: plain('Go'), action_id: 'go', ...over });
const actions = (elements: unknown[]) => ({ type: 'actions', elements });
const option = (text: string, value = 'v') => ({ text: plain(text), value });
const select = (options: unknown[]) => ({ type: 'static_select', action_id: 'pick', options });
const input = (over: Record<string, unknown> = {}) => ({
  type: 'input',
  label: plain('Name'),
  element: { type: 'plain_text_input', action_id: 'name' },
  ...over,
});
const table = (rows: number, columns: number) => ({
  type: 'table',
  rows: Array.from({ length: rows }, () => Array.from({ length: columns }, () => ({ type: 'raw_text', text: 'c' }))),
});
const modal = (over: Record<string, unknown> = {}) => ({
  type: 'modal',
  title: plain('Title'),
  blocks: [section()],
  ...over,
});

const message = (blocks: unknown) => findBlockKitViolations('message', { blocks });
const modalView = (view: unknown) => findBlockKitViolations('modal', { view });
const homeView = (view: unknown) => findBlockKitViolations('home', { view });

interface LimitCase {
  name: string;
  atLimit: () => string[];
  pastLimit: () => string[];
  expected: RegExp;
}

const cases: LimitCase[] = [
  {
    name: 'message block count (50)',
    atLimit: () => message(Array.from({ length: 50 }, () => section())),
    pastLimit: () => message(Array.from({ length: 51 }, () => section())),
    expected: /51 blocks exceeds the message limit of 50/,
  },
  {
    name: 'modal block count (100)',
    atLimit: () => modalView(modal({ blocks: Array.from({ length: 100 }, () => section()) })),
    pastLimit: () => modalView(modal({ blocks: Array.from({ length: 101 }, () => section()) })),
    expected: /101 blocks exceeds the modal limit of 100/,
  },
  {
    name: 'home block count (100)',
    atLimit: () => homeView({ type: 'home', blocks: Array.from({ length: 100 }, () => ({ type: 'divider' })) }),
    pastLimit: () => homeView({ type: 'home', blocks: Array.from({ length: 101 }, () => ({ type: 'divider' })) }),
    expected: /101 blocks exceeds the home limit of 100/,
  },
  {
    name: 'section text (3000)',
    atLimit: () => message([section(x(3000))]),
    pastLimit: () => message([section(x(3001))]),
    expected: /blocks\[0\]\.text\.text: 3001 characters exceeds the limit of 3000/,
  },
  {
    name: 'section field count (10)',
    atLimit: () => message([{ type: 'section', fields: Array.from({ length: 10 }, () => mrkdwn('f')) }]),
    pastLimit: () => message([{ type: 'section', fields: Array.from({ length: 11 }, () => mrkdwn('f')) }]),
    expected: /fields: 11 fields exceeds the limit of 10/,
  },
  {
    name: 'section field length (2000)',
    atLimit: () => message([{ type: 'section', fields: [mrkdwn(x(2000))] }]),
    pastLimit: () => message([{ type: 'section', fields: [mrkdwn(x(2001))] }]),
    expected: /fields\[0\]\.text: 2001 characters/,
  },
  {
    name: 'header text (150)',
    atLimit: () => message([{ type: 'header', text: plain(x(150)) }]),
    pastLimit: () => message([{ type: 'header', text: plain(x(151)) }]),
    expected: /blocks\[0\]\.text\.text: 151 characters exceeds the limit of 150/,
  },
  {
    name: 'context element count (10)',
    atLimit: () => message([{ type: 'context', elements: Array.from({ length: 10 }, () => mrkdwn('c')) }]),
    pastLimit: () => message([{ type: 'context', elements: Array.from({ length: 11 }, () => mrkdwn('c')) }]),
    expected: /elements: 11 elements exceeds the limit of 10/,
  },
  {
    name: 'actions element count (25)',
    atLimit: () => message([actions(Array.from({ length: 25 }, (_, i) => button({ action_id: `a${i}` })))]),
    pastLimit: () => message([actions(Array.from({ length: 26 }, (_, i) => button({ action_id: `a${i}` })))]),
    expected: /elements: 26 elements exceeds the limit of 25/,
  },
  {
    name: 'button text (75)',
    atLimit: () => message([actions([button({ text: plain(x(75)) })])]),
    pastLimit: () => message([actions([button({ text: plain(x(76)) })])]),
    expected: /elements\[0\]\.text\.text: 76 characters exceeds the limit of 75/,
  },
  {
    name: 'button action_id (255)',
    atLimit: () => message([actions([button({ action_id: x(255) })])]),
    pastLimit: () => message([actions([button({ action_id: x(256) })])]),
    expected: /action_id: 256 characters exceeds the limit of 255/,
  },
  {
    name: 'button value (2000)',
    atLimit: () => message([actions([button({ value: x(2000) })])]),
    pastLimit: () => message([actions([button({ value: x(2001) })])]),
    expected: /value: 2001 characters exceeds the limit of 2000/,
  },
  {
    name: 'block_id (255)',
    atLimit: () => message([{ ...section(), block_id: x(255) }]),
    pastLimit: () => message([{ ...section(), block_id: x(256) }]),
    expected: /block_id: 256 characters exceeds the limit of 255/,
  },
  {
    name: 'modal title (24)',
    atLimit: () => modalView(modal({ title: plain(x(24)) })),
    pastLimit: () => modalView(modal({ title: plain(x(25)) })),
    expected: /view\.title\.text: 25 characters exceeds the limit of 24/,
  },
  {
    name: 'modal submit (24)',
    atLimit: () => modalView(modal({ submit: plain(x(24)) })),
    pastLimit: () => modalView(modal({ submit: plain(x(25)) })),
    expected: /view\.submit\.text: 25 characters/,
  },
  {
    name: 'modal close (24)',
    atLimit: () => modalView(modal({ close: plain(x(24)) })),
    pastLimit: () => modalView(modal({ close: plain(x(25)) })),
    expected: /view\.close\.text: 25 characters/,
  },
  {
    name: 'modal callback_id (255)',
    atLimit: () => modalView(modal({ callback_id: x(255) })),
    pastLimit: () => modalView(modal({ callback_id: x(256) })),
    expected: /view\.callback_id: 256 characters/,
  },
  {
    name: 'modal private_metadata (3000)',
    atLimit: () => modalView(modal({ private_metadata: x(3000) })),
    pastLimit: () => modalView(modal({ private_metadata: x(3001) })),
    expected: /view\.private_metadata: 3001 characters/,
  },
  {
    name: 'input label (2000)',
    atLimit: () => modalView(modal({ submit: plain('OK'), blocks: [input({ label: plain(x(2000)) })] })),
    pastLimit: () => modalView(modal({ submit: plain('OK'), blocks: [input({ label: plain(x(2001)) })] })),
    expected: /label\.text: 2001 characters exceeds the limit of 2000/,
  },
  {
    name: 'static_select option count (100)',
    atLimit: () => message([actions([select(Array.from({ length: 100 }, (_, i) => option(`o${i}`)))])]),
    pastLimit: () => message([actions([select(Array.from({ length: 101 }, (_, i) => option(`o${i}`)))])]),
    expected: /options: 101 options exceeds the limit of 100/,
  },
  {
    name: 'static_select option text (75)',
    atLimit: () => message([actions([select([option(x(75))])])]),
    pastLimit: () => message([actions([select([option(x(76))])])]),
    expected: /options\[0\]\.text\.text: 76 characters exceeds the limit of 75/,
  },
  {
    name: 'table rows (100)',
    atLimit: () => message([table(100, 2)]),
    pastLimit: () => message([table(101, 2)]),
    expected: /rows: 101 rows exceeds the limit of 100/,
  },
  {
    name: 'tables in one message (1)',
    atLimit: () => message([table(2, 2)]),
    pastLimit: () => message([table(2, 2), table(2, 2)]),
    expected: /only_one_table_allowed/,
  },
  {
    name: 'table columns (20)',
    atLimit: () => message([table(2, 20)]),
    pastLimit: () => message([table(2, 21)]),
    expected: /rows\[0\]: 21 columns exceeds the limit of 20/,
  },
  {
    name: 'markdown block text (12000)',
    atLimit: () => message([{ type: 'markdown', text: x(12_000) }]),
    pastLimit: () => message([{ type: 'markdown', text: x(12_001) }]),
    expected: /blocks\[0\]\.text: 12001 characters exceeds the limit of 12000/,
  },
  {
    name: 'message top-level text (40000)',
    atLimit: () => findBlockKitViolations('message', { text: x(40_000) }),
    pastLimit: () => findBlockKitViolations('message', { text: x(40_001) }),
    expected: /^text: 40001 characters exceeds the limit of 40000$/,
  },
];

describe('findBlockKitViolations limits', () => {
  for (const c of cases) {
    describe(c.name, () => {
      it('accepts a payload exactly at the limit', () => {
        expect(c.atLimit()).toEqual([]);
      });
      it('refuses a payload one past the limit', () => {
        const violations = c.pastLimit();
        expect(violations).toHaveLength(1);
        expect(violations[0]).toMatch(c.expected);
      });
    });
  }
});

describe('findBlockKitViolations uniqueness and required parts', () => {
  it('refuses a block_id used twice in one surface', () => {
    const violations = message([
      { ...section(), block_id: 'a' },
      { type: 'divider', block_id: 'a' },
    ]);
    expect(violations).toEqual(['blocks[1].block_id: duplicate block_id "a"']);
  });

  it('refuses an action_id used twice in one actions block but allows reuse across blocks', () => {
    expect(message([actions([button(), button()])])).toEqual([
      'blocks[0].elements[1].action_id: duplicate action_id "go" in this actions block',
    ]);
    expect(message([actions([button()]), actions([button()])])).toEqual([]);
  });

  it('requires plain_text for header, button and modal title', () => {
    expect(message([{ type: 'header', text: mrkdwn('h') }])).toEqual(['blocks[0].text.type: must be plain_text, got mrkdwn']);
    expect(message([actions([button({ text: mrkdwn('b') })])])).toHaveLength(1);
    expect(modalView(modal({ title: mrkdwn('t') }))).toHaveLength(1);
  });

  it('requires an input block to have a label and an element', () => {
    const view = modal({ submit: plain('OK'), blocks: [{ type: 'input' }] });
    expect(modalView(view)).toEqual(['view.blocks[0].label: is required', 'view.blocks[0].element: is required']);
  });

  it('requires submit on a modal that has input blocks', () => {
    expect(modalView(modal({ blocks: [input()] }))).toEqual(['view.submit: is required when the modal has input blocks']);
  });

  it('requires the view type to match the surface', () => {
    expect(homeView(modal())).toContain('view.type: must be "home"');
  });
});

describe('findBlockKitViolations malformed shapes', () => {
  it('refuses blocks that are not an array', () => {
    expect(message({ type: 'section' })).toEqual(['blocks: must be an array']);
    expect(message('[]')).toEqual(['blocks: must be an array']);
  });

  it('refuses a block that is not an object', () => {
    expect(message([null, 'divider'])).toEqual(['blocks[0]: must be an object', 'blocks[1]: must be an object']);
  });

  it('refuses unknown or missing block types', () => {
    expect(message([{ type: 'carousel' }, {}])).toEqual([
      'blocks[0].type: unknown block type "carousel"',
      'blocks[1].type: unknown block type undefined',
    ]);
  });

  it('accepts every known block type in a valid shape', () => {
    const blocks = [
      section(),
      { type: 'header', text: plain('H') },
      { type: 'divider' },
      { type: 'context', elements: [mrkdwn('c'), { type: 'image', image_url: 'https://x/y.png', alt_text: 'y' }] },
      actions([button()]),
      input(),
      { type: 'image', image_url: 'https://x/y.png', alt_text: 'y' },
      { type: 'rich_text', elements: [] },
      table(1, 1),
      { type: 'markdown', text: '**hi**' },
    ];
    expect(message(blocks)).toEqual([]);
  });

  it('refuses a text object without a type', () => {
    expect(message([{ type: 'section', text: { text: 'hi' } }])).toEqual(['blocks[0].text: text object has no type']);
  });

  it('refuses a section with neither text nor fields', () => {
    expect(message([{ type: 'section' }])).toEqual(['blocks[0]: needs text or fields']);
  });

  it('refuses table cells of unknown type and rows that are not arrays', () => {
    expect(message([{ type: 'table', rows: [[{ type: 'cell' }], 'row'] }])).toEqual([
      'blocks[0].rows[0][0].type: must be raw_text or rich_text',
      'blocks[0].rows[1]: must be an array',
    ]);
  });

  it('refuses a modal or home surface with no view', () => {
    expect(findBlockKitViolations('modal', {})).toEqual(['view: is required']);
    expect(modalView('modal')).toEqual(['view: must be an object']);
  });

  it('refuses non-string top-level text', () => {
    expect(findBlockKitViolations('message', { text: 42 })).toEqual(['text: must be a string']);
  });
});
