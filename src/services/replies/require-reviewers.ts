import type { UnitPeople } from '../../domain/reminders.js';
import { reviewersAt, reviewLevelsInOrder } from '../../domain/review-chain.js';
import { refuse } from '../shared/service-error.js';

/**
 * Refuses a reply to review while a level of the chain has nobody to sign at it: the unit names
 * them first (`/suggest unit member`), so the reply never waits on nobody.
 */
export function requireReviewers(people: UnitPeople, responsibleLeaderUserId: string | null, unitName: string): void {
  for (const level of reviewLevelsInOrder) {
    if (reviewersAt(level, people, responsibleLeaderUserId).length === 0) refuse({ code: 'no_reviewer', unitName, level });
  }
}
