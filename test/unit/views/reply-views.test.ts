import { describe, expect, it } from 'vitest';
import type { ReplySentNotice, ReviewRequestedNotice, VerdictRecordedNotice } from '../../../src/domain/notices.js';
import { en } from '../../../src/i18n/en.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';
import type { ReplyForm } from '../../../src/services/replies/prepare-reply-form.js';
import type { SuggestionDetail } from '../../../src/services/suggestions/show-suggestion.js';
import { actionIds, callbackIds } from '../../../src/slack/ids.js';
import { noticeMessage } from '../../../src/slack/views/notice.js';
import { replyModal } from '../../../src/slack/views/reply-modal.js';
import { returnModal } from '../../../src/slack/views/return-modal.js';
import { suggestionDetailMessage } from '../../../src/slack/views/suggestion-detail.js';
import { verdictModal } from '../../../src/slack/views/verdict-modal.js';
import { assignment, detail, expectValidMessage, expectValidView, longText } from './fixtures.js';

const request = (over: Partial<ReviewRequestedNotice> = {}): ReviewRequestedNotice => ({
  type: 'review_requested',
  replyId: 7,
  version: 3,
  suggestionId: 100,
  code: '2026-0107',
  title: '关于农村饮水安全的建议',
  unitName: '省水利厅',
  round: 1,
  replyClass: 'B',
  summary: '二期工程列入明年计划',
  documentUrl: 'https://gov.example/0107.pdf',
  reason: null,
  mayPublish: true,
  commitments: [{ dueOn: '2026-06-30', description: '完成二期立项' }],
  draftedBy: 'UHAN',
  level: 'leader',
  approvals: [{ level: 'division', by: 'UDIV' }],
  ...over,
});

describe('the review request', () => {
  it('shows the reply at the reviewer’s level with approve and return, both naming the version read', () => {
    const message = noticeMessage(zhCN, request());
    expectValidMessage(message);
    const texts = JSON.stringify(message.blocks);
    expect(message.text).toBe('答复待审核 · 分管领导审核 · 2026-0107');
    expect(texts).toContain('B 类 · 正在解决或列入计划 · 可以公开');
    expect(texts).toContain('1. 6月30日（周二） 前 · 完成二期立项');
    expect(texts).toContain('已审核：处室把关 <@UDIV>');
    const [actions] = message.blocks.filter((b) => b.type === 'actions') as Array<{
      elements: Array<{ action_id: string; value: string; text: { text: string } }>;
    }>;
    expect(actions?.elements.map((e) => [e.action_id, e.value])).toEqual([
      [actionIds.approveReply, '7:3'],
      [actionIds.returnReply, '7:3'],
      [actionIds.showDetails, '100'],
    ]);
    // The head signs rather than approves.
    const head = noticeMessage(zhCN, request({ level: 'head' })).blocks.at(-1) as { elements: Array<{ text: { text: string } }> };
    expect(head.elements[0]?.text.text).toBe('签发');
  });

  it('stays a message Slack takes with a long summary, a long reason and 40 promises, in both languages', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ dueOn: '2026-06-30', description: longText(200 + i) }));
    for (const catalog of [zhCN, en]) {
      expectValidMessage(
        noticeMessage(catalog, request({ summary: longText(3000), reason: longText(3000), replyClass: 'C', commitments: many })),
      );
    }
  });
});

describe('the verdict', () => {
  const verdict = (over: Partial<VerdictRecordedNotice> = {}): VerdictRecordedNotice => ({
    type: 'verdict_recorded',
    code: '2026-0107',
    title: '关于农村饮水安全的建议',
    unitName: '省水利厅',
    verdict: 'dissatisfied',
    note: '希望明确开工时间',
    recordedBy: 'USUP',
    outcome: 'reopened',
    round: 2,
    statutoryDueOn: '2026-07-15',
    internalDueOn: '2026-06-30',
    openCommitments: 0,
    ...over,
  });

  it('says what follows it: a new round, follow-up, or close-out', () => {
    expect(JSON.stringify(noticeMessage(zhCN, verdict()).blocks)).toContain(
      '重新办理（第 2 轮）：内部办结 6月30日（周二），答复期限 7月15日（周三）',
    );
    expect(
      JSON.stringify(noticeMessage(zhCN, verdict({ verdict: 'basically_satisfied', outcome: 'followup', openCommitments: 2 })).blocks),
    ).toContain('还有 2 项承诺事项未核销');
    expect(JSON.stringify(noticeMessage(en, verdict({ verdict: 'satisfied', outcome: 'closed', note: '' })).blocks)).toContain(
      '*2026-0107* is closed.',
    );
  });

  it('carries 详情 once the notice names its suggestion, and none for one stored before', () => {
    expect(JSON.stringify(noticeMessage(zhCN, verdict({ suggestionId: 7 })).blocks)).toContain(
      '"action_id":"suggestion.details","value":"7"',
    );
    expect(JSON.stringify(noticeMessage(zhCN, verdict()).blocks)).not.toContain('suggestion.details');
  });
});

describe('the verdict’s buttons', () => {
  const sent = (over: Partial<ReplySentNotice> = {}): ReplySentNotice => ({
    type: 'reply_sent',
    suggestionId: 100,
    code: '2026-0107',
    title: '关于农村饮水安全的建议',
    unitName: '省水利厅',
    round: 2,
    replyClass: 'A',
    sentOn: '2026-04-01',
    feedbackBy: '2026-04-15',
    mayPublish: false,
    recordsVerdict: true,
    ...over,
  });
  const buttons = (message: { blocks: unknown[] }) =>
    (message.blocks as Array<{ type: string; elements?: Array<{ action_id: string; value: string; text: { text: string } }> }>)
      .filter((block) => block.type === 'actions')
      .flatMap((block) => block.elements ?? []);

  it('come with 答复已发出 for a reader who may record the verdict, naming the suggestion and the round', () => {
    const message = noticeMessage(zhCN, sent());
    expectValidMessage(message);
    expect(buttons(message).map((e) => [e.text.text, e.action_id, e.value])).toEqual([
      ['满意', actionIds.recordSatisfied, '100:2'],
      ['基本满意', actionIds.recordBasicallySatisfied, '100:2'],
      ['不满意', actionIds.recordDissatisfied, '100:2'],
    ]);
    expect(JSON.stringify(message.blocks)).toContain('请点击下方按钮记录');
    // Not for a reader who may not, nor on a notice stored before it named its suggestion.
    const { suggestionId: _id, ...stored } = sent();
    for (const notice of [sent({ recordsVerdict: false }), stored as ReplySentNotice]) {
      const without = noticeMessage(zhCN, notice);
      expect(buttons(without)).toEqual([]);
      expect(JSON.stringify(without.blocks)).toContain('/suggest evaluate 2026-0107');
    }
  });

  it('tell the office by when a reply that may be published is to be published, and where to mark it', () => {
    const texts = JSON.stringify(noticeMessage(zhCN, sent({ mayPublish: true, publishBy: '2026-04-29' })).blocks);
    expect(texts).toContain('这份答复可以公开，请于 4月29日（周三）前公开；公开后在 `/suggest publish` 中点「已公开」。');
    // A notice stored before it carried the date.
    expect(JSON.stringify(noticeMessage(zhCN, sent({ mayPublish: true })).blocks)).toContain('请按规定列入公开目录');
    expect(JSON.stringify(noticeMessage(zhCN, sent()).blocks)).not.toContain('公开');
  });

  it('come in show under the lead unit’s part when the person asking may record the verdict', () => {
    const shown = (verdictActions: SuggestionDetail['verdictActions']) =>
      suggestionDetailMessage(
        zhCN,
        { ...detail([assignment(), assignment({ id: 2, unitName: '省民政厅', role: 'co' })], { status: 'replied' }), verdictActions },
        '2026-04-10',
        'Asia/Shanghai',
      );
    const message = shown({ suggestionId: 100, round: 1 });
    expectValidMessage(message);
    expect(
      buttons(message)
        .filter((e) => e.action_id.startsWith('verdict.'))
        .map((e) => e.value),
    ).toEqual(['100:1', '100:1', '100:1']);
    const texts = message.blocks.map((block) => JSON.stringify(block));
    const verdictAt = texts.findIndex((block) => block.includes(actionIds.recordSatisfied));
    expect(texts[verdictAt - 1]).toContain('第 1 轮答复已发给代表');
    expect(texts.findIndex((block) => block.includes('省民政厅'))).toBeGreaterThan(verdictAt);
    expect(buttons(shown(null)).filter((e) => e.action_id.startsWith('verdict.'))).toEqual([]);
  });

  it('of 不满意 open a form for the reasons that Slack takes, in both languages', () => {
    for (const catalog of [zhCN, en]) {
      const view = verdictModal(catalog, { suggestionId: 100, round: 2, code: '2026-0107', title: longText(200), unitName: '省水利厅' });
      expectValidView('modal', view);
      expect(view).toMatchObject({ callback_id: callbackIds.verdictModal, private_metadata: '100:2' });
    }
  });
});

describe('the reply form', () => {
  const form = (over: Partial<ReplyForm> = {}): ReplyForm => ({
    suggestionId: 100,
    code: '2026-0107',
    title: '关于农村饮水安全的建议',
    unitName: '省水利厅',
    round: 1,
    classes: ['A', 'B', 'C'],
    today: '2026-04-01',
    opinions: [],
    ...over,
  });

  it('starts a returned reply from what it said, with the comment that sent it back', () => {
    const view = replyModal(
      zhCN,
      form({
        returned: {
          draft: {
            replyClass: 'B',
            summary: '二期',
            documentUrl: null,
            mayPublish: true,
            reason: null,
            commitments: [{ dueOn: '2026-06-30', description: '立项' }],
          },
          level: 'leader',
          by: 'UWLEAD',
          comment: '请写明资金来源',
        },
      }),
    );
    expectValidView('modal', view);
    const texts = JSON.stringify(view);
    expect(texts).toContain('*已被退回* · 分管领导审核 · <@UWLEAD>\\n修改意见：请写明资金来源');
    expect(texts).toContain('"initial_value":"2026-06-30 立项"');
    expect(texts).toContain('"initial_option":{"text":{"type":"plain_text","text":"B 类 · 正在解决或列入计划"},"value":"B"}');
  });

  it('stays a modal Slack takes with 30 long co-unit opinions, in both languages; so does the return form', () => {
    const opinions = Array.from({ length: 30 }, (_, i) => ({ unitName: `单位${i}`, body: longText(3000), submittedBy: `U${i}` }));
    for (const catalog of [zhCN, en]) {
      expectValidView('modal', replyModal(catalog, form({ opinions, classes: ['A', 'B', 'C', 'D'] })));
      expectValidView('modal', returnModal(catalog, { id: 7, version: 3, code: '2026-0107', level: 'head' }));
    }
  });
});

describe('the history in show', () => {
  it('stays within Slack’s limits however long the story', () => {
    const at = new Date('2026-04-01T02:00:00Z');
    const history = {
      contacts: Array.from({ length: 50 }, () => ({
        on: '2026-03-20',
        stage: 'before' as const,
        mode: 'phone' as const,
        by: 'UHAN',
        note: longText(2000),
        unitName: '省水利厅',
      })),
      opinions: Array.from({ length: 20 }, () => ({ at, round: 1, unitName: '省民政厅', by: 'UC', body: longText(3000) })),
      replies: Array.from({ length: 3 }, (_, i) => ({
        id: i + 1,
        version: 1,
        round: i + 1,
        replyClass: 'B' as const,
        status: 'sent' as const,
        summary: longText(3000),
        draftedBy: 'UHAN',
        at,
        sentOn: '2026-04-02',
        reviews: Array.from({ length: 30 }, () => ({
          at,
          level: 'leader' as const,
          decision: 'return' as const,
          by: 'UL',
          comment: longText(3000),
        })),
        commitments: Array.from({ length: 20 }, (_, seq) => ({
          seq: seq + 1,
          dueOn: '2026-09-30',
          description: longText(500),
          writtenOffAt: null,
          carried: true,
        })),
      })),
      evaluations: [{ at, round: 1, verdict: 'dissatisfied' as const, by: 'USUP', note: longText(2000) }],
    };
    const units = Array.from({ length: 12 }, (_, i) => assignment({ id: i + 1, unitName: `单位${i}` }));
    for (const catalog of [zhCN, en])
      expectValidMessage(suggestionDetailMessage(catalog, detail(units, {}, history), '2026-04-10', 'Asia/Shanghai'));
  });
});
