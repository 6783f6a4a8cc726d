// The reply's way through the unit (答复): the lead unit hears of each co-unit opinion, each
// reviewer gets the reply at their level with approve / return, the drafter hears of a return or
// of the sign-off, and the supervision office of the reply sent. Also the answers to the person
// who acted.
import type {
  OpinionReceivedNotice,
  ReplyReturnedNotice,
  ReplySentNotice,
  ReplySignedNotice,
  ReviewRequestedNotice,
} from '../../domain/notices.js';
import { reviewLevelOf } from '../../domain/review-chain.js';
import type { Catalog } from '../../i18n/index.js';
import type { ReviewOutcome } from '../../services/replies/review-reply.js';
import type { SentReply } from '../../services/replies/send-reply.js';
import type { SubmittedOpinion } from '../../services/replies/submit-opinion.js';
import type { SubmittedReply } from '../../services/replies/submit-reply.js';
import { actionIds, versionedValue } from '../ids.js';
import { button, context, escapeText, fit, formatDate, header, mention, type SlackMessage, section } from './format.js';
import { verdictButtons } from './verdict-notices.js';

const mentions = (catalog: Catalog, userIds: readonly string[]) => userIds.map(mention).join(catalog.listJoin);

export function opinionReceivedMessage(catalog: Catalog, notice: OpinionReceivedNotice): SlackMessage {
  const words = catalog.opinion;
  return {
    text: `${words.noticeHeading} · ${notice.code}`,
    blocks: [
      header(words.noticeHeading),
      section(words.noticeBody(notice.code, escapeText(notice.title), escapeText(notice.unitName), mention(notice.submittedBy))),
      section(escapeText(notice.body)),
      { type: 'actions', elements: [button(catalog.button.details, actionIds.showDetails, notice.suggestionId)] },
    ],
  };
}

export function reviewRequestedMessage(catalog: Catalog, notice: ReviewRequestedNotice): SlackMessage {
  const words = catalog.reply;
  const level = words.levelNames[notice.level];
  const facts = [
    words.reviewClass(words.classNames[notice.replyClass], notice.mayPublish),
    words.reviewSummary(escapeText(notice.summary)),
    ...(notice.documentUrl ? [words.reviewDocument(escapeText(notice.documentUrl))] : []),
    ...(notice.reason ? [words.reviewReason(escapeText(notice.reason))] : []),
    ...(notice.commitments.length > 0
      ? [
          words.reviewCommitments,
          ...notice.commitments.map((c, i) => words.reviewCommitment(i + 1, formatDate(catalog, c.dueOn), escapeText(c.description))),
        ]
      : []),
  ];
  const trail = [
    words.reviewDraftedBy(mention(notice.draftedBy)),
    ...(notice.approvals.length > 0
      ? [words.reviewApprovals(notice.approvals.map((a) => `${words.levelNames[a.level]} ${mention(a.by)}`).join(catalog.listJoin))]
      : []),
  ];
  const row = versionedValue({ id: notice.replyId, version: notice.version });
  return {
    text: `${words.reviewHeading(level)} · ${notice.code}`,
    blocks: [
      header(words.reviewHeading(level)),
      section(
        `${words.reviewIntro(notice.round)}\n${catalog.show.heading(notice.code, escapeText(notice.title))} · ${escapeText(notice.unitName)}`,
      ),
      section(fit(facts.join('\n'), 3000)),
      context(trail.join(' · ')),
      {
        type: 'actions',
        elements: [
          button(notice.level === 'head' ? words.sign : words.approve, actionIds.approveReply, row, 'primary'),
          button(words.return, actionIds.returnReply, row, 'danger'),
          button(catalog.button.details, actionIds.showDetails, notice.suggestionId),
        ],
      },
    ],
  };
}

export function replyReturnedMessage(catalog: Catalog, notice: ReplyReturnedNotice): SlackMessage {
  const words = catalog.reply;
  return {
    text: `${words.returnedHeading} · ${notice.code}`,
    blocks: [
      header(words.returnedHeading),
      section(words.returnedBody(notice.code, escapeText(notice.title), words.levelNames[notice.level], mention(notice.returnedBy))),
      section(words.returnedComment(escapeText(notice.comment))),
      context(words.returnedHint(notice.code)),
      { type: 'actions', elements: [button(catalog.button.details, actionIds.showDetails, notice.suggestionId)] },
    ],
  };
}

export function replySignedMessage(catalog: Catalog, notice: ReplySignedNotice): SlackMessage {
  const words = catalog.reply;
  return {
    text: `${words.signedHeading} · ${notice.code}`,
    blocks: [
      header(words.signedHeading),
      section(words.signedBody(notice.code, escapeText(notice.title), mention(notice.signedBy))),
      {
        type: 'actions',
        elements: [
          button(words.markSent, actionIds.markReplySent, versionedValue({ id: notice.replyId, version: notice.version }), 'primary'),
        ],
      },
    ],
  };
}

export function replySentMessage(catalog: Catalog, notice: ReplySentNotice): SlackMessage {
  const words = catalog.reply;
  const lines = [
    words.sentBody(
      notice.code,
      escapeText(notice.title),
      escapeText(notice.unitName),
      notice.replyClass,
      formatDate(catalog, notice.sentOn),
    ),
    ...(notice.feedbackBy ? [words.sentFeedback(formatDate(catalog, notice.feedbackBy))] : []),
    ...(notice.mayPublish ? [notice.publishBy ? words.sentPublishBy(formatDate(catalog, notice.publishBy)) : words.sentPublish] : []),
  ];
  // The verdict's buttons only for a reader who may record it, and on a notice that names its suggestion.
  const asked =
    notice.recordsVerdict && notice.suggestionId !== undefined ? { suggestionId: notice.suggestionId, round: notice.round } : null;
  return {
    text: `${words.sentHeading} · ${notice.code}`,
    blocks: [
      header(words.sentHeading),
      section(lines.join('\n')),
      ...(asked ? [context(words.sentAsk(notice.code)), verdictButtons(catalog, asked)] : [context(words.sentHint(notice.code))]),
    ],
  };
}

export const opinionSubmittedAnswer = (catalog: Catalog, result: SubmittedOpinion): string =>
  catalog.opinion.done(result.code, escapeText(result.leadUnitName), result.told.length > 0);

export const replySubmittedAnswer = (catalog: Catalog, result: SubmittedReply): string =>
  catalog.reply.done(result.code, catalog.reply.levelNames[result.level], mentions(catalog, result.reviewers), result.again);

export function reviewAnswer(catalog: Catalog, result: ReviewOutcome): string {
  const words = catalog.reply;
  const told = mentions(catalog, result.told);
  if (result.decision === 'return') return words.returnedAnswer(result.code, told);
  if (result.status === 'approved') return words.signedAnswer(result.code, told);
  const next = reviewLevelOf(result.status) ?? result.level;
  return words.approvedAnswer(result.code, words.levelNames[result.level], words.levelNames[next], told);
}

export const replySentAnswer = (catalog: Catalog, result: SentReply): string =>
  catalog.reply.sentAnswer(
    result.code,
    formatDate(catalog, result.sentOn),
    result.feedbackBy ? formatDate(catalog, result.feedbackBy) : '',
  );
