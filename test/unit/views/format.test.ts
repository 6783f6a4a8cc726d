import { describe, expect, it } from 'vitest';
import { workingCalendar } from '../../../src/domain/calendar.js';
import { en } from '../../../src/i18n/en.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';
import { writeDatesBy } from '../../../src/slack/views/date-words.js';
import {
  channelMention,
  context,
  escapeText,
  fit,
  formatDate,
  formatStatutoryDate,
  header,
  mention,
  plainMessage,
  section,
} from '../../../src/slack/views/format.js';
import { expectValidMessage, longText } from './fixtures.js';

describe('formatDate', () => {
  it.each([
    ['2026-03-02', '3月2日（周一）', 'Mon 2 Mar'],
    ['2026-02-14', '2月14日（周六，调休上班）', 'Sat 14 Feb (a working day)'],
    ['2026-03-01', '3月1日（周日）', 'Sun 1 Mar'],
    ['2026-10-02', '10月2日（周五，休息日）', 'Fri 2 Oct (a day off)'],
    ['2026-12-31', '12月31日（周四）', 'Thu 31 Dec'],
    ['2028-02-29', '2月29日（周二）', 'Tue 29 Feb'],
  ])('%s reads %s and %s', (date, zh, english) => {
    expect(formatDate(zhCN, date)).toBe(zh);
    expect(formatDate(en, date)).toBe(english);
  });

  it('keeps a statutory deadline on a rest day and says so, the law’s date', () => {
    expect(formatStatutoryDate(zhCN, '2026-06-14')).toBe('6月14日（周日，法定期限为休息日）');
    expect(formatStatutoryDate(zhCN, '2026-10-02')).toBe('10月2日（周五，法定期限为休息日）');
    expect(formatStatutoryDate(zhCN, '2026-06-15')).toBe('6月15日（周一）');
    expect(formatStatutoryDate(zhCN, '2026-02-14')).toBe('2月14日（周六，调休上班）');
    expect(formatStatutoryDate(en, '2026-06-14')).toBe('Sun 14 Jun (the statutory date, a day off)');
  });

  it('writes the office’s own days as soon as it sets them', () => {
    const before = formatDate(zhCN, '2026-03-04');
    writeDatesBy(workingCalendar(new Map([['2026-03-04', 'holiday']])));
    try {
      expect(before).toBe('3月4日（周三）');
      expect(formatDate(zhCN, '2026-03-04')).toBe('3月4日（周三，休息日）');
    } finally {
      writeDatesBy(workingCalendar());
    }
    expect(formatDate(zhCN, '2026-03-04')).toBe('3月4日（周三）');
  });
});

describe('fit', () => {
  it('keeps text within the limit', () => {
    expect(fit('', 3)).toBe('');
    expect(fit('abc', 3)).toBe('abc');
  });

  it('cuts longer text to exactly the limit, marking the cut', () => {
    expect(fit('abcd', 3)).toBe('ab…');
    expect(fit(longText(3001), 3000)).toHaveLength(3000);
    expect(fit(longText(3001), 3000).endsWith('…')).toBe(true);
  });

  it('counts UTF-16 units, the strictest reading of Slack’s limits, and never splits a character', () => {
    expect(fit('𠀋𠀋𠀋𠀋', 3)).toBe('𠀋…');
    expect(fit('𠀋𠀋𠀋𠀋', 6)).toBe('𠀋𠀋…');
    expect(fit('😀'.repeat(2000), 3000).length).toBeLessThanOrEqual(3000);
  });
});

describe('block helpers', () => {
  it('build the blocks Slack expects', () => {
    expect(mention('U1')).toBe('<@U1>');
    expect(channelMention('C1')).toBe('<#C1>');
    expect(section('hi')).toEqual({ type: 'section', text: { type: 'mrkdwn', text: 'hi' } });
    expect(context('hi')).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: 'hi' }] });
    expect(header('hi')).toEqual({ type: 'header', text: { type: 'plain_text', text: 'hi' } });
    expect(plainMessage('hi')).toEqual({ text: 'hi', blocks: [section('hi')] });
  });

  it('fit any text into a valid message', () => {
    const huge = longText(10_000);
    expectValidMessage({ text: 'x', blocks: [section(huge), context(huge), header(huge)] });
    expectValidMessage(plainMessage(huge));
  });
});

describe('escapeText', () => {
  it('shows stored text literally: no mention, broadcast or link can hide in it', () => {
    expect(escapeText('<!channel> & <@U1> <https://x.org|y>')).toBe('&lt;!channel&gt; &amp; &lt;@U1&gt; &lt;https://x.org|y&gt;');
  });
});
