import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/slack/command/parse-command.js';

describe('parseCommand: calendar', () => {
  it('reads add, list and remove, with Chinese words', () => {
    expect(parseCommand('calendar add 2026-10-10 workday 国庆调休')).toEqual({
      ok: true,
      command: { verb: 'calendar-add', day: '2026-10-10', kind: 'workday', note: '国庆调休' },
    });
    expect(parseCommand('工作日历 添加 2027-01-01 休息日')).toEqual({
      ok: true,
      command: { verb: 'calendar-add', day: '2027-01-01', kind: 'holiday', note: '' },
    });
    expect(parseCommand('calendar')).toEqual({ ok: true, command: { verb: 'calendar-list' } });
    expect(parseCommand('calendar list')).toEqual({ ok: true, command: { verb: 'calendar-list' } });
    expect(parseCommand('calendar remove 2026-10-10')).toEqual({ ok: true, command: { verb: 'calendar-remove', day: '2026-10-10' } });
  });

  it('explains an impossible date, an unknown kind of day, and a missing or extra word', () => {
    expect(parseCommand('calendar add 2026-02-30 holiday')).toMatchObject({
      ok: false,
      problem: { kind: 'bad_date', given: '2026-02-30' },
    });
    expect(parseCommand('calendar add 2026-10-10 weekend')).toMatchObject({
      ok: false,
      problem: { kind: 'bad_day_kind', given: 'weekend' },
    });
    expect(parseCommand('calendar add 2026-10-10')).toMatchObject({
      ok: false,
      problem: { kind: 'usage', subcommand: 'calendar', detail: 'missing' },
    });
    expect(parseCommand('calendar remove 2026-10-10 holiday')).toMatchObject({
      ok: false,
      problem: { kind: 'usage', detail: 'unexpected' },
    });
    expect(parseCommand('calendar drop 2026-10-10')).toMatchObject({ ok: false, problem: { kind: 'usage', given: 'drop' } });
  });
});

describe('parseCommand: extend', () => {
  it('reads the code, the date and the reason to the end, with its Chinese alias', () => {
    expect(parseCommand('延期 2026-0401 2026-08-31 需要 省财政厅 协调')).toEqual({
      ok: true,
      command: { verb: 'extend', code: '2026-0401', dueOn: '2026-08-31', reason: '需要 省财政厅 协调' },
    });
    expect(parseCommand('extend 2026-0401 2026-08-31')).toMatchObject({ ok: false, problem: { kind: 'usage', subcommand: 'extend' } });
    expect(parseCommand('extend 2026 0401 2026-08-31 x')).toMatchObject({ ok: false, problem: { kind: 'bad_date', given: '0401' } });
  });
});

describe('parseCommand: contact', () => {
  it('opens the form for one code, with its Chinese alias', () => {
    expect(parseCommand('沟通 2026-0501')).toEqual({ ok: true, command: { verb: 'contact-modal', code: '2026-0501' } });
    expect(parseCommand('contact')).toMatchObject({ ok: false, problem: { kind: 'usage', subcommand: 'contact', detail: 'missing' } });
    expect(parseCommand('contact 2026-0501 now')).toMatchObject({ ok: false, problem: { kind: 'usage', detail: 'unexpected' } });
  });
});

describe('parseCommand: transfer', () => {
  it('reads the code and the reason to the end, with its Chinese alias', () => {
    expect(parseCommand('调整 2026-0601 不属于 本单位 职责')).toEqual({
      ok: true,
      command: { verb: 'transfer', code: '2026-0601', reason: '不属于 本单位 职责' },
    });
    expect(parseCommand('transfer 2026-0601 <@U1|li> asked &amp; agreed')).toEqual({
      ok: true,
      command: { verb: 'transfer', code: '2026-0601', reason: '@li asked & agreed' },
    });
  });

  it('reads the unit whose part moves, named first, for the supervision office', () => {
    expect(parseCommand('transfer 2026-0601 unit:<#CWATER|water> 经核实 属交通厅')).toEqual({
      ok: true,
      command: { verb: 'transfer', code: '2026-0601', reason: '经核实 属交通厅', unit: { text: '<#CWATER|water>', channelId: 'CWATER' } },
    });
    expect(parseCommand('transfer 2026-0601 unit:水利厅')).toEqual({
      ok: false,
      problem: { kind: 'usage', subcommand: 'transfer', detail: 'missing' },
    });
    // Later in the reason it is only words.
    expect(parseCommand('transfer 2026-0601 理由 unit:水利厅')).toMatchObject({ ok: true, command: { reason: '理由 unit:水利厅' } });
  });

  it('asks for a reason, and explains a code that cannot be one', () => {
    expect(parseCommand('transfer 2026-0601')).toEqual({
      ok: false,
      problem: { kind: 'usage', subcommand: 'transfer', detail: 'missing' },
    });
    expect(parseCommand('transfer')).toEqual({ ok: false, problem: { kind: 'usage', subcommand: 'transfer', detail: 'missing' } });
    expect(parseCommand('transfer 编号？ 理由')).toMatchObject({ ok: false, problem: { kind: 'bad_code', given: '编号？' } });
  });
});

describe('parseCommand: rank', () => {
  it('ranks this week by default, or the month or the session to date, in either language', () => {
    expect(parseCommand('rank')).toEqual({ ok: true, command: { verb: 'rank', period: 'week' } });
    expect(parseCommand('排名 本月')).toEqual({ ok: true, command: { verb: 'rank', period: 'month' } });
    expect(parseCommand('rank YEAR')).toEqual({ ok: true, command: { verb: 'rank', period: 'year' } });
    expect(parseCommand('rank decade')).toMatchObject({ ok: false, problem: { kind: 'bad_rank_period', given: 'decade' } });
    expect(parseCommand('rank week month')).toMatchObject({
      ok: false,
      problem: { kind: 'usage', subcommand: 'rank', detail: 'unexpected' },
    });
  });
});

describe('parseCommand: supervisor', () => {
  it('lists, adds and removes people of the supervision office, in either language', () => {
    expect(parseCommand('supervisor')).toEqual({ ok: true, command: { verb: 'supervisor-list' } });
    expect(parseCommand('督办员 列表')).toEqual({ ok: true, command: { verb: 'supervisor-list' } });
    expect(parseCommand('supervisor add <@U1|li>')).toEqual({ ok: true, command: { verb: 'supervisor-add', userId: 'U1' } });
    expect(parseCommand('督办员 移除 <@W2>')).toEqual({ ok: true, command: { verb: 'supervisor-remove', userId: 'W2' } });
  });

  it('explains a missing or extra word and a person who is not a mention', () => {
    expect(parseCommand('supervisor add')).toMatchObject({
      ok: false,
      problem: { kind: 'usage', subcommand: 'supervisor', detail: 'missing' },
    });
    expect(parseCommand('supervisor add <@U1> <@U2>')).toMatchObject({
      ok: false,
      problem: { kind: 'usage', detail: 'unexpected', given: '<@U2>' },
    });
    expect(parseCommand('supervisor add li')).toEqual({ ok: false, problem: { kind: 'bad_user', given: 'li', subcommand: 'supervisor' } });
  });
});
