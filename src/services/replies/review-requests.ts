import type { ReplyContent, ReviewRequestedNotice } from '../../domain/notices.js';
import type { UnitPeople } from '../../domain/reminders.js';
import type { CommitmentDraft } from '../../domain/reply-draft.js';
import { reviewersAt } from '../../domain/review-chain.js';
import type { ReviewLevel } from '../../domain/vocabulary.js';
import type { OutgoingNotice } from '../shared/enqueue-notices.js';
import type { SuggestionRow } from '../suggestions/find-suggestion.js';
import type { ReplyRow } from './load-lead-reply.js';

/** The review request to each reviewer of the level, for this version of the reply. */
export function reviewRequests(
  content: ReplyContent,
  level: ReviewLevel,
  approvals: ReviewRequestedNotice['approvals'],
  people: UnitPeople,
  responsibleLeaderUserId: string | null,
): OutgoingNotice[] {
  return reviewersAt(level, people, responsibleLeaderUserId).map((to) => ({
    key: `review:${content.replyId}:v${content.version}:${to}`,
    channel: to,
    notice: { type: 'review_requested', ...content, level, approvals },
  }));
}

/** The reply as its reviewers read it, in the version just written. */
export const replyContentOf = (
  reply: ReplyRow,
  suggestion: SuggestionRow,
  unitName: string,
  commitments: CommitmentDraft[],
): ReplyContent => ({
  replyId: reply.id,
  version: reply.version,
  suggestionId: suggestion.id,
  code: suggestion.code,
  title: suggestion.title,
  unitName,
  round: reply.round,
  replyClass: reply.replyClass,
  summary: reply.summary,
  documentUrl: reply.documentUrl,
  reason: reply.reason,
  mayPublish: reply.mayPublish,
  commitments,
  draftedBy: reply.draftedBy,
});
