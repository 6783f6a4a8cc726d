import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';
import type { ServiceProblem } from '../../../src/services/shared/service-error.js';
import { type CommandProblem, parseCommand, type Subcommand } from '../../../src/slack/command/parse-command.js';
import { plainMessage } from '../../../src/slack/views/format.js';
import { describeCommandProblem, describeServiceProblem } from '../../../src/slack/views/problem.js';
import { expectValidMessage } from './fixtures.js';

const catalogs = [
  ['zh-CN', zhCN],
  ['en', en],
] as const;

const subcommands: Subcommand[] = ['help', 'assign', 'list', 'show', 'accept', 'unit', 'unit add', 'unit member'];

const commandProblems: CommandProblem[] = [
  { kind: 'unknown_subcommand', given: 'asign', closest: 'assign' },
  { kind: 'unknown_subcommand', given: 'qwerty' },
  ...subcommands.map((subcommand): CommandProblem => ({ kind: 'usage', subcommand, detail: 'missing' })),
  ...subcommands.map((subcommand): CommandProblem => ({ kind: 'usage', subcommand, detail: 'unexpected', given: 'stray' })),
  { kind: 'bad_date', given: '2026-02-30' },
  { kind: 'bad_code', given: '#12' },
  { kind: 'bad_user', given: '@zhang' },
  { kind: 'bad_channel', given: '#water' },
  { kind: 'bad_role', given: 'liason', closest: 'liaison' },
  { kind: 'bad_role', given: 'zzz' },
  { kind: 'bad_list_filter', given: 'overdu', closest: 'overdue' },
  { kind: 'bad_list_filter', given: 'zzz' },
];

const serviceProblems: ServiceProblem[] = [
  { code: 'forbidden', needs: ['liaison', 'handler'] },
  { code: 'unknown_unit', given: '水力厅', closest: '省水利厅' },
  { code: 'unknown_unit', given: '财政' },
  { code: 'unknown_suggestion', given: '2026-0102', closest: '2026-0101' },
  { code: 'unknown_assignment' },
  { code: 'duplicate_code', given: '2026-0101' },
  { code: 'duplicate_unit', given: '省水利厅' },
  { code: 'alias_taken', given: '水利', unitName: '省水利厅' },
  { code: 'channel_taken', unitName: '省水利厅' },
  { code: 'lead_also_co', unitName: '省水利厅' },
  { code: 'due_not_after_assignment', given: '2026-03-01', months: 3 },
  { code: 'due_beyond_limit', given: '2026-12-31', months: 6 },
  { code: 'already_accepted', unitName: '省水利厅' },
  { code: 'already_member' },
  { code: 'no_longer_assigned', unitName: '省水利厅' },
];

const mentioned = (problem: object) =>
  Object.entries(problem)
    .filter(([key, value]) => ['given', 'closest', 'unitName', 'field'].includes(key) && typeof value === 'string')
    .map(([, value]) => value as string);

describe('describeCommandProblem', () => {
  it('explains an unknown subcommand with the closest one', () => {
    expect(describeCommandProblem(zhCN, { kind: 'unknown_subcommand', given: 'asign', closest: 'assign' })).toBe(
      '没有 `asign` 这个子命令。是不是要用 `assign`？输入 `/suggest help` 查看全部用法。',
    );
    expect(describeCommandProblem(en, { kind: 'unknown_subcommand', given: 'qwerty' })).toBe(
      'There is no subcommand `qwerty`. Type `/suggest help` for all of them.',
    );
  });

  it('answers a usage problem with the usage line of that subcommand', () => {
    for (const subcommand of subcommands) {
      expect(describeCommandProblem(zhCN, { kind: 'usage', subcommand, detail: 'missing' })).toBe(
        `缺少必要的内容。用法：${zhCN.usage[subcommand]}`,
      );
      expect(describeCommandProblem(en, { kind: 'usage', subcommand, detail: 'unexpected', given: 'x' })).toBe(
        `Could not read \`x\`. Usage: ${en.usage[subcommand]}`,
      );
    }
  });

  it.each(catalogs)('names what was given and the closest valid word (%s)', (_locale, catalog) => {
    for (const problem of commandProblems) {
      const text = describeCommandProblem(catalog, problem);
      for (const word of mentioned(problem)) expect(text, problem.kind).toContain(word);
      expectValidMessage(plainMessage(text));
    }
  });

  it.each(catalogs)('gives each kind of problem its own words (%s)', (_locale, catalog) => {
    const sameGiven = (
      ['bad_date', 'bad_code', 'bad_user', 'bad_channel', 'bad_role', 'bad_list_filter', 'unknown_subcommand'] as const
    ).map((kind) => describeCommandProblem(catalog, { kind, given: 'x' } as CommandProblem));
    expect(new Set(sameGiven).size).toBe(sameGiven.length);
  });

  it.each(catalogs)('answers a word it cannot read with the subcommand’s usage line (%s)', (_locale, catalog) => {
    const cases = [
      ['assign 2026-0001 lead:水利厅 due:2026-02-30', 'assign'],
      ['extend 2026-0001 2026-13-45 理由', 'extend'],
      ['show #12', 'show'],
      ['unit member 水利厅 zhang 经办人', 'unit member'],
      ['unit add 水利厅 channel:#water', 'unit add'],
      ['rank decade', 'rank'],
    ] as const;
    for (const [text, subcommand] of cases) {
      const parsed = parseCommand(text);
      if (parsed.ok) throw new Error(`${text} parsed`);
      expect(parsed.problem, text).toMatchObject({ subcommand });
      expect(describeCommandProblem(catalog, parsed.problem).split('\n')[1], text).toBe(
        catalog.problem.usageLine(catalog.usage[subcommand]),
      );
    }
  });

  it('describes what the parser really produces', () => {
    for (const text of [
      'asign',
      'assign',
      'assign 2026-0001 lead:x due:2026-02-30',
      'list overdu',
      'unit member x <@U1> liason',
      'unit add x channel:#y',
    ]) {
      const parsed = parseCommand(text);
      if (text === 'assign') {
        expect(parsed.ok).toBe(true);
        continue;
      }
      if (parsed.ok) throw new Error(`${text} parsed`);
      expect(describeCommandProblem(zhCN, parsed.problem).length).toBeGreaterThan(0);
    }
  });
});

describe('describeServiceProblem', () => {
  it('names the roles a refused action needs, in the catalog’s words', () => {
    expect(describeServiceProblem(zhCN, { code: 'forbidden', needs: ['liaison', 'handler'] })).toBe(
      '这项操作需要以下角色之一：联络员、经办人。如需开通，请联系督办室。',
    );
    expect(describeServiceProblem(en, { code: 'forbidden', needs: ['supervisor'] })).toBe(
      'This needs one of these roles: supervision office. Ask the supervision office to grant it.',
    );
  });

  it('gives the session’s extension limit', () => {
    expect(describeServiceProblem(en, { code: 'due_beyond_limit', given: '2026-12-31', months: 6 })).toContain('6 months');
  });

  it.each(catalogs)('covers every refusal, naming what was given (%s)', (_locale, catalog) => {
    const texts = serviceProblems.map((problem) => {
      const text = describeServiceProblem(catalog, problem);
      for (const word of mentioned(problem)) expect(text, problem.code).toContain(word);
      expectValidMessage(plainMessage(text));
      return text;
    });
    expect(texts.every((text) => text.trim().length > 0)).toBe(true);
  });
});
