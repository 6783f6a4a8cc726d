// The reply's sign-off chain (DESIGN §1, 答复): 处室把关 → 分管领导审核 → 主要领导签发. Which level
// a reply waits on, who reviews at it, and which of the assignment's time nodes an approval
// completes.
import type { UnitPeople } from './reminders.js';
import type { MilestoneKind, ReplyStatus, ReviewLevel } from './vocabulary.js';

const levelByStatus: Partial<Record<ReplyStatus, ReviewLevel>> = {
  division_review: 'division',
  leader_review: 'leader',
  head_review: 'head',
};

/** The level a reply in this state waits on; none when it is not under review. */
export const reviewLevelOf = (status: ReplyStatus): ReviewLevel | undefined => levelByStatus[status];

/** The time node an approval at this level completes. */
export const reviewNodeKind: Record<ReviewLevel, MilestoneKind> = {
  division: 'division_review',
  leader: 'leader_review',
  head: 'head_signoff',
};

export const reviewLevelsInOrder: readonly ReviewLevel[] = ['division', 'leader', 'head'];

/**
 * The unit's reviewers at a level: its division heads, the assignment's responsible leader (or
 * else the unit's leaders), its heads. Unlike a reminder's owners there is no fallback: a reply
 * is signed off by the people whose level it is, never by the one who drafted it.
 */
export function reviewersAt(level: ReviewLevel, people: UnitPeople, responsibleLeaderUserId: string | null): string[] {
  switch (level) {
    case 'division':
      return [...people.divisions];
    case 'leader':
      return responsibleLeaderUserId ? [responsibleLeaderUserId] : [...people.leaders];
    case 'head':
      return [...people.heads];
  }
}
