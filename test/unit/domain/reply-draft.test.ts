import { describe, expect, it } from 'vitest';
import { checkReplyDraft, parseCommitmentLines, type ReplyDraft } from '../../../src/domain/reply-draft.js';
import { reviewersAt, reviewLevelOf, reviewNodeKind } from '../../../src/domain/review-chain.js';
import { defaultSessionSettings } from '../../../src/domain/settings.js';

const settings = defaultSessionSettings();
const today = '2026-04-01';
const draft = (over: Partial<ReplyDraft> = {}): ReplyDraft => ({
  replyClass: 'A',
  summary: '已解决',
  documentUrl: null,
  mayPublish: false,
  reason: null,
  commitments: [],
  ...over,
});
const promise = { dueOn: '2026-06-30', description: '完成二期立项' };

describe('what a reply must hold before review', () => {
  it('takes an A, a B with dated promises, a C with its reason, a document link on the web', () => {
    expect(checkReplyDraft(draft(), settings, today)).toBeUndefined();
    expect(checkReplyDraft(draft({ replyClass: 'B', commitments: [promise] }), settings, today)).toBeUndefined();
    expect(checkReplyDraft(draft({ replyClass: 'C', reason: '受财力所限' }), settings, today)).toBeUndefined();
    expect(checkReplyDraft(draft({ documentUrl: 'https://gov.example/a.pdf' }), settings, today)).toBeUndefined();
    expect(checkReplyDraft(draft({ replyClass: 'B', commitments: [{ ...promise, dueOn: today }] }), settings, today)).toBeUndefined();
  });

  it.each([
    [draft({ replyClass: 'D' }), { code: 'class_not_used', given: 'D', classes: ['A', 'B', 'C'] }],
    [draft({ replyClass: 'B' }), { code: 'commitments_needed' }],
    [draft({ commitments: [promise] }), { code: 'commitments_only_b' }],
    [draft({ replyClass: 'C', reason: '   ' }), { code: 'reason_needed' }],
    [draft({ replyClass: 'B', commitments: [{ ...promise, dueOn: '2026-03-31' }] }), { code: 'commitment_due_past', dueOn: '2026-03-31' }],
    [draft({ documentUrl: 'ftp://x/a' }), { code: 'bad_document_url', given: 'ftp://x/a' }],
    [draft({ documentUrl: '见附件' }), { code: 'bad_document_url', given: '见附件' }],
  ])('refuses %j', (given, problem) => {
    expect(checkReplyDraft(given, settings, today)).toEqual(problem);
  });

  it('follows the session’s classes (a province with D)', () => {
    expect(checkReplyDraft(draft({ replyClass: 'D' }), { ...settings, replyClasses: ['A', 'B', 'C', 'D'] }, today)).toBeUndefined();
  });
});

describe('promises as typed in the reply form', () => {
  it('reads one a line, date first, skipping blank lines and keeping the spaces of the text', () => {
    expect(parseCommitmentLines('2026-06-30 完成二期 立项\n\n  2026-12-31\u3000二期开工  \r\n')).toEqual({
      commitments: [
        { dueOn: '2026-06-30', description: '完成二期 立项' },
        { dueOn: '2026-12-31', description: '二期开工' },
      ],
    });
    expect(parseCommitmentLines('')).toEqual({ commitments: [] });
  });

  it('reads the dates as a command does: 2027/6/30 and 2027年6月30日 too', () => {
    expect(parseCommitmentLines('2027/6/30 完成二期工程\n2027年12月31日 全面建成')).toEqual({
      commitments: [
        { dueOn: '2027-06-30', description: '完成二期工程' },
        { dueOn: '2027-12-31', description: '全面建成' },
      ],
    });
  });

  it.each(['明年 完成立项', '2026-02-30 不存在的日子', '2026-06-30', '完成立项'])('names the line it cannot read: %j', (line) => {
    expect(parseCommitmentLines(`2026-06-30 第一项\n${line}`)).toEqual({ badLine: line });
  });
});

describe('the review chain', () => {
  const people = { liaisons: ['L'], divisions: ['D1', 'D2'], leaders: ['LEAD'], heads: ['H'] };

  it('waits on a level only while under review, and each approval completes its own node', () => {
    expect(
      ['draft', 'division_review', 'leader_review', 'head_review', 'returned', 'approved', 'sent'].map(
        (s) => reviewLevelOf(s as never) ?? '-',
      ),
    ).toEqual(['-', 'division', 'leader', 'head', '-', '-', '-']);
    expect(reviewNodeKind).toEqual({ division: 'division_review', leader: 'leader_review', head: 'head_signoff' });
  });

  it('is reviewed by the level’s people, the assignment’s responsible leader first, and never falls back to the drafter', () => {
    expect(reviewersAt('division', people, null)).toEqual(['D1', 'D2']);
    expect(reviewersAt('leader', people, null)).toEqual(['LEAD']);
    expect(reviewersAt('leader', people, 'RESP')).toEqual(['RESP']);
    expect(reviewersAt('head', people, null)).toEqual(['H']);
    expect(reviewersAt('head', { ...people, heads: [] }, null)).toEqual([]);
  });
});
