// 代理 (DESIGN §3): a person away names a delegate until a date. Pure: the caller loads who is
// away and who stands in for whom, this decides.
import { addMonths, type CalendarDate } from './calendar-date.js';

/** An absence longer than this is a change of the unit's people, not a delegation. */
export const delegationMonthsAtMost = 3;

export type DelegationProblem =
  | { code: 'delegation_to_self' }
  | { code: 'delegation_past'; until: CalendarDate }
  | { code: 'delegation_too_long'; until: CalendarDate; latest: CalendarDate }
  /** The principal stands in for someone: handing that on would chain delegations. */
  | { code: 'delegate_cannot_delegate'; principal: string }
  /** The delegate is away themselves: what reaches them would go on to a third person. */
  | { code: 'delegation_chained'; userId: string }
  | { code: 'delegation_running'; delegate: string; until: CalendarDate };

export interface DelegationRequest {
  principal: string;
  delegate: string;
  until: CalendarDate;
  today: CalendarDate;
  /** The principal's own running delegation, if any. */
  running?: { delegate: string; until: CalendarDate } | undefined;
  /** Whom the principal stands in for today. */
  principalStandsInFor: readonly string[];
  /** Whether the delegate has a running delegation of their own (is away). */
  delegateIsAway: boolean;
}

/** Why a delegation may not start, or undefined when it may. */
export function delegationProblem(request: DelegationRequest): DelegationProblem | undefined {
  if (request.delegate === request.principal) return { code: 'delegation_to_self' };
  if (request.until < request.today) return { code: 'delegation_past', until: request.until };
  const latest = addMonths(request.today, delegationMonthsAtMost);
  if (request.until > latest) return { code: 'delegation_too_long', until: request.until, latest };
  if (request.running) return { code: 'delegation_running', ...request.running };
  if (request.principalStandsInFor.length > 0) return { code: 'delegate_cannot_delegate', principal: request.principalStandsInFor[0]! };
  if (request.delegateIsAway) return { code: 'delegation_chained', userId: request.delegate };
  return undefined;
}
