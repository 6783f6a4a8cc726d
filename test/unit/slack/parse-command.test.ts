import { describe, expect, it } from 'vitest';
import { type Command, type CommandProblem, parseCommand, plainText } from '../../../src/slack/command/parse-command.js';

const command = (text: string): Command => {
  const parsed = parseCommand(text);
  if (!parsed.ok) throw new Error(`expected ${JSON.stringify(text)} to parse, got ${JSON.stringify(parsed.problem)}`);
  return parsed.command;
};
const problem = (text: string): CommandProblem => {
  const parsed = parseCommand(text);
  if (parsed.ok) throw new Error(`expected ${JSON.stringify(text)} to be refused, got ${JSON.stringify(parsed.command)}`);
  return parsed.problem;
};

describe('help', () => {
  it.each(['', '   ', 'help', 'HELP', '帮助', ' help ', 'help me please'])('%j asks for help', (text) => {
    expect(command(text)).toEqual({ verb: 'help' });
  });
});

describe('assign', () => {
  it.each(['assign', '交办', 'Assign  '])('%j alone opens the form', (text) => {
    expect(command(text)).toEqual({ verb: 'assign-modal' });
  });

  it('reads code, lead, co, handler, due and a title with spaces to the end of the line', () => {
    expect(
      command('assign 2026-0123 lead:省水利厅 co:省民政厅,省财政厅 handler:<@U012AB|zhang> due:2026-06-30 title:关于推进 河湖长制 的建议'),
    ).toEqual({
      verb: 'assign',
      code: '2026-0123',
      lead: { text: '省水利厅' },
      co: [{ text: '省民政厅' }, { text: '省财政厅' }],
      handlerUserId: 'U012AB',
      dueOn: '2026-06-30',
      title: '关于推进 河湖长制 的建议',
    });
  });

  it('needs only a code and a lead', () => {
    expect(command('assign 2026-0001 lead:水利厅')).toEqual({ verb: 'assign', code: '2026-0001', lead: { text: '水利厅' }, co: [] });
  });

  it('reads the Chinese subcommand, Chinese option keys, full-width colons and Chinese list separators', () => {
    expect(
      command('交办 2026-0002 主办：省水利厅 会办：省民政厅，省财政厅、省交通厅 经办人：<@U1> 期限：2026-05-01 标题：农村 饮水'),
    ).toEqual({
      verb: 'assign',
      code: '2026-0002',
      lead: { text: '省水利厅' },
      co: [{ text: '省民政厅' }, { text: '省财政厅' }, { text: '省交通厅' }],
      handlerUserId: 'U1',
      dueOn: '2026-05-01',
      title: '农村 饮水',
    });
  });

  it('separates words with ideographic spaces too', () => {
    expect(command('assign\u30002026-0003\u3000lead:水利厅')).toMatchObject({ code: '2026-0003', lead: { text: '水利厅' } });
  });

  it('takes units as channel mentions', () => {
    expect(command('assign 2026-0004 lead:<#C0WATER|water> co:<#C0CIVIL|civil>,民政厅')).toMatchObject({
      lead: { text: '<#C0WATER|water>', channelId: 'C0WATER' },
      co: [{ text: '<#C0CIVIL|civil>', channelId: 'C0CIVIL' }, { text: '民政厅' }],
    });
  });

  it('reads option keys in any case', () => {
    expect(command('assign 2026-0005 LEAD:水利厅 Due:2026-05-01')).toMatchObject({ lead: { text: '水利厅' }, dueOn: '2026-05-01' });
  });

  it('lets the title hold words that look like options', () => {
    expect(command('assign 2026-0006 lead:水利厅 title:把 due:明天 和 co:x 写进标题')).toMatchObject({
      title: '把 due:明天 和 co:x 写进标题',
    });
    expect(command('assign 2026-0006 lead:水利厅 title:x')).not.toHaveProperty('dueOn');
  });

  it('leaves the title out when it is blank', () => {
    expect(command('assign 2026-0007 lead:水利厅 title:   ')).not.toHaveProperty('title');
  });

  it('accepts an unescaped user mention without a label', () => {
    expect(command('assign 2026-0008 lead:x handler:<@W99>')).toMatchObject({ handlerUserId: 'W99' });
  });

  it('refuses a missing code or lead as usage: missing', () => {
    expect(problem('assign lead:水利厅')).toEqual({ kind: 'usage', subcommand: 'assign', detail: 'missing' });
    expect(problem('assign title:只有标题')).toEqual({ kind: 'usage', subcommand: 'assign', detail: 'missing' });
    expect(problem('assign 2026-0001')).toEqual({ kind: 'usage', subcommand: 'assign', detail: 'missing' });
    expect(problem('assign 2026-0001 co:民政厅')).toEqual({ kind: 'usage', subcommand: 'assign', detail: 'missing' });
  });

  it('refuses stray words, unknown or misplaced options and empty values as usage: unexpected', () => {
    expect(problem('assign 2026-0001 lead:水利厅 urgent')).toEqual({
      kind: 'usage',
      subcommand: 'assign',
      detail: 'unexpected',
      given: 'urgent',
    });
    expect(problem('assign 2026-0001 lead:水利厅 priority:high')).toEqual({
      kind: 'usage',
      subcommand: 'assign',
      detail: 'unexpected',
      given: 'priority:high',
    });
    expect(problem('assign 2026-0001 lead:水利厅 alias:水利')).toEqual({
      kind: 'usage',
      subcommand: 'assign',
      detail: 'unexpected',
      given: 'alias:水利',
    });
    expect(problem('assign 2026-0001 lead:')).toEqual({ kind: 'usage', subcommand: 'assign', detail: 'unexpected', given: 'lead:' });
  });

  it.each(['2026-02-30', '2026-13-01', '2025-02-29', '2026/13/1', '2026年2月30日', '2026-06', 'tomorrow'])(
    'refuses due:%s as a bad date',
    (date) => {
      expect(problem(`assign 2026-0001 lead:水利厅 due:${date}`)).toMatchObject({ kind: 'bad_date', given: date });
    },
  );

  it.each(['#12', '编号1', 'x'.repeat(33), '-2026', 'a:b'])('refuses the code %j', (code) => {
    expect(problem(`assign ${code} lead:水利厅`)).toMatchObject({ kind: 'bad_code', given: code });
  });

  it('accepts codes of letters, digits and - _ . / up to 32 characters', () => {
    for (const code of ['2026-0123', 'A', 'b2026_01.x/3', 'x'.repeat(32)]) expect(command(`assign ${code} lead:u`)).toMatchObject({ code });
  });

  it.each(['@zhang', 'zhang', '<#C123|water>', '<@u123>'])('refuses handler:%s as not a person', (user) => {
    expect(problem(`assign 2026-0001 lead:水利厅 handler:${user}`)).toMatchObject({ kind: 'bad_user', given: user });
  });
});

describe('dates as a 交办清单 accepts them', () => {
  const written = ['2026-06-30', '2026-6-30', '2026/6/30', '2026/06/30', '2026.6.30', '2026年6月30日'];

  it.each(written)('reads %s wherever a command takes a date', (date) => {
    expect(command(`assign 2026-0001 lead:水利厅 due:${date}`)).toMatchObject({ dueOn: '2026-06-30' });
    expect(command(`assign 2026-0001 lead:水利厅 期限：${date} title:关于 河湖 的建议`)).toMatchObject({ dueOn: '2026-06-30' });
    expect(command(`extend 2026-0001 ${date} 需要协调`)).toEqual({
      verb: 'extend',
      code: '2026-0001',
      dueOn: '2026-06-30',
      reason: '需要协调',
    });
    expect(command(`calendar add ${date} workday 调休`)).toEqual({
      verb: 'calendar-add',
      day: '2026-06-30',
      kind: 'workday',
      note: '调休',
    });
    expect(command(`工作日历 删除 ${date}`)).toEqual({ verb: 'calendar-remove', day: '2026-06-30' });
    expect(command(`delegate <@U1|li> until:${date}`)).toEqual({ verb: 'delegate', userId: 'U1', until: '2026-06-30' });
    expect(command(`代理 <@U1|li> 至：${date}`)).toEqual({ verb: 'delegate', userId: 'U1', until: '2026-06-30' });
  });

  it.each(['2026-02-30', '2026/13/1', '2026年2月30日', '2026/6'])('refuses %s as a bad date wherever a command takes one', (date) => {
    const badDate = { kind: 'bad_date', given: date };
    expect(problem(`assign 2026-0001 lead:水利厅 due:${date}`)).toMatchObject(badDate);
    expect(problem(`extend 2026-0001 ${date} 需要协调`)).toMatchObject({ ...badDate, subcommand: 'extend' });
    expect(problem(`calendar add ${date} holiday`)).toMatchObject({ ...badDate, subcommand: 'calendar' });
    expect(problem(`calendar remove ${date}`)).toMatchObject({ ...badDate, subcommand: 'calendar' });
    expect(problem(`delegate <@U1|li> until:${date}`)).toMatchObject({ ...badDate, subcommand: 'delegate' });
  });
});

describe('list', () => {
  it.each([
    ['list', 'open'],
    ['列表', 'open'],
    ['list mine', 'mine'],
    ['list overdue', 'overdue'],
    ['list open', 'open'],
    ['list replied', 'replied'],
    ['list closed', 'closed'],
    ['list followup', 'followup'],
    ['list all', 'all'],
    ['list ALL', 'all'],
    ['列表 我的', 'mine'],
    ['列表 逾期', 'overdue'],
    ['列表 在办', 'open'],
    ['列表 已答复', 'replied'],
    ['列表 已办结', 'closed'],
    ['列表 跟踪', 'followup'],
    ['列表 全部', 'all'],
  ] as const)('%j lists %s', (text, kind) => {
    expect(command(text)).toEqual({ verb: 'list', filter: { kind } });
  });

  it('filters by a unit named, aliased or mentioned', () => {
    expect(command('list unit:省水利厅')).toEqual({ verb: 'list', filter: { kind: 'unit', unit: { text: '省水利厅' } } });
    expect(command('列表 单位：水利厅')).toEqual({ verb: 'list', filter: { kind: 'unit', unit: { text: '水利厅' } } });
    expect(command('list unit:<#C0WATER|water>')).toEqual({
      verb: 'list',
      filter: { kind: 'unit', unit: { text: '<#C0WATER|water>', channelId: 'C0WATER' } },
    });
  });

  it('refuses an unknown filter with the closest one', () => {
    expect(problem('list overdu')).toMatchObject({ kind: 'bad_list_filter', given: 'overdu', closest: 'overdue' });
    expect(problem('list replyed')).toMatchObject({ kind: 'bad_list_filter', given: 'replyed', closest: 'replied' });
    expect(problem('list unit:')).toMatchObject({ kind: 'bad_list_filter', given: 'unit:' });
    expect(problem('list zzzzzzzz')).toMatchObject({ kind: 'bad_list_filter', given: 'zzzzzzzz', closest: undefined });
  });

  it('refuses more than one filter', () => {
    expect(problem('list mine overdue')).toEqual({ kind: 'usage', subcommand: 'list', detail: 'unexpected' });
  });
});

describe('show and accept', () => {
  it.each([
    ['show 2026-0123', 'show'],
    ['查看 2026-0123', 'show'],
    ['accept 2026-0123', 'accept'],
    ['签收 2026-0123', 'accept'],
  ] as const)('%j', (text, verb) => {
    expect(command(text)).toEqual({ verb, code: '2026-0123' });
  });

  it('keeps the code as typed', () => {
    expect(command('SHOW Ab-01')).toEqual({ verb: 'show', code: 'Ab-01' });
  });

  it.each(['show', 'accept'] as const)('%s needs exactly one code', (verb) => {
    expect(problem(verb)).toEqual({ kind: 'usage', subcommand: verb, detail: 'missing' });
    expect(problem(`${verb} 2026-0001 2026-0002`)).toEqual({ kind: 'usage', subcommand: verb, detail: 'unexpected' });
    expect(problem(`${verb} #1`)).toMatchObject({ kind: 'bad_code', given: '#1' });
  });
});

describe('unit add', () => {
  it('reads the name alone', () => {
    expect(command('unit add 省水利厅')).toEqual({ verb: 'unit-add', name: '省水利厅', aliases: [] });
  });

  it('reads aliases, channel, liaison and leader', () => {
    expect(command('unit add 省水利厅 alias:水利厅,水利 channel:<#C0WATER|water> liaison:<@U0LIA|li> leader:<@U0LEAD|wang>')).toEqual({
      verb: 'unit-add',
      name: '省水利厅',
      aliases: ['水利厅', '水利'],
      channelId: 'C0WATER',
      liaisonUserId: 'U0LIA',
      leaderUserId: 'U0LEAD',
    });
  });

  it('reads the Chinese words, full-width colons and Chinese separators', () => {
    expect(command('单位 添加 省水利厅 简称：水利厅，水利、水 频道：<#C0WATER|water> 联络员：<@U0LIA> 分管领导：<@U0LEAD>')).toEqual({
      verb: 'unit-add',
      name: '省水利厅',
      aliases: ['水利厅', '水利', '水'],
      channelId: 'C0WATER',
      liaisonUserId: 'U0LIA',
      leaderUserId: 'U0LEAD',
    });
  });

  it('drops empty aliases', () => {
    expect(command('unit add 省水利厅 alias:水利厅,,、水利')).toMatchObject({ aliases: ['水利厅', '水利'] });
  });

  it('refuses a missing name', () => {
    expect(problem('unit add')).toEqual({ kind: 'usage', subcommand: 'unit add', detail: 'missing' });
    expect(problem('unit add alias:水利')).toEqual({ kind: 'usage', subcommand: 'unit add', detail: 'missing' });
  });

  it('refuses stray words and options that belong elsewhere', () => {
    expect(problem('unit add 省水利厅 水利')).toEqual({ kind: 'usage', subcommand: 'unit add', detail: 'unexpected', given: '水利' });
    expect(problem('unit add 省水利厅 lead:x')).toEqual({ kind: 'usage', subcommand: 'unit add', detail: 'unexpected', given: 'lead:x' });
    expect(problem('unit add 省水利厅 alias:')).toEqual({ kind: 'usage', subcommand: 'unit add', detail: 'unexpected', given: 'alias:' });
  });

  it('refuses a channel that is not a channel mention', () => {
    expect(problem('unit add 省水利厅 channel:#water')).toMatchObject({ kind: 'bad_channel', given: '#water' });
    expect(problem('unit add 省水利厅 channel:<@U1>')).toMatchObject({ kind: 'bad_channel', given: '<@U1>' });
  });

  it('refuses a liaison or leader that is not a user mention', () => {
    expect(problem('unit add 省水利厅 liaison:@li')).toMatchObject({ kind: 'bad_user', given: '@li' });
    expect(problem('unit add 省水利厅 leader:<#C1|x>')).toMatchObject({ kind: 'bad_user', given: '<#C1|x>' });
  });
});

describe('unit member', () => {
  it.each([
    ['liaison', 'liaison'],
    ['handler', 'handler'],
    ['division', 'division'],
    ['leader', 'leader'],
    ['head', 'head'],
    ['member', 'member'],
    ['Leader', 'leader'],
    ['联络员', 'liaison'],
    ['经办人', 'handler'],
    ['处室负责人', 'division'],
    ['分管领导', 'leader'],
    ['主要领导', 'head'],
    ['成员', 'member'],
  ] as const)('reads the role %s', (word, role) => {
    expect(command(`unit member 省水利厅 <@U0ZHANG|zhang> ${word}`)).toEqual({
      verb: 'unit-member',
      unit: { text: '省水利厅' },
      userId: 'U0ZHANG',
      role,
    });
  });

  it('reads the Chinese words and a unit by channel', () => {
    expect(command('单位 成员 <#C0WATER|water> <@U0ZHANG> 经办人')).toEqual({
      verb: 'unit-member',
      unit: { text: '<#C0WATER|water>', channelId: 'C0WATER' },
      userId: 'U0ZHANG',
      role: 'handler',
    });
  });

  it('refuses an unknown role with the closest one', () => {
    expect(problem('unit member 水利厅 <@U1> liason')).toMatchObject({ kind: 'bad_role', given: 'liason', closest: 'liaison' });
    expect(problem('unit member 水利厅 <@U1> 联络')).toMatchObject({ kind: 'bad_role', given: '联络', closest: '联络员' });
    expect(problem('unit member 水利厅 <@U1> zzzzzzzz')).toMatchObject({ kind: 'bad_role', given: 'zzzzzzzz', closest: undefined });
  });

  it('refuses a person who is not a mention', () => {
    expect(problem('unit member 水利厅 zhang handler')).toMatchObject({ kind: 'bad_user', given: 'zhang' });
  });

  it('needs exactly unit, person and role', () => {
    expect(problem('unit member 水利厅 <@U1>')).toEqual({ kind: 'usage', subcommand: 'unit member', detail: 'missing' });
    expect(problem('unit member')).toEqual({ kind: 'usage', subcommand: 'unit member', detail: 'missing' });
    expect(problem('unit member 水利厅 <@U1> handler extra')).toEqual({ kind: 'usage', subcommand: 'unit member', detail: 'unexpected' });
  });
});

describe('unit without an action', () => {
  it('asks for add or member', () => {
    expect(problem('unit')).toEqual({ kind: 'usage', subcommand: 'unit', detail: 'missing', given: undefined });
    expect(problem('单位')).toEqual({ kind: 'usage', subcommand: 'unit', detail: 'missing', given: undefined });
    expect(problem('unit remove 水利厅')).toEqual({ kind: 'usage', subcommand: 'unit', detail: 'unexpected', given: 'remove' });
  });
});

describe('replies, verdicts and commitments', () => {
  it.each([
    ['opinion 2026-0001', { verb: 'opinion-modal', code: '2026-0001' }],
    ['会办意见 2026-0001', { verb: 'opinion-modal', code: '2026-0001' }],
    ['reply 2026-0001', { verb: 'reply-modal', code: '2026-0001' }],
    ['答复 2026-0001', { verb: 'reply-modal', code: '2026-0001' }],
    ['evaluate 2026-0001 满意', { verb: 'evaluate', code: '2026-0001', verdict: 'satisfied', note: '' }],
    ['评价 2026-0001 基本满意 希望 加快', { verb: 'evaluate', code: '2026-0001', verdict: 'basically_satisfied', note: '希望 加快' }],
    ['evaluate 2026-0001 Basically-Satisfied', { verb: 'evaluate', code: '2026-0001', verdict: 'basically_satisfied', note: '' }],
    ['evaluate 2026-0001 不满意 <@U1|zhang> 说', { verb: 'evaluate', code: '2026-0001', verdict: 'dissatisfied', note: '@zhang 说' }],
    ['commitment done 2026-0001 1', { verb: 'commitment-done', code: '2026-0001', seq: 1 }],
    ['核销 2026-0001 12', { verb: 'commitment-done', code: '2026-0001', seq: 12 }],
    ['commitment 完成 2026-0001 2', { verb: 'commitment-done', code: '2026-0001', seq: 2 }],
  ] as const)('%j', (text, expected) => {
    expect(command(text)).toEqual(expected);
  });

  it.each([
    ['opinion', { kind: 'usage', subcommand: 'opinion', detail: 'missing' }],
    ['reply 2026-0001 extra', { kind: 'usage', subcommand: 'reply', detail: 'unexpected' }],
    ['reply 2026/<b>', { kind: 'bad_code', given: '2026/<b>' }],
    ['evaluate 2026-0001', { kind: 'usage', subcommand: 'evaluate', detail: 'missing' }],
    ['evaluate 2026-0001 很好', { kind: 'bad_verdict', given: '很好' }],
    ['commitment 2026-0001 1', { kind: 'usage', subcommand: 'commitment', detail: 'unexpected', given: '2026-0001' }],
    ['commitment done 2026-0001', { kind: 'usage', subcommand: 'commitment', detail: 'missing' }],
    ['commitment done 2026-0001 0', { kind: 'bad_seq', given: '0' }],
    ['commitment done 2026-0001 一', { kind: 'bad_seq', given: '一' }],
    ['commitment done 2026-0001 1 2', { kind: 'usage', subcommand: 'commitment', detail: 'unexpected', given: '2' }],
  ] as const)('%j is refused', (text, expected) => {
    expect(problem(text)).toMatchObject(expected);
  });
});

describe('export', () => {
  it.each([
    ['export', { verb: 'export' }],
    ['导出', { verb: 'export' }],
    ['export unit:水利厅', { verb: 'export', unit: { text: '水利厅' } }],
    ['导出 单位：<#C123|water>', { verb: 'export', unit: { text: '<#C123|water>', channelId: 'C123' } }],
  ] as const)('%j', (text, expected) => {
    expect(command(text)).toEqual(expected);
  });

  it('refuses anything but a unit', () => {
    expect(problem('export 2026-0001')).toEqual({ kind: 'usage', subcommand: 'export', detail: 'unexpected', given: '2026-0001' });
    expect(problem('export unit:水利厅 more')).toEqual({ kind: 'usage', subcommand: 'export', detail: 'unexpected', given: 'more' });
  });
});

describe('import', () => {
  it('opens the form, in either language, and takes nothing after it', () => {
    expect(command('import')).toEqual({ verb: 'import-modal' });
    expect(command('导入')).toEqual({ verb: 'import-modal' });
    expect(problem('import 清单.csv')).toEqual({ kind: 'usage', subcommand: 'import', detail: 'unexpected', given: '清单.csv' });
  });

  it.each(['import template', 'import Template', '导入 模板', '导入　模板', '导入 模版', 'import 模板'])(
    '%j asks for the template',
    (text) => {
      expect(command(text)).toEqual({ verb: 'import-template' });
    },
  );

  it('refuses any other word, and anything after template, with the usage line', () => {
    expect(problem('import templates')).toEqual({ kind: 'usage', subcommand: 'import', detail: 'unexpected', given: 'templates' });
    expect(problem('导入 清单')).toEqual({ kind: 'usage', subcommand: 'import', detail: 'unexpected', given: '清单' });
    expect(problem('import template xlsx')).toEqual({ kind: 'usage', subcommand: 'import', detail: 'unexpected', given: 'xlsx' });
  });
});

describe('session', () => {
  it('shows the sessions, or starts the next one by a name to the end, in either language', () => {
    expect(command('session')).toEqual({ verb: 'session-show' });
    expect(command('会次')).toEqual({ verb: 'session-show' });
    expect(command('session new 2027')).toEqual({ verb: 'session-new', name: '2027' });
    expect(command('会次 新建 十四届 三次会议')).toEqual({ verb: 'session-new', name: '十四届 三次会议' });
  });

  it('asks for a name, refuses an unknown action, and a name longer than 40 characters', () => {
    expect(problem('session new')).toEqual({ kind: 'usage', subcommand: 'session', detail: 'missing' });
    expect(problem('session close 2026')).toEqual({ kind: 'usage', subcommand: 'session', detail: 'unexpected', given: 'close' });
    expect(problem(`session new ${'届'.repeat(41)}`)).toMatchObject({ kind: 'usage', subcommand: 'session', detail: 'unexpected' });
    expect(command(`session new ${'届'.repeat(40)}`)).toEqual({ verb: 'session-new', name: '届'.repeat(40) });
  });
});

describe('unknown subcommands', () => {
  it('suggest the closest subcommand', () => {
    expect(problem('asign 2026-0001')).toEqual({ kind: 'unknown_subcommand', given: 'asign', closest: 'assign' });
    expect(problem('lsit')).toEqual({ kind: 'unknown_subcommand', given: 'lsit', closest: 'list' });
    expect(problem('Accpet 2026-0001')).toEqual({ kind: 'unknown_subcommand', given: 'Accpet', closest: 'accept' });
    expect(problem('交班')).toEqual({ kind: 'unknown_subcommand', given: '交班', closest: '交办' });
    expect(problem('rnak')).toEqual({ kind: 'unknown_subcommand', given: 'rnak', closest: 'rank' });
  });

  it('suggest nothing when nothing is close', () => {
    expect(problem('qwertyuiop')).toEqual({ kind: 'unknown_subcommand', given: 'qwertyuiop', closest: undefined });
  });
});

describe('words that are properties of every object', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('reads %s as an unknown word everywhere', (word) => {
    expect(parseCommand(word)).toMatchObject({ ok: false, problem: { kind: 'unknown_subcommand', given: word } });
    expect(parseCommand(`list ${word}`)).toMatchObject({ ok: false, problem: { kind: 'bad_list_filter', given: word } });
    expect(parseCommand(`unit member 水利厅 <@U1> ${word}`)).toMatchObject({ ok: false, problem: { kind: 'bad_role', given: word } });
    expect(parseCommand(`assign 2026-0001 lead:水利厅 ${word}:x`)).toMatchObject({ ok: false, problem: { kind: 'usage' } });
  });
});

describe('free text as a person meant it', () => {
  it('turns Slack’s escaping back into plain text', () => {
    expect(plainText('关于 &lt;河湖&gt; &amp; 水的建议')).toBe('关于 <河湖> & 水的建议');
    expect(plainText('ping <!channel> <!here|here> <@U123|wang> <#C1|water> <!subteam^S1|@team>')).toBe(
      'ping @channel @here @wang #water @team',
    );
    expect(plainText('<https://example.org|规划> <https://example.org>')).toBe('规划 https://example.org');
  });

  it('stores a title, a unit name and its aliases as plain text', () => {
    expect(command('assign 2026-0001 lead:水利厅 title:告诉 <!channel> &lt;紧急&gt;')).toMatchObject({ title: '告诉 @channel <紧急>' });
    expect(command('unit add 省A&amp;B厅 alias:A&amp;B,甲')).toMatchObject({ name: '省A&B厅', aliases: ['A&B', '甲'] });
    expect(command('assign 2026-0001 lead:A&amp;B')).toMatchObject({ lead: { text: 'A&B' } });
  });
});

describe('publish', () => {
  it.each(['publish', '公开目录', '公开', 'Publish'])('%j lists the replies still to publish', (text) => {
    expect(command(text)).toEqual({ verb: 'publish', all: false });
  });

  it.each(['publish all', '公开目录 全部', '公开 all', 'publish ALL'])('%j lists those published too', (text) => {
    expect(command(text)).toEqual({ verb: 'publish', all: true });
  });

  it('refuses any other word, and anything after all, with the usage line', () => {
    expect(problem('publish 2026-0101')).toEqual({ kind: 'usage', subcommand: 'publish', detail: 'unexpected', given: '2026-0101' });
    expect(problem('公开目录 全部 今天')).toEqual({ kind: 'usage', subcommand: 'publish', detail: 'unexpected', given: '今天' });
  });
});

describe('key (重点督办)', () => {
  it('reads the code, the leader and the note, which takes the rest of the line', () => {
    expect(command('key 2026-0002')).toEqual({ verb: 'key', code: '2026-0002' });
    expect(command('key 2026-0002 leader:<@U0LEAD|zhang> note:请于 6 月底前 解决')).toEqual({
      verb: 'key',
      code: '2026-0002',
      leaderUserId: 'U0LEAD',
      note: '请于 6 月底前 解决',
    });
    expect(command('重点 2026-0002 批示：先解决两个乡镇 分管领导：<@U0LEAD>')).toEqual({
      verb: 'key',
      code: '2026-0002',
      note: '先解决两个乡镇 分管领导：@U0LEAD',
    });
    expect(command('重点督办 2026-0002 分管领导:<@U0LEAD|张>')).toEqual({ verb: 'key', code: '2026-0002', leaderUserId: 'U0LEAD' });
    expect(command('key 2026-0002 note:<!channel> &lt;急&gt;')).toMatchObject({ note: '@channel <急>' });
  });

  it.each(['key off 2026-0002', '重点 取消 2026-0002', '重点 结束 2026-0002'])('%j ends it', (text) => {
    expect(command(text)).toEqual({ verb: 'key-off', code: '2026-0002' });
  });

  it('refuses a leader who is not a person, an unknown option, a bad code and a missing one, changing nothing', () => {
    expect(problem('key 2026-0002 leader:<#C0WATER|水利厅>')).toMatchObject({ kind: 'bad_user', subcommand: 'key' });
    expect(problem('key 2026-0002 leader:张厅长')).toMatchObject({ kind: 'bad_user', given: '张厅长' });
    expect(problem('key 2026-0002 due:2026-06-30')).toEqual({
      kind: 'usage',
      subcommand: 'key',
      detail: 'unexpected',
      given: 'due:2026-06-30',
    });
    expect(problem('key 二〇二六')).toMatchObject({ kind: 'bad_code', given: '二〇二六' });
    expect(problem('key')).toEqual({ kind: 'usage', subcommand: 'key', detail: 'missing' });
    expect(problem('key off')).toMatchObject({ kind: 'usage', subcommand: 'key', detail: 'missing' });
    expect(problem('key off 2026-0002 2026-0003')).toMatchObject({ kind: 'usage', detail: 'unexpected', given: '2026-0003' });
    expect(problem(`key 2026-0002 note:${'批'.repeat(501)}`)).toMatchObject({ kind: 'usage', subcommand: 'key', detail: 'unexpected' });
  });

  it('lists them with list key (列表 重点)', () => {
    expect(command('list key')).toEqual({ verb: 'list', filter: { kind: 'key' } });
    expect(command('列表 重点')).toEqual({ verb: 'list', filter: { kind: 'key' } });
  });
});
