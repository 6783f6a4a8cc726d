import type { ReplyContent, ReviewRequestedNotice } from '../domain/notices.js';
import type { UnitPeople } from '../domain/reminders.js';
import { reviewersAt, reviewLevelsInOrder } from '../domain/review-chain.js';
import type { ReviewLevel } from '../domain/vocabulary.js';
import type { OutgoingNotice } from './enqueue-notices.js';
import { refuse } from './service-error.js';

/**
 * Refuses a reply to review while a level of the chain has nobody to sign at it: the unit names
 * them first (`/suggest unit member`), so the reply never waits on nobody.
 */
export function requireReviewers(people: UnitPeople, responsibleLeaderUserId: string | null, unitName: string): void {
  for (const level of reviewLevelsInOrder) {
    if (reviewersAt(level, people, responsibleLeaderUserId).length === 0) refuse({ code: 'no_reviewer', unitName, level });
  }
}

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
