// The /suggest grammar (DESIGN §4), parsed into a command or a problem to explain. Pure: it knows
// words, shapes and Slack's escaping, not which units or codes exist.
import { type CalendarDate, readCalendarDate } from '../../domain/calendar-date.js';
import { closestName } from '../../domain/closest-name.js';
import { isSuggestionCode } from '../../domain/is-suggestion-code.js';
import { type ListFilter, listFilters } from '../../domain/list-filter.js';
import { type RankingPeriodKind, rankingPeriods } from '../../domain/ranking-period.js';
import { type SettingKey, settingByName } from '../../domain/setting-change.js';
import type { UnitRef } from '../../domain/unit-ref.js';
import { verdictOfWord } from '../../domain/verdict-words.js';
import {
  type CalendarDayKind,
  calendarDayKinds,
  divisionNameLengthAtMost,
  type UnitRole,
  unitRoles,
  type Verdict,
} from '../../domain/vocabulary.js';

export type Command =
  | { verb: 'help' }
  | { verb: 'assign-modal' }
  | {
      verb: 'assign';
      code: string;
      lead: UnitRef;
      co: UnitRef[];
      handlerUserId?: string;
      dueOn?: CalendarDate;
      title?: string;
    }
  | { verb: 'list'; filter: ListFilter }
  | { verb: 'show'; code: string }
  | { verb: 'accept'; code: string }
  | {
      verb: 'unit-add';
      name: string;
      aliases: string[];
      channelId?: string;
      liaisonUserId?: string;
      leaderUserId?: string;
    }
  | { verb: 'unit-member'; unit: UnitRef; userId: string; role: UnitRole }
  /** role: without one, every role the person holds in the unit. */
  | { verb: 'unit-member-remove'; unit: UnitRef; userId: string; role?: UnitRole }
  /** 分办; unit: which of the suggestion's units, when the person may route for several. */
  | { verb: 'route'; code: string; unit?: UnitRef; handlerUserId?: string; division?: string; leaderUserId?: string }
  | { verb: 'route-modal'; code: string }
  | { verb: 'delegate'; userId: string; until: CalendarDate }
  /** userId: the person whose delegation the office ends; without one, the asker's own. */
  | { verb: 'delegate-off'; userId?: string }
  | { verb: 'delegate-show' }
  | { verb: 'extend'; code: string; dueOn: CalendarDate; reason: string }
  /** unit: which unit's assignment, when the supervision office moves one that is not the lead's. */
  | { verb: 'transfer'; code: string; reason: string; unit?: UnitRef }
  | { verb: 'contact-modal'; code: string }
  | { verb: 'opinion-modal'; code: string }
  | { verb: 'reply-modal'; code: string }
  | { verb: 'evaluate'; code: string; verdict: Verdict; note: string }
  | { verb: 'commitment-done'; code: string; seq: number }
  | { verb: 'export'; unit?: UnitRef }
  | { verb: 'import-modal' }
  | { verb: 'import-template' }
  | { verb: 'rank'; period: RankingPeriodKind }
  | { verb: 'config-list' }
  /** channelId: the channel the value names, when it is a channel mention. */
  | { verb: 'config-set'; key: SettingKey; value: string; channelId?: string }
  | { verb: 'calendar-list' }
  | { verb: 'calendar-add'; day: CalendarDate; kind: CalendarDayKind; note: string }
  | { verb: 'calendar-remove'; day: CalendarDate }
  | { verb: 'supervisor-list' }
  | { verb: 'supervisor-add'; userId: string }
  | { verb: 'supervisor-remove'; userId: string }
  | { verb: 'session-show' }
  | { verb: 'session-new'; name: string }
  | { verb: 'outbox' }
  /** 公开目录: the replies still to publish; `all`, those published too. */
  | { verb: 'publish'; all: boolean }
  /** 统计: narrowed to a unit or a 领域, never both. */
  | { verb: 'stats'; period: RankingPeriodKind; unit?: UnitRef; field?: string }
  /** 报告: the 办理情况报告 over this month or the session to date. */
  | { verb: 'report'; period: RankingPeriodKind }
  /** 重点督办: leader and note kept as they were when not given. */
  | { verb: 'key'; code: string; leaderUserId?: string; note?: string }
  | { verb: 'key-off'; code: string }
  /** 并案: `code` is handled with `into`, the main one. */
  | { verb: 'merge'; code: string; into: string }
  | { verb: 'merge-undo'; code: string };

export type Subcommand =
  | 'help'
  | 'assign'
  | 'list'
  | 'show'
  | 'accept'
  | 'unit'
  | 'unit add'
  | 'unit member'
  | 'calendar'
  | 'extend'
  | 'transfer'
  | 'contact'
  | 'config'
  | 'rank'
  | 'opinion'
  | 'reply'
  | 'evaluate'
  | 'commitment'
  | 'export'
  | 'import'
  | 'supervisor'
  | 'session'
  | 'route'
  | 'delegate'
  | 'outbox'
  | 'publish'
  | 'stats'
  | 'report'
  | 'key'
  | 'merge';

export type CommandProblem =
  | { kind: 'unknown_subcommand'; given: string; closest?: string }
  | { kind: 'usage'; subcommand: Subcommand; detail?: 'missing' | 'unexpected'; given?: string }
  | ArgumentProblem;

/** A word given to a subcommand that cannot be read; the subcommand, for its usage line. */
export type ArgumentProblem = { subcommand?: Subcommand } & (
  | { kind: 'bad_date'; given: string }
  | { kind: 'bad_code'; given: string }
  | { kind: 'bad_user'; given: string }
  | { kind: 'bad_channel'; given: string }
  | { kind: 'bad_role'; given: string; closest?: string }
  | { kind: 'bad_list_filter'; given: string; closest?: string }
  | { kind: 'bad_day_kind'; given: string }
  | { kind: 'bad_setting'; given: string; closest?: string }
  | { kind: 'bad_rank_period'; given: string }
  | { kind: 'bad_verdict'; given: string }
  | { kind: 'bad_seq'; given: string }
);

export type ParsedCommand = { ok: true; command: Command } | { ok: false; problem: CommandProblem };

const subcommandWords: Record<string, string> = {
  help: 'help',
  帮助: 'help',
  assign: 'assign',
  交办: 'assign',
  list: 'list',
  列表: 'list',
  show: 'show',
  查看: 'show',
  accept: 'accept',
  签收: 'accept',
  unit: 'unit',
  单位: 'unit',
  contact: 'contact',
  沟通: 'contact',
  opinion: 'opinion',
  会办意见: 'opinion',
  reply: 'reply',
  答复: 'reply',
  evaluate: 'evaluate',
  评价: 'evaluate',
  extend: 'extend',
  延期: 'extend',
  transfer: 'transfer',
  调整: 'transfer',
  rank: 'rank',
  排名: 'rank',
  commitment: 'commitment',
  核销: 'commitment',
  calendar: 'calendar',
  工作日历: 'calendar',
  日历: 'calendar',
  config: 'config',
  设置: 'config',
  session: 'session',
  会次: 'session',
  supervisor: 'supervisor',
  督办员: 'supervisor',
  import: 'import',
  导入: 'import',
  export: 'export',
  导出: 'export',
  route: 'route',
  分办: 'route',
  delegate: 'delegate',
  代理: 'delegate',
  outbox: 'outbox',
  未送达: 'outbox',
  stats: 'stats',
  统计: 'stats',
  report: 'report',
  报告: 'report',
  key: 'key',
  重点: 'key',
  merge: 'merge',
  并案: 'merge',
  重点督办: 'key',
  发送情况: 'outbox',
  publish: 'publish',
  公开目录: 'publish',
  公开: 'publish',
};

const roleWords: Record<string, UnitRole> = {
  ...Object.fromEntries(unitRoles.map((role) => [role, role])),
  联络员: 'liaison',
  经办人: 'handler',
  处室负责人: 'division',
  分管领导: 'leader',
  主要领导: 'head',
  成员: 'member',
};

const dayKindWords: Record<string, CalendarDayKind> = {
  ...Object.fromEntries(calendarDayKinds.map((kind) => [kind, kind])),
  工作日: 'workday',
  上班: 'workday',
  休息日: 'holiday',
  放假: 'holiday',
  节假日: 'holiday',
};

const listWords: Record<string, (typeof listFilters)[number]> = {
  ...Object.fromEntries(listFilters.map((filter) => [filter, filter])),
  我的: 'mine',
  逾期: 'overdue',
  在办: 'open',
  已答复: 'replied',
  已办结: 'closed',
  跟踪: 'followup',
  申请: 'requests',
  待决定: 'requests',
  重点: 'key',
  全部: 'all',
};

/** Option keys with their Chinese spellings. */
const optionWords: Record<string, string> = {
  lead: 'lead',
  主办: 'lead',
  co: 'co',
  会办: 'co',
  handler: 'handler',
  经办人: 'handler',
  due: 'due',
  期限: 'due',
  title: 'title',
  标题: 'title',
  alias: 'alias',
  简称: 'alias',
  channel: 'channel',
  频道: 'channel',
  liaison: 'liaison',
  联络员: 'liaison',
  leader: 'leader',
  分管领导: 'leader',
  unit: 'unit',
  单位: 'unit',
  field: 'field',
  领域: 'field',
  division: 'division',
  处室: 'division',
  承办处室: 'division',
  until: 'until',
  至: 'until',
  截止: 'until',
};

const userMention = /^<@([UW][A-Z0-9]+)(\|[^>]*)?>$/;
const channelMention = /^<#([CG][A-Z0-9]+)(\|[^>]*)?>$/;
const separators = /[\s\u3000]+/u;
const listSeparators = /[,，、]/u;

/**
 * Free text as a person meant it. Slack escapes a command's text (should_escape): `&`, `<` and
 * `>` arrive as entities, and mentions as `<@U…|name>`, `<#C…|name>`, `<!channel>`. Stored text
 * is plain, and views escape it again when they show it, so a title can never ping a channel.
 */
export function plainText(escaped: string): string {
  return escaped
    .replace(/<([@#!])([^>|]*)(?:\|([^>]*))?>/g, (_all, sigil: string, id: string, label?: string) => {
      if (sigil === '!') return `@${(label ?? id).replace(/^@/, '').replace(/^subteam\^.*$/, 'group')}`;
      return `${sigil}${label ?? id}`;
    })
    .replace(/<([^>|]*)(?:\|([^>]*))?>/g, (_all, url: string, label?: string) => label ?? url)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** A word's meaning in a table, if the table defines it (never an inherited `constructor`). */
const meaningOf = <T>(words: Record<string, T>, word: string): T | undefined => (Object.hasOwn(words, word) ? words[word] : undefined);

const ok = (command: Command): ParsedCommand => ({ ok: true, command });
const fail = (problem: CommandProblem): ParsedCommand => ({ ok: false, problem });

const closestWord = (given: string, words: Record<string, string>) =>
  closestName(
    given,
    Object.entries(words).map(([word]) => [word, word] as const),
  );

function splitOption(token: string): [string, string] | undefined {
  const match = /^([^:：]+)[:：](.*)$/u.exec(token);
  if (!match) return undefined;
  const key = meaningOf(optionWords, match[1]!.toLowerCase());
  return key ? [key, match[2]!] : undefined;
}

function unitRef(text: string): UnitRef {
  const channel = channelMention.exec(text);
  return channel ? { text, channelId: channel[1]! } : { text: plainText(text) };
}

const userOf = (text: string) => userMention.exec(text)?.[1];
const channelOf = (text: string) => channelMention.exec(text)?.[1];

export function parseCommand(raw: string): ParsedCommand {
  const text = raw.trim();
  const tokens = text.split(separators).filter(Boolean);
  const head = tokens[0]?.toLowerCase();
  if (head === undefined) return ok({ verb: 'help' });
  const subcommand = meaningOf(subcommandWords, head);
  if (!subcommand) return fail({ kind: 'unknown_subcommand', given: tokens[0]!, closest: closestWord(head, subcommandWords) });
  const parsed = parseArguments(subcommand as Subcommand, tokens.slice(1), text, head);
  // A word that cannot be read is answered with the subcommand's usage line too (DESIGN §4).
  return parsed.ok || parsed.problem.kind === 'usage' || parsed.problem.kind === 'unknown_subcommand'
    ? parsed
    : fail({ subcommand: subcommand as Subcommand, ...parsed.problem });
}

function parseArguments(subcommand: Subcommand, args: string[], text: string, head: string): ParsedCommand {
  switch (subcommand) {
    case 'help':
      return ok({ verb: 'help' });
    case 'assign':
      return args.length === 0 ? ok({ verb: 'assign-modal' }) : parseAssign(text, args);
    case 'list':
      return parseList(args);
    case 'show':
    case 'accept':
      return parseCodeOnly(subcommand, args);
    case 'calendar':
      return parseCalendar(args);
    case 'extend':
      return parseExtend(args);
    case 'transfer':
      return parseTransfer(args);
    case 'config':
      return parseConfig(args, text);
    case 'rank':
      return parseRank(args);
    case 'contact':
    case 'opinion':
    case 'reply':
      return parseForm(subcommand, args);
    case 'evaluate':
      return parseEvaluate(args);
    case 'commitment':
      return parseCommitment(args, head);
    case 'export':
      return parseExport(args);
    case 'supervisor':
      return parseSupervisor(args);
    case 'session':
      return parseSession(args);
    case 'route':
      return parseRoute(args);
    case 'delegate':
      return parseDelegate(args);
    case 'import':
      return parseImport(args);
    case 'stats':
      return parseStats(args);
    case 'report':
      return parseReport(args);
    case 'publish':
      return parsePublish(args);
    case 'key':
      return parseKey(args, text);
    case 'merge':
      return parseMerge(args);
    case 'outbox':
      return args.length === 0
        ? ok({ verb: 'outbox' })
        : fail({ kind: 'usage', subcommand: 'outbox', detail: 'unexpected', given: args[0] });
    default:
      return parseUnit(args);
  }
}

function parseCodeOnly(verb: 'show' | 'accept', args: string[]): ParsedCommand {
  if (args.length !== 1) return fail({ kind: 'usage', subcommand: verb, detail: args.length ? 'unexpected' : 'missing' });
  const code = args[0]!;
  return isSuggestionCode(code) ? ok({ verb, code }) : fail({ kind: 'bad_code', given: code });
}

/** A subcommand that opens a form about one suggestion. */
function parseForm(subcommand: 'contact' | 'opinion' | 'reply', args: string[]): ParsedCommand {
  if (args.length !== 1) return fail({ kind: 'usage', subcommand, detail: args.length ? 'unexpected' : 'missing' });
  const code = args[0]!;
  if (!isSuggestionCode(code)) return fail({ kind: 'bad_code', given: code });
  return ok({ verb: `${subcommand}-modal`, code });
}

function parseEvaluate(args: string[]): ParsedCommand {
  const [code, verdictWord, ...note] = args;
  if (code === undefined || verdictWord === undefined) return fail({ kind: 'usage', subcommand: 'evaluate', detail: 'missing' });
  if (!isSuggestionCode(code)) return fail({ kind: 'bad_code', given: code });
  const verdict = verdictOfWord(verdictWord);
  if (!verdict) return fail({ kind: 'bad_verdict', given: verdictWord });
  return ok({ verb: 'evaluate', code, verdict, note: plainText(note.join(' ')).trim() });
}

/** `commitment done <code> <n>`; its Chinese name 核销 says the action itself (`核销 <code> <n>`). */
function parseCommitment(args: string[], head: string): ParsedCommand {
  const isDone = (word?: string) => word !== undefined && ['done', '核销', '完成'].includes(word.toLowerCase());
  if (!isDone(args[0]) && head !== '核销') {
    return fail({ kind: 'usage', subcommand: 'commitment', detail: args[0] ? 'unexpected' : 'missing', given: args[0] });
  }
  const [code, seqText, ...rest] = isDone(args[0]) ? args.slice(1) : args;
  if (code === undefined || seqText === undefined) return fail({ kind: 'usage', subcommand: 'commitment', detail: 'missing' });
  if (rest.length > 0) return fail({ kind: 'usage', subcommand: 'commitment', detail: 'unexpected', given: rest[0] });
  if (!isSuggestionCode(code)) return fail({ kind: 'bad_code', given: code });
  if (!/^[1-9]\d{0,2}$/.test(seqText)) return fail({ kind: 'bad_seq', given: seqText });
  return ok({ verb: 'commitment-done', code, seq: Number(seqText) });
}

function parseExport(args: string[]): ParsedCommand {
  if (args.length === 0) return ok({ verb: 'export' });
  const option = args.length === 1 ? splitOption(args[0]!) : undefined;
  if (option?.[0] === 'unit' && option[1]) return ok({ verb: 'export', unit: unitRef(option[1]) });
  return fail({
    kind: 'usage',
    subcommand: 'export',
    detail: 'unexpected',
    given: args.find((arg) => splitOption(arg)?.[0] !== 'unit') ?? args[1],
  });
}

const allWords = new Set(['all', '全部']);

/** `publish` lists the replies still to publish; `publish all` those published too. */
function parsePublish(args: string[]): ParsedCommand {
  const [word, ...rest] = args;
  if (word === undefined) return ok({ verb: 'publish', all: false });
  if (!allWords.has(word.toLowerCase())) return fail({ kind: 'usage', subcommand: 'publish', detail: 'unexpected', given: word });
  return rest.length === 0
    ? ok({ verb: 'publish', all: true })
    : fail({ kind: 'usage', subcommand: 'publish', detail: 'unexpected', given: rest[0] });
}

/** 模版 is how many write 模板. */
const templateWords = new Set(['template', '模板', '模版']);

/** `import` alone opens the form; `import template` asks for a 交办清单 template. */
function parseImport(args: string[]): ParsedCommand {
  const [word, ...rest] = args;
  if (word === undefined) return ok({ verb: 'import-modal' });
  if (!templateWords.has(word.toLowerCase())) return fail({ kind: 'usage', subcommand: 'import', detail: 'unexpected', given: word });
  return rest.length === 0
    ? ok({ verb: 'import-template' })
    : fail({ kind: 'usage', subcommand: 'import', detail: 'unexpected', given: rest[0] });
}

function parseList(args: string[]): ParsedCommand {
  if (args.length > 1) return fail({ kind: 'usage', subcommand: 'list', detail: 'unexpected' });
  const word = args[0];
  if (word === undefined) return ok({ verb: 'list', filter: { kind: 'open' } });
  const option = splitOption(word);
  if (option?.[0] === 'unit' && option[1]) return ok({ verb: 'list', filter: { kind: 'unit', unit: unitRef(option[1]) } });
  if (option?.[0] === 'field' && option[1]) return ok({ verb: 'list', filter: { kind: 'field', field: plainText(option[1]) } });
  const filter = meaningOf(listWords, word.toLowerCase());
  if (filter) return ok({ verb: 'list', filter: { kind: filter } });
  return fail({ kind: 'bad_list_filter', given: word, closest: closestWord(word, listWords) });
}

function parseAssign(text: string, args: string[]): ParsedCommand {
  // title: takes the rest of the line, spaces included.
  const titleAt = /(^|[\s\u3000])(title|标题)[:：]/iu.exec(text);
  const title = titleAt ? plainText(text.slice(titleAt.index + titleAt[0].length)).trim() : undefined;
  const before = titleAt ? text.slice(0, titleAt.index).split(separators).filter(Boolean).slice(1) : args;
  const [code, ...rest] = before;
  if (code === undefined || splitOption(code)) return fail({ kind: 'usage', subcommand: 'assign', detail: 'missing' });
  if (!isSuggestionCode(code)) return fail({ kind: 'bad_code', given: code });
  const command: Extract<Command, { verb: 'assign' }> = { verb: 'assign', code, lead: { text: '' }, co: [] };
  if (title) command.title = title;
  for (const token of rest) {
    const option = splitOption(token);
    if (!option?.[1]) return fail({ kind: 'usage', subcommand: 'assign', detail: 'unexpected', given: token });
    const [key, value] = option;
    if (key === 'lead') command.lead = unitRef(value);
    else if (key === 'co') command.co = value.split(listSeparators).filter(Boolean).map(unitRef);
    else if (key === 'handler') {
      const userId = userOf(value);
      if (!userId) return fail({ kind: 'bad_user', given: value });
      command.handlerUserId = userId;
    } else if (key === 'due') {
      const dueOn = readCalendarDate(value);
      if (!dueOn) return fail({ kind: 'bad_date', given: value });
      command.dueOn = dueOn;
    } else return fail({ kind: 'usage', subcommand: 'assign', detail: 'unexpected', given: token });
  }
  if (!command.lead.text) return fail({ kind: 'usage', subcommand: 'assign', detail: 'missing' });
  return ok(command);
}

function parseUnit(args: string[]): ParsedCommand {
  const action = args[0]?.toLowerCase();
  if (action === 'add' || action === '添加') return parseUnitAdd(args.slice(1));
  if (action === 'member' || action === '成员') return parseUnitMember(args.slice(1));
  return fail({ kind: 'usage', subcommand: 'unit', detail: action ? 'unexpected' : 'missing', given: args[0] });
}

function parseUnitAdd(args: string[]): ParsedCommand {
  const [name, ...rest] = args;
  if (name === undefined || splitOption(name)) return fail({ kind: 'usage', subcommand: 'unit add', detail: 'missing' });
  const command: Extract<Command, { verb: 'unit-add' }> = { verb: 'unit-add', name: plainText(name), aliases: [] };
  for (const token of rest) {
    const option = splitOption(token);
    if (!option?.[1]) return fail({ kind: 'usage', subcommand: 'unit add', detail: 'unexpected', given: token });
    const [key, value] = option;
    if (key === 'alias')
      command.aliases = value
        .split(listSeparators)
        .map((a) => plainText(a).trim())
        .filter(Boolean);
    else if (key === 'channel') {
      const channelId = channelOf(value);
      if (!channelId) return fail({ kind: 'bad_channel', subcommand: 'unit add', given: value });
      command.channelId = channelId;
    } else if (key === 'liaison' || key === 'leader') {
      const userId = userOf(value);
      if (!userId) return fail({ kind: 'bad_user', subcommand: 'unit add', given: value });
      if (key === 'liaison') command.liaisonUserId = userId;
      else command.leaderUserId = userId;
    } else return fail({ kind: 'usage', subcommand: 'unit add', detail: 'unexpected', given: token });
  }
  return ok(command);
}

const removeWords = new Set(['remove', '移除', '删除']);

function parseUnitMember(args: string[]): ParsedCommand {
  if (args[0] !== undefined && removeWords.has(args[0].toLowerCase())) return parseUnitMemberRemove(args.slice(1));
  if (args.length !== 3) return fail({ kind: 'usage', subcommand: 'unit member', detail: args.length < 3 ? 'missing' : 'unexpected' });
  const [unit, user, roleWord] = args as [string, string, string];
  const userId = userOf(user);
  if (!userId) return fail({ kind: 'bad_user', subcommand: 'unit member', given: user });
  const role = meaningOf(roleWords, roleWord.toLowerCase());
  if (!role) return fail({ kind: 'bad_role', subcommand: 'unit member', given: roleWord, closest: closestWord(roleWord, roleWords) });
  return ok({ verb: 'unit-member', unit: unitRef(unit), userId, role });
}

function parseUnitMemberRemove(args: string[]): ParsedCommand {
  if (args.length < 2 || args.length > 3)
    return fail({ kind: 'usage', subcommand: 'unit member', detail: args.length < 2 ? 'missing' : 'unexpected', given: args[3] });
  const [unit, user, roleWord] = args as [string, string, string | undefined];
  const userId = userOf(user);
  if (!userId) return fail({ kind: 'bad_user', subcommand: 'unit member', given: user });
  if (roleWord === undefined) return ok({ verb: 'unit-member-remove', unit: unitRef(unit), userId });
  const role = meaningOf(roleWords, roleWord.toLowerCase());
  if (!role) return fail({ kind: 'bad_role', subcommand: 'unit member', given: roleWord, closest: closestWord(roleWord, roleWords) });
  return ok({ verb: 'unit-member-remove', unit: unitRef(unit), userId, role });
}

function parseRoute(args: string[]): ParsedCommand {
  const [code, ...rest] = args;
  if (code === undefined || splitOption(code)) return fail({ kind: 'usage', subcommand: 'route', detail: 'missing' });
  if (!isSuggestionCode(code)) return fail({ kind: 'bad_code', given: code });
  if (rest.length === 0) return ok({ verb: 'route-modal', code });
  const command: Extract<Command, { verb: 'route' }> = { verb: 'route', code };
  for (const token of rest) {
    const option = splitOption(token);
    if (!option?.[1]) return fail({ kind: 'usage', subcommand: 'route', detail: 'unexpected', given: token });
    const [key, value] = option;
    if (key === 'unit') command.unit = unitRef(value);
    else if (key === 'division') {
      const division = plainText(value).trim();
      if ([...division].length > divisionNameLengthAtMost)
        return fail({ kind: 'usage', subcommand: 'route', detail: 'unexpected', given: token });
      command.division = division;
    } else if (key === 'handler' || key === 'leader') {
      const userId = userOf(value);
      if (!userId) return fail({ kind: 'bad_user', given: value });
      if (key === 'handler') command.handlerUserId = userId;
      else command.leaderUserId = userId;
    } else return fail({ kind: 'usage', subcommand: 'route', detail: 'unexpected', given: token });
  }
  return ok(command);
}

const offWords = new Set(['off', '结束', '取消']);

/** `key <code> [leader:<@user>] [note:<text>]`, the note taking the rest of the line; `key off <code>`. */
function parseKey(args: string[], text: string): ParsedCommand {
  const [first, ...rest] = args;
  if (first === undefined) return fail({ kind: 'usage', subcommand: 'key', detail: 'missing' });
  if (offWords.has(first.toLowerCase())) {
    if (rest.length !== 1)
      return fail({ kind: 'usage', subcommand: 'key', detail: rest.length ? 'unexpected' : 'missing', given: rest[1] });
    return isSuggestionCode(rest[0]!) ? ok({ verb: 'key-off', code: rest[0]! }) : fail({ kind: 'bad_code', given: rest[0]! });
  }
  if (!isSuggestionCode(first)) return fail({ kind: 'bad_code', given: first });
  const noteAt = /(^|[\s\u3000])(note|批示|备注)[:：]/iu.exec(text);
  const note = noteAt ? plainText(text.slice(noteAt.index + noteAt[0].length)).trim() : undefined;
  const options = noteAt ? text.slice(0, noteAt.index).split(separators).filter(Boolean).slice(2) : rest;
  const command: Extract<Command, { verb: 'key' }> = { verb: 'key', code: first, ...(note !== undefined ? { note } : {}) };
  if (note !== undefined && [...note].length > maxKeyNoteLength)
    return fail({ kind: 'usage', subcommand: 'key', detail: 'unexpected', given: `${[...note].slice(0, 20).join('')}…` });
  for (const token of options) {
    const option = splitOption(token);
    if (option?.[0] !== 'leader' || !option[1]) return fail({ kind: 'usage', subcommand: 'key', detail: 'unexpected', given: token });
    const userId = userOf(option[1]);
    if (!userId) return fail({ kind: 'bad_user', given: option[1] });
    command.leaderUserId = userId;
  }
  return ok(command);
}

const intoWords = new Set(['into', '并入', '到']);
const undoWords = new Set(['undo', '撤销', '取消']);

/** `merge <code> into <main>` (并案 <编号> 并入 <主件>), or `merge undo <code>`. */
function parseMerge(args: string[]): ParsedCommand {
  const [first, second, third, ...rest] = args;
  if (first === undefined) return fail({ kind: 'usage', subcommand: 'merge', detail: 'missing' });
  if (undoWords.has(first.toLowerCase())) {
    if (second === undefined) return fail({ kind: 'usage', subcommand: 'merge', detail: 'missing' });
    if (third !== undefined) return fail({ kind: 'usage', subcommand: 'merge', detail: 'unexpected', given: third });
    return isSuggestionCode(second) ? ok({ verb: 'merge-undo', code: second }) : fail({ kind: 'bad_code', given: second });
  }
  if (!isSuggestionCode(first)) return fail({ kind: 'bad_code', given: first });
  if (second === undefined || third === undefined) return fail({ kind: 'usage', subcommand: 'merge', detail: 'missing' });
  if (!intoWords.has(second.toLowerCase())) return fail({ kind: 'usage', subcommand: 'merge', detail: 'unexpected', given: second });
  if (!isSuggestionCode(third)) return fail({ kind: 'bad_code', given: third });
  if (rest.length > 0) return fail({ kind: 'usage', subcommand: 'merge', detail: 'unexpected', given: rest[0] });
  return ok({ verb: 'merge', code: first, into: third });
}

/** A 批示 is a sentence or two; a page of text belongs in the ledger's documents. */
const maxKeyNoteLength = 500;

function parseDelegate(args: string[]): ParsedCommand {
  const [first, ...rest] = args;
  if (first === undefined) return ok({ verb: 'delegate-show' });
  if (offWords.has(first.toLowerCase())) {
    if (rest.length === 0) return ok({ verb: 'delegate-off' });
    const userId = rest.length === 1 ? userOf(rest[0]!) : undefined;
    if (rest.length > 1) return fail({ kind: 'usage', subcommand: 'delegate', detail: 'unexpected', given: rest[1] });
    return userId ? ok({ verb: 'delegate-off', userId }) : fail({ kind: 'bad_user', given: rest[0]! });
  }
  const userId = userOf(first);
  if (!userId) return fail({ kind: 'bad_user', given: first });
  if (rest.length !== 1)
    return fail({ kind: 'usage', subcommand: 'delegate', detail: rest.length ? 'unexpected' : 'missing', given: rest[1] });
  const option = splitOption(rest[0]!);
  if (option?.[0] !== 'until') return fail({ kind: 'usage', subcommand: 'delegate', detail: 'unexpected', given: rest[0] });
  const until = readCalendarDate(option[1]);
  if (!until) return fail({ kind: 'bad_date', given: option[1] });
  return ok({ verb: 'delegate', userId, until });
}

const keptListActions: Record<string, 'list' | 'add' | 'remove'> = {
  list: 'list',
  列表: 'list',
  add: 'add',
  添加: 'add',
  remove: 'remove',
  删除: 'remove',
  移除: 'remove',
};

/**
 * What a subcommand that keeps a list (the calendar's days, the supervision office) is asked: to
 * list it (also when nothing follows), which is answered here, or to add to it or remove from it.
 */
function keptListAction(subcommand: Subcommand, list: Command, args: string[]): ParsedCommand | 'add' | 'remove' {
  const action = args[0] === undefined ? 'list' : meaningOf(keptListActions, args[0].toLowerCase());
  if (!action) return fail({ kind: 'usage', subcommand, detail: 'unexpected', given: args[0] });
  if (action !== 'list') return action;
  return args.length <= 1 ? ok(list) : fail({ kind: 'usage', subcommand, detail: 'unexpected', given: args[1] });
}

function parseCalendar(args: string[]): ParsedCommand {
  const action = keptListAction('calendar', { verb: 'calendar-list' }, args);
  if (typeof action !== 'string') return action;
  const isAdd = action === 'add';
  const [dayText, kindWord, ...note] = args.slice(1);
  if (dayText === undefined || (isAdd && kindWord === undefined)) return fail({ kind: 'usage', subcommand: 'calendar', detail: 'missing' });
  const day = readCalendarDate(dayText);
  if (!day) return fail({ kind: 'bad_date', given: dayText });
  if (!isAdd) {
    return kindWord === undefined
      ? ok({ verb: 'calendar-remove', day })
      : fail({ kind: 'usage', subcommand: 'calendar', detail: 'unexpected', given: kindWord });
  }
  const kind = meaningOf(dayKindWords, kindWord!.toLowerCase());
  if (!kind) return fail({ kind: 'bad_day_kind', given: kindWord! });
  return ok({ verb: 'calendar-add', day, kind, note: plainText(note.join(' ')).trim() });
}

/** A session's name: what the office calls the batch (a year, 十四届三次会议), one line, short. */
const maxSessionNameLength = 40;

function parseSession(args: string[]): ParsedCommand {
  const [action, ...name] = args;
  if (action === undefined) return ok({ verb: 'session-show' });
  if (action.toLowerCase() !== 'new' && action !== '新建')
    return fail({ kind: 'usage', subcommand: 'session', detail: 'unexpected', given: action });
  const text = plainText(name.join(' ')).trim();
  if (!text) return fail({ kind: 'usage', subcommand: 'session', detail: 'missing' });
  if ([...text].length > maxSessionNameLength) return fail({ kind: 'usage', subcommand: 'session', detail: 'unexpected', given: text });
  return ok({ verb: 'session-new', name: text });
}

function parseSupervisor(args: string[]): ParsedCommand {
  const action = keptListAction('supervisor', { verb: 'supervisor-list' }, args);
  if (typeof action !== 'string') return action;
  if (args.length !== 2)
    return fail({ kind: 'usage', subcommand: 'supervisor', detail: args.length < 2 ? 'missing' : 'unexpected', given: args[2] });
  const userId = userOf(args[1]!);
  if (!userId) return fail({ kind: 'bad_user', given: args[1]! });
  return ok({ verb: action === 'add' ? 'supervisor-add' : 'supervisor-remove', userId });
}

function parseExtend(args: string[]): ParsedCommand {
  const [code, dueText, ...reason] = args;
  if (code === undefined || dueText === undefined || reason.length === 0)
    return fail({ kind: 'usage', subcommand: 'extend', detail: 'missing' });
  if (!isSuggestionCode(code)) return fail({ kind: 'bad_code', given: code });
  const dueOn = readCalendarDate(dueText);
  if (!dueOn) return fail({ kind: 'bad_date', given: dueText });
  return ok({ verb: 'extend', code, dueOn, reason: plainText(reason.join(' ')).trim() });
}

function parseTransfer(args: string[]): ParsedCommand {
  const [code, ...rest] = args;
  const option = rest[0] === undefined ? undefined : splitOption(rest[0]);
  const unit = option?.[0] === 'unit' && option[1] ? unitRef(option[1]) : undefined;
  const reason = unit ? rest.slice(1) : rest;
  if (code === undefined || reason.length === 0) return fail({ kind: 'usage', subcommand: 'transfer', detail: 'missing' });
  if (!isSuggestionCode(code)) return fail({ kind: 'bad_code', given: code });
  return ok({ verb: 'transfer', code, reason: plainText(reason.join(' ')).trim(), ...(unit ? { unit } : {}) });
}

function parseConfig(args: string[], text: string): ParsedCommand {
  const [name, ...value] = args;
  if (name === undefined) return ok({ verb: 'config-list' });
  const key = settingByName.get(name.toLowerCase());
  if (!key)
    return fail({
      kind: 'bad_setting',
      given: name,
      closest: closestName(
        name,
        [...settingByName.keys()].map((n) => [n, n] as const),
      ),
    });
  if (value.length === 0) return fail({ kind: 'usage', subcommand: 'config', detail: 'missing' });
  // The value as typed, spaces kept (a list of reply classes may have them); a channel by its id too.
  const typed = text.replace(/^[^\s\u3000]+[\s\u3000]+[^\s\u3000]+/u, '').trim();
  const channelId = channelOf(typed);
  return ok({ verb: 'config-set', key, value: typed, ...(channelId ? { channelId } : {}) });
}

const rankPeriodWords: Record<string, RankingPeriodKind> = {
  ...Object.fromEntries(rankingPeriods.map((period) => [period, period])),
  周: 'week',
  本周: 'week',
  月: 'month',
  本月: 'month',
  年: 'year',
  全年: 'year',
  会次: 'year',
};

function parseStats(args: string[]): ParsedCommand {
  const command: Extract<Command, { verb: 'stats' }> = { verb: 'stats', period: 'year' };
  let period: string | undefined;
  for (const arg of args) {
    const option = splitOption(arg);
    if (option?.[0] === 'unit' && option[1] && !command.unit && command.field === undefined) command.unit = unitRef(option[1]);
    else if (option?.[0] === 'field' && option[1] && !command.unit && command.field === undefined) command.field = plainText(option[1]);
    else if (!option && period === undefined) period = arg;
    else return fail({ kind: 'usage', subcommand: 'stats', detail: 'unexpected', given: arg });
  }
  if (period !== undefined) {
    const kind = meaningOf(rankPeriodWords, period.toLowerCase());
    if (!kind) return fail({ kind: 'bad_rank_period', given: period });
    command.period = kind;
  }
  return ok(command);
}

function parseReport(args: string[]): ParsedCommand {
  if (args.length > 1) return fail({ kind: 'usage', subcommand: 'report', detail: 'unexpected', given: args[1] });
  if (args[0] === undefined) return ok({ verb: 'report', period: 'year' });
  const period = meaningOf(rankPeriodWords, args[0].toLowerCase());
  return period && period !== 'week'
    ? ok({ verb: 'report', period })
    : fail({ kind: 'usage', subcommand: 'report', detail: 'unexpected', given: args[0] });
}

function parseRank(args: string[]): ParsedCommand {
  if (args.length > 1) return fail({ kind: 'usage', subcommand: 'rank', detail: 'unexpected', given: args[1] });
  if (args[0] === undefined) return ok({ verb: 'rank', period: 'week' });
  const period = meaningOf(rankPeriodWords, args[0].toLowerCase());
  return period ? ok({ verb: 'rank', period }) : fail({ kind: 'bad_rank_period', given: args[0] });
}
