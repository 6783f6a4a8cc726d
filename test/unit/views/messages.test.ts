import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';
import { actionIds } from '../../../src/slack/ids.js';
import { acceptedNoticeMessage } from '../../../src/slack/views/accepted-notice.js';
import { answeredInPlace } from '../../../src/slack/views/answered-in-place.js';
import { acceptedMessage, assignedMessage, unitAddedMessage } from '../../../src/slack/views/answers.js';
import { assignedNoticeMessage } from '../../../src/slack/views/assigned-notice.js';
import { helpMessage } from '../../../src/slack/views/help.js';
import { noticeMessage } from '../../../src/slack/views/notice.js';
import { suggestionDetailMessage } from '../../../src/slack/views/suggestion-detail.js';
import { suggestionListMessage } from '../../../src/slack/views/suggestion-list.js';
import {
  acceptedNotice,
  assignedNotice,
  assignment,
  detail,
  expectValidMessage,
  line,
  list,
  longText,
  milestoneKindsOfLead,
} from './fixtures.js';

const catalogs = [
  ['zh-CN', zhCN],
  ['en', en],
] as const;

const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });
const context = (text: string) => ({ type: 'context', elements: [{ type: 'mrkdwn', text }] });
const header = (text: string) => ({ type: 'header', text: { type: 'plain_text', text } });
const textsOf = (blocks: unknown[]) => JSON.stringify(blocks);

describe('helpMessage', () => {
  it('lists every served subcommand under a header', () => {
    const message = helpMessage(zhCN);
    expect(message.text).toBe('督办助手 · 用法');
    expect(message.blocks.slice(0, 2)).toEqual([header('督办助手 · 用法'), section(zhCN.help.intro)]);
    expect(message.blocks.at(-1)).toEqual(context(zhCN.help.later));
    for (const word of ['assign', 'list', 'show', 'accept', 'unit add', 'unit member', 'publish']) {
      expect(textsOf(message.blocks)).toContain(`/suggest ${word}`);
    }
  });

  it.each(catalogs)('shows every usage line whole, however long the list grows, in %s', (_locale, catalog) => {
    const shown = helpMessage(catalog)
      .blocks.slice(2, -1)
      .map((block) => (block as { text: { text: string } }).text.text)
      .join('\n');
    expect(shown).toBe(catalog.help.lines.map((text) => `• ${text}`).join('\n'));
  });

  it.each(catalogs)('is valid Block Kit in %s', (_locale, catalog) => expectValidMessage(helpMessage(catalog)));
});

describe('suggestionListMessage', () => {
  it('says so when nothing matches', () => {
    expect(suggestionListMessage(zhCN, list([]))).toEqual({
      text: '*在办建议* · 共 0 件',
      blocks: [section('*在办建议* · 共 0 件'), context('没有符合条件的建议。')],
    });
  });

  it('gives one section per suggestion with its next node and overdue count', () => {
    const message = suggestionListMessage(
      zhCN,
      list([line(), line({ code: '2026-0102', title: '', nextNodeOn: null, overdueNodes: 0, status: 'assigned' })], {
        filter: { kind: 'overdue' },
      }),
    );
    expect(message).toEqual({
      text: '*有逾期节点的建议* · 共 2 件',
      blocks: [
        section('*有逾期节点的建议* · 共 2 件'),
        section(
          '*2026-0101* 关于推进河湖长制的建议\n主办「省水利厅」 · 办理中 · 法定答复 6月2日（周二） · 最早一个逾期节点应于 3月5日（周四） 完成 · 🔴 逾期节点 2 个',
        ),
        section('*2026-0102* （无标题）\n主办「省水利厅」 · 已交办 · 法定答复 6月2日（周二）'),
      ],
    });
  });

  it('names the unit of a unit filter', () => {
    const message = suggestionListMessage(en, list([line()], { filter: { kind: 'unit', unit: { text: '水利厅' } }, unitName: '省水利厅' }));
    expect(message.text).toBe('*Suggestions handled by “省水利厅”* · 1 in all');
  });

  it('says how many more there are than the page shows', () => {
    const message = suggestionListMessage(en, list([line()], { total: 45 }));
    expect(message.blocks.at(-1)).toEqual(context(en.list.more(1, 45)));
    expect(en.list.more(1, 45)).toContain('45');
    expect(suggestionListMessage(en, list([line()])).blocks.at(-1)).not.toEqual(context(en.list.more(1, 1)));
  });

  it.each(catalogs)('stays within limits with 20 lines of 500-character titles (%s)', (_locale, catalog) => {
    const lines = Array.from({ length: 20 }, (_, i) =>
      line({ code: `2026-${String(i).padStart(4, '0')}`, title: longText(500), leadUnit: longText(60, '单位') }),
    );
    const message = suggestionListMessage(catalog, list(lines, { total: 480 }));
    expect(textsOf(message.blocks)).toContain(longText(500));
    expectValidMessage(message);
    // As many lines as Slack takes in one message; the last line says how many of the 480 it shows.
    const shown = message.blocks.length - 2;
    expect(shown).toBeGreaterThan(10);
    expect(message.blocks.at(-1)).toEqual(context(catalog.list.more(shown, 480)));
  });
});

describe('suggestionDetailMessage', () => {
  const today = '2026-03-06';
  const zone = 'Asia/Shanghai';
  const lead = assignment({
    handlerUserId: 'U0HANDLER',
    status: 'accepted',
    acceptedAt: new Date('2026-03-03T16:30:00Z'), // 00:30 on 4 March in Shanghai
    milestones: [
      { id: 101, kind: 'accept', plannedOn: '2026-03-05', doneAt: new Date('2026-03-03T16:30:00Z') },
      { id: 102, kind: 'pre_contact', plannedOn: '2026-03-05', doneAt: null },
      { id: 103, kind: 'transfer_window', plannedOn: '2026-03-02', doneAt: null },
      { id: 104, kind: 'reply', plannedOn: '2026-05-18', doneAt: null },
    ],
  });
  const co = assignment({
    id: 2,
    unitName: '省民政厅',
    role: 'co',
    milestones: [{ id: 105, kind: 'co_opinion', plannedOn: '2026-04-02', doneAt: null }],
  });
  const ended = assignment({
    id: 3,
    unitName: '省财政厅',
    role: 'co',
    status: 'transferred',
    milestones: [{ id: 106, kind: 'accept', plannedOn: '2026-03-05', doneAt: null }],
  });

  it('shows facts, then each unit with its nodes marked done, overdue or open', () => {
    expect(suggestionDetailMessage(zhCN, detail([lead, co, ended]), today, zone)).toEqual({
      text: '*2026-0101* 关于推进河湖长制的建议',
      blocks: [
        section('*2026-0101* 关于推进河湖长制的建议'),
        context('办理中 · 领衔代表 张三 · 交办 3月2日（周一） · 内部办结 5月18日（周一） · 法定答复 6月2日（周二）'),
        { type: 'divider' },
        section(
          [
            '*主办 · 省水利厅* · 经办人 <@U0HANDLER> · 3月4日（周三） 签收',
            '✅ 签收 · 3月5日（周四） · 3月4日（周三） 完成',
            '🔴 办前沟通 · 3月5日（周四） · 已逾期',
            '⏳ 申请调整截止 · 3月2日（周一）', // a window's close: past, yet never overdue
            '⚪ 答复 · 5月18日（周一）',
          ].join('\n'),
        ),
        { type: 'divider' },
        section(['*会办 · 省民政厅* · 经办人 无 · 未签收', '⚪ 会办意见 · 4月2日（周四）'].join('\n')),
        { type: 'divider' },
        // An ended assignment keeps its line but not its nodes: nobody owes them any more.
        section('*会办 · 省财政厅* · 经办人 无 · 已调整/撤回'),
      ],
    });
  });

  it('reads done times as days in the office’s time zone', () => {
    const at = (instant: string) =>
      suggestionDetailMessage(
        en,
        detail([assignment({ milestones: [{ id: 107, kind: 'accept', plannedOn: '2026-03-05', doneAt: new Date(instant) }] })]),
        today,
        zone,
      ).blocks.at(-1);
    expect(JSON.stringify(at('2026-03-04T15:59:59Z'))).toContain('done Wed 4 Mar');
    expect(JSON.stringify(at('2026-03-04T16:00:00Z'))).toContain('done Thu 5 Mar');
  });

  it('fills in a missing title and deputy', () => {
    const message = suggestionDetailMessage(en, detail([], { title: '', leadDeputy: '' }), today, zone);
    expect(message.text).toBe('*2026-0101* (untitled)');
    expect(JSON.stringify(message.blocks)).toContain('lead deputy not given');
  });

  it.each(catalogs)('stays within limits with 12 assignments and long texts (%s)', (_locale, catalog) => {
    const assignments = Array.from({ length: 12 }, (_, i) =>
      assignment({
        id: i + 1,
        unitName: longText(100, '单位'),
        role: i === 0 ? 'lead' : 'co',
        handlerUserId: `U0H${i}`,
        mayAccept: true,
        mayComplete: true,
        milestones: milestoneKindsOfLead.map((kind, n) => ({
          id: i * 100 + n,
          kind,
          plannedOn: `2026-0${3 + (n % 6)}-1${n}`,
          doneAt: n % 3 === 0 ? new Date('2026-03-04T01:00:00Z') : null,
        })),
      }),
    );
    const message = suggestionDetailMessage(
      catalog,
      detail(assignments, { title: longText(500), leadDeputy: longText(200, '代表') }),
      today,
      zone,
    );
    // Each unit: a divider, its section, and its buttons.
    expect(message.blocks).toHaveLength(2 + 12 * 3);
    expectValidMessage(message);
  });

  it('gives the person who may act on a unit’s part its buttons: 签收, and 完成 (or the form the step is written in) for the late steps and the next one', () => {
    const mine = { ...lead, status: 'pending' as const, acceptedAt: null, mayAccept: true, mayComplete: true };
    // In date order, as the service gives them.
    mine.milestones = [
      ...mine.milestones.map((node) => (node.kind === 'accept' ? { ...node, doneAt: null } : node)),
      { id: 108, kind: 'draft' as const, plannedOn: '2026-04-27', doneAt: null },
    ].sort((a, b) => a.plannedOn.localeCompare(b.plannedOn));
    const message = suggestionDetailMessage(zhCN, detail([mine, co]), today, zone);
    const actions = message.blocks.filter((block) => block.type === 'actions') as Array<{
      elements: Array<{ action_id: string; value: string; text: { text: string } }>;
    }>;
    expect(actions.map((a) => a.elements.map((e) => [e.action_id, e.value, e.text.text]))).toEqual([
      [
        [actionIds.acceptAssignment, '1', '签收'],
        // Slack wants each action_id once per block: the steps' buttons carry their id.
        [`${actionIds.completeMilestone}:102`, '102', '完成「办前沟通」'],
        // 初稿 is the next step due, written in the reply form (the value: the suggestion's id);
        // 答复, months away, gets its button when it comes near.
        [actionIds.writeReply, '100', '写答复'],
      ],
    ]);
    expectValidMessage(message);
  });

  it('keeps to 50 blocks however many units a suggestion has', () => {
    const many = Array.from({ length: 40 }, (_, i) => assignment({ id: i + 1, unitName: `单位${i}` }));
    const message = suggestionDetailMessage(zhCN, detail(many), today, zone);
    expect(message.blocks).toHaveLength(50);
    expectValidMessage(message);
  });
});

describe('assignedNoticeMessage', () => {
  it('tells the handler, with accept, route, transfer and details buttons', () => {
    expect(assignedNoticeMessage(zhCN, assignedNotice())).toEqual({
      text: '新交办建议（主办） · 2026-0101 关于推进河湖长制的建议',
      blocks: [
        header('新交办建议（主办）'),
        section('您被指定为「省水利厅」的经办人。\n*2026-0101* 关于推进河湖长制的建议\n领衔代表：张三'),
        context('主办：省水利厅 · 会办：省民政厅、省财政厅'),
        section('请于 *3月5日（周四）* 前签收 · 内部办结 5月18日（周一） · 法定答复 6月2日（周二）'),
        {
          type: 'actions',
          elements: [
            {
              type: 'button',
              style: 'primary',
              text: { type: 'plain_text', text: '签收' },
              action_id: actionIds.acceptAssignment,
              value: '42',
            },
            { type: 'button', text: { type: 'plain_text', text: '分办' }, action_id: actionIds.routeAssignment, value: '42' },
            { type: 'button', text: { type: 'plain_text', text: '申请调整' }, action_id: actionIds.requestTransfer, value: '42' },
            { type: 'button', text: { type: 'plain_text', text: '详情' }, action_id: actionIds.showDetails, value: '7' },
          ],
        },
        context('交办人 <@U0SUP>'),
      ],
    });
  });

  it('addresses the liaison and the channel each in their own words', () => {
    const intro = (audience: 'liaison' | 'channel') => assignedNoticeMessage(zhCN, assignedNotice({ audience })).blocks[1];
    expect(JSON.stringify(intro('liaison'))).toContain('请作为「省水利厅」联络员签收并安排办理。');
    expect(JSON.stringify(intro('channel'))).toContain('以下建议交由「省水利厅」办理。');
  });

  it('leaves out the co units and the deputy when there are none', () => {
    const message = assignedNoticeMessage(en, assignedNotice({ coUnitNames: [], leadDeputy: '' }));
    expect(message.blocks[0]).toEqual(header('New suggestion (lead)'));
    expect(message.blocks[2]).toEqual(context('Lead: 省水利厅'));
    expect(JSON.stringify(message.blocks[1])).not.toContain('Lead deputy');
  });

  it('gives a co-handling unit its own deadline: the opinion to the lead unit', () => {
    const message = assignedNoticeMessage(
      zhCN,
      assignedNotice({
        audience: 'liaison',
        role: 'co',
        unitName: '省民政厅',
        coUnitNames: ['省民政厅'],
        handlerUserId: null,
        opinionBy: '2026-04-02',
      }),
    );
    expect(message.blocks[0]).toEqual(header('新交办建议（会办）'));
    expect(message.blocks[1]).toEqual(
      section('请作为「省民政厅」联络员签收并安排办理。\n*2026-0101* 关于推进河湖长制的建议\n领衔代表：张三'),
    );
    expect(message.blocks[3]).toEqual(section('请于 *3月5日（周四）* 前签收 · 会办意见请于 *4月2日（周四）* 前送主办单位「省水利厅」'));
    expectValidMessage(message);
  });

  it.each(catalogs)('stays within limits with very long names (%s)', (_locale, catalog) => {
    for (const audience of ['handler', 'liaison', 'channel'] as const) {
      const notice = assignedNotice({
        audience,
        title: longText(3000),
        leadDeputy: longText(500, '代表'),
        unitName: longText(200, '单位'),
        coUnitNames: Array.from({ length: 30 }, () => longText(100, '单位')),
        code: 'x'.repeat(32),
      });
      expectValidMessage(assignedNoticeMessage(catalog, notice));
      expectValidMessage(
        assignedNoticeMessage(catalog, { ...notice, role: 'co', leadUnitName: longText(300, '单位'), opinionBy: '2026-04-02' }),
      );
    }
  });
});

describe('acceptedNoticeMessage', () => {
  it('says the unit accepted on time', () => {
    expect(acceptedNoticeMessage(zhCN, acceptedNotice())).toEqual({
      text: '「省水利厅」已签收主办建议 *2026-0101* 关于推进河湖长制的建议',
      blocks: [
        section('「省水利厅」已签收主办建议 *2026-0101* 关于推进河湖长制的建议'),
        context('<@U0LIAISON> · 按期签收（期限 3月5日（周四））'),
      ],
    });
  });

  it('says it was late from the day after the deadline', () => {
    expect(acceptedNoticeMessage(zhCN, acceptedNotice({ acceptedOn: '2026-03-06' })).blocks[1]).toEqual(
      context('<@U0LIAISON> · 逾期签收（期限 3月5日（周四））'),
    );
    expect(acceptedNoticeMessage(en, acceptedNotice({ acceptedOn: '2026-03-04' })).blocks[1]).toEqual(
      context('<@U0LIAISON> · on time (due Thu 5 Mar)'),
    );
  });

  it.each(catalogs)('stays within limits (%s)', (_locale, catalog) => {
    expectValidMessage(acceptedNoticeMessage(catalog, acceptedNotice({ title: longText(3000) })));
  });

  it('carries 详情 for the suggestion it names, once the notice names it', () => {
    const blocks = acceptedNoticeMessage(zhCN, acceptedNotice({ suggestionId: 42 })).blocks;
    expect(blocks.at(-1)).toEqual({
      type: 'actions',
      elements: [{ type: 'button', text: { type: 'plain_text', text: '详情' }, action_id: actionIds.showDetails, value: '42' }],
    });
  });
});

describe('noticeMessage', () => {
  it('renders each kind of notice with its own view', () => {
    expect(noticeMessage(en, assignedNotice())).toEqual(assignedNoticeMessage(en, assignedNotice()));
    expect(noticeMessage(en, acceptedNotice())).toEqual(acceptedNoticeMessage(en, acceptedNotice()));
  });
});

describe('answers', () => {
  it('confirms a unit with whatever was set', () => {
    expect(
      unitAddedMessage(
        zhCN,
        { name: '省水利厅', aliases: ['水利厅', '水利'], channelId: 'C0W' },
        { liaisonUserId: 'U0L', leaderUserId: 'U0LEAD' },
      ),
    ).toEqual({
      text: '已登记承办单位「省水利厅」。简称：水利厅、水利；频道：<#C0W>；联络员：<@U0L>；分管领导：<@U0LEAD>',
      blocks: [section('已登记承办单位「省水利厅」。简称：水利厅、水利；频道：<#C0W>；联络员：<@U0L>；分管领导：<@U0LEAD>')],
    });
    expect(unitAddedMessage(en, { name: 'Water', aliases: [], channelId: null }, {}).text.trim()).toBe('Registered the unit “Water”.');
    expect(unitAddedMessage(en, { name: 'Water', aliases: [], channelId: null }, { leaderUserId: 'U9' }).text).toBe(
      'Registered the unit “Water”. leader: <@U9>',
    );
  });

  it('confirms an assignment with its dates and who was told', () => {
    const result = {
      suggestionId: 1,
      code: '2026-0101',
      sessionName: '2026',
      leadUnit: '省水利厅',
      coUnits: ['省民政厅'],
      acceptBy: '2026-03-05',
      statutoryDueOn: '2026-06-02',
      internalDueOn: '2026-05-18',
      notified: 3,
      similar: [],
      sharedDays: [],
    };
    expect(assignedMessage(zhCN, result)).toEqual({
      text: '已交办建议 *2026-0101*：主办「省水利厅」，会办「省民政厅」。',
      blocks: [
        section('已交办建议 *2026-0101*：主办「省水利厅」，会办「省民政厅」。'),
        context('签收期限 3月5日（周四） · 内部办结 5月18日（周一）（时间前移） · 法定答复 6月2日（周二）'),
        context('已通知 3 处（私信与单位频道）。'),
      ],
    });
    const unannounced = assignedMessage(zhCN, { ...result, coUnits: [], notified: 0 });
    expect(unannounced.text).toBe('已交办建议 *2026-0101*：主办「省水利厅」。');
    expect(unannounced.blocks[2]).toEqual(context('单位尚未设置联络员或频道，暂无人收到通知。'));
    expectValidMessage(assignedMessage(en, { ...result, coUnits: Array.from({ length: 50 }, () => longText(100, 'unit')) }));
  });

  it('tells the office when the time is too short to give each step a day of its own', () => {
    const result = {
      suggestionId: 3,
      code: '2026-0102',
      sessionName: '2026',
      leadUnit: '省水利厅',
      coUnits: [],
      acceptBy: '2026-03-03',
      statutoryDueOn: '2026-03-17',
      internalDueOn: '2026-03-10',
      notified: 1,
      similar: [],
      sharedDays: [{ on: '2026-03-04', kinds: ['pre_contact' as const, 'draft' as const] }],
    };
    expect(assignedMessage(zhCN, result).blocks[2]).toEqual(
      context(
        '办理时间较短，节点已按顺序压缩，部分节点只能同日完成：办前沟通、初稿同在 3月4日（周三）。请督促承办单位抓紧办理，确有困难的可申请延期。',
      ),
    );
    expectValidMessage(assignedMessage(en, result));
  });

  it('names the open suggestions with titles like the new one’s, and 并案', () => {
    const result = {
      suggestionId: 2,
      code: '2026-0031',
      sessionName: '2026',
      leadUnit: '省水利厅',
      coUnits: [],
      acceptBy: '2026-03-05',
      statutoryDueOn: '2026-06-02',
      internalDueOn: '2026-05-18',
      notified: 2,
      sharedDays: [],
      similar: [
        { code: '2026-0007', title: '关于推进河湖长制落地见效的建议' },
        { code: '2026-0102', title: '关于东川市推进河湖长制落地见效的建议' },
      ],
    };
    const message = assignedMessage(zhCN, result);
    expect(message.text).toBe('已交办建议 *2026-0031*：主办「省水利厅」。');
    expect(message.blocks.slice(0, 2)).toEqual([
      section('已交办建议 *2026-0031*：主办「省水利厅」。'),
      section(
        '本会次另有标题相近、尚未办结的建议：*2026-0007* 关于推进河湖长制落地见效的建议；*2026-0102* 关于东川市推进河湖长制落地见效的建议。' +
          '如属同一事项，可用 `/suggest merge 2026-0031 into 2026-0007` 并案办理。',
      ),
    ]);
    expect(message.blocks).toHaveLength(4);
    // Titles of the longest a suggestion may have, three of them, in either language: one section within Slack's limits.
    for (const [, catalog] of catalogs) {
      const long = { ...result, similar: ['A', 'B', 'C'].map((code) => ({ code, title: longText(500, '&<') })) };
      expectValidMessage(assignedMessage(catalog, long));
    }
  });

  it('confirms an acceptance, marking the late ones', () => {
    const result = {
      code: '2026-0101',
      title: '关于推进河湖长制的建议',
      accepted: [
        { assignmentId: 1, unitName: '省水利厅', role: 'lead' as const, plannedOn: '2026-03-05', onTime: true },
        { assignmentId: 2, unitName: '省民政厅', role: 'co' as const, plannedOn: '2026-03-05', onTime: false },
      ],
    };
    expect(acceptedMessage(zhCN, result)).toEqual({
      text: '已签收建议 *2026-0101*：省水利厅 · 主办、省民政厅 · 会办 · 已超过签收期限。',
      blocks: [section('已签收建议 *2026-0101*：省水利厅 · 主办、省民政厅 · 会办 · 已超过签收期限。')],
    });
    expect(acceptedMessage(en, result).text).toBe('Accepted *2026-0101*: 省水利厅 · lead, 省民政厅 · co-handling · after the deadline.');
  });
});

describe('answeredInPlace', () => {
  it('puts what was done where the clicked line’s buttons were', () => {
    const notice = assignedNoticeMessage(zhCN, assignedNotice());
    const answer = { text: '已签收建议 *2026-0101*：省水利厅 · 主办。', blocks: [] };
    const at = notice.blocks.findIndex((block) => block.type === 'actions');
    const replaced = answeredInPlace(
      notice,
      { actionId: actionIds.acceptAssignment, value: String(assignedNotice().assignmentId) },
      answer,
    );
    expect(replaced.text).toBe(notice.text);
    expect(replaced.blocks).toEqual([...notice.blocks.slice(0, at), context(answer.text), ...notice.blocks.slice(at + 1)]);
    expectValidMessage(replaced);
  });

  it('leaves the other lines of a reminder their buttons', () => {
    const items = [1, 2, 3].map((n) => ({
      milestoneId: n,
      kind: 'pre_contact' as const,
      plannedOn: '2026-12-10',
      assignmentId: 10 + n,
      role: 'lead' as const,
      suggestionId: 100 + n,
      code: `2026-010${n}`,
      title: '建议',
      unitName: '省水利厅',
      statutoryDueOn: '2027-02-01',
      urgency: { dueIn: 2 },
    }));
    const reminder = noticeMessage(zhCN, { type: 'reminder', day: '2026-12-08', windowWorkingDays: 3, items });
    const replaced = answeredInPlace(reminder, { actionId: actionIds.completeMilestone, value: '2' }, { text: '已完成', blocks: [] });
    expect(replaced.blocks.filter((block) => block.type === 'actions')).toHaveLength(2);
    expect(replaced.blocks[4]).toEqual(context('已完成'));
    expectValidMessage(replaced);
  });
});

describe('the people change and stale requests, as messages', () => {
  it('tells who asked that a request was withdrawn and why, in both languages, with the details a click away', () => {
    const notice = {
      type: 'request_cancelled',
      suggestionId: 7,
      code: '2026-0101',
      title: '河湖<治理>',
      kind: 'extension',
      because: 'transferred',
    } as const;
    const zh = noticeMessage(zhCN, notice);
    expect(zh.text).toBe(
      '申请已撤销 · 您对建议 2026-0101 河湖&lt;治理&gt; 的延期申请尚未决定，该建议已改由其他单位办理，原申请不再适用，已自动撤销。如仍需要，请按新的情况重新申请。',
    );
    expect(JSON.stringify(zh.blocks)).toContain(actionIds.showDetails);
    expect(noticeMessage(en, { ...notice, kind: 'transfer', because: 'next_round' }).text).toContain('transfer request for 2026-0101');
    expectValidMessage(zh);
  });

  it('marks a message sent to a stand-in with whom it was meant for, first', () => {
    const message = noticeMessage(zhCN, {
      type: 'request_cancelled',
      suggestionId: 7,
      code: 'X',
      title: '',
      kind: 'transfer',
      because: 'next_round',
      onBehalfOf: 'UAWAY',
    });
    expect(message.text.startsWith('代 <@UAWAY> 收')).toBe(true);
    expect(message.blocks[0]).toEqual(context('代 <@UAWAY> 收'));
  });
});
