import type { CalendarDate } from '../../domain/calendar-date.js';
import { dateInZone } from '../../domain/calendar-date.js';
import {
  type ActorRoles,
  actsAs,
  canAccept,
  canCompleteNode,
  canDraftForUnit,
  canRecordForDeputy,
  canSeeSuggestion,
  handles,
} from '../../domain/permissions.js';
import { reviewersAt, reviewLevelOf } from '../../domain/review-chain.js';
import {
  type AssignmentRole,
  type AssignmentStatus,
  isLiveAssignment,
  type MilestoneKind,
  type ReviewLevel,
  type UnitRole,
} from '../../domain/vocabulary.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { type CountedAnswer, cachedAnswer } from './answer-cache.js';
import { refuseUnknownSuggestion, type SuggestionRef } from './find-suggestion.js';
import {
  type AssignmentDetail,
  type DetailedSuggestion,
  readSuggestionDetails,
  type SuggestionHistory,
} from './read-suggestion-details.js';

export interface SuggestionDetail {
  suggestion: DetailedSuggestion;
  assignments: Array<{
    id: number;
    unitName: string;
    role: AssignmentRole;
    status: AssignmentStatus;
    handlerUserId: string | null;
    acceptedAt: Date | null;
    /** Whether the person asking may accept it, and mark its steps done (their buttons show). */
    mayAccept: boolean;
    mayComplete: boolean;
    milestones: Array<{ id: number; kind: MilestoneKind; plannedOn: CalendarDate; doneAt: Date | null }>;
  }>;
  /** What happened, each kind in its order: contacts, co-unit opinions, replies with their reviews and promises, verdicts. */
  history: SuggestionHistory;
  /**
   * What the person asking may do about the current round's reply: review it at the level it
   * waits on, or mark it sent once signed off (the same as the buttons of the messages that asked).
   */
  replyActions: { replyId: number; version: number; review?: ReviewLevel; send?: boolean } | null;
  /**
   * The round whose deputy's verdict the person asking may record now (its reply sent, no verdict
   * yet, and they the office or the lead unit's liaison): the 满意 / 基本满意 / 不满意 buttons.
   */
  verdictActions: { suggestionId: number; round: number } | null;
}

/**
 * A suggestion with each unit's nodes, for someone allowed to see it. It is on the ack path: one
 * statement, shared with the others asked for at the same moment; served from the answer cache
 * while the ledger is unchanged.
 */
export function showSuggestion(ctx: ServiceContext, ref: SuggestionRef): Promise<SuggestionDetail> {
  return cachedAnswer(ctx, ['show', ctx.actor, dateInZone(ctx.now, ctx.timezone), ref], () => readSuggestionDetail(ctx, ref));
}

async function readSuggestionDetail(ctx: ServiceContext, ref: SuggestionRef): Promise<CountedAnswer<SuggestionDetail>> {
  const row = await readSuggestionDetails(ctx.db, ctx, ref);
  if (!row) {
    if ('suggestionId' in ref) refuse({ code: 'unknown_assignment' });
    return refuseUnknownSuggestion(ctx.db, ref.code, ctx.actor);
  }

  const { suggestion, assignments, history, ledgerChanges } = row;
  // Only units that still handle it see it: a transferred assignment is history, not access.
  const live = assignments.filter((a) => isLiveAssignment(a.status));
  const roles = {
    isSupervisor: row.isSupervisor,
    units: new Map(live.map((a) => [a.unitId, new Set(a.actorRoles)])),
    actsFor: row.actsFor,
  };
  // Named on one of its assignments (handler, or responsible leader by 分办): that assignment's work is theirs to read.
  const handled = live.some(
    (a) => handles(roles, ctx.actor, a) || (a.responsibleLeaderUserId !== null && actsAs(roles, ctx.actor, a.responsibleLeaderUserId)),
  );
  const permission = canSeeSuggestion(
    roles,
    live.map((a) => a.unitId),
  );
  // Having assigned it gives no lasting right: a supervisor removed from the office sees no more.
  if (!permission.allowed && !handled) refuse({ code: 'forbidden', needs: permission.needs });

  const lead = live.find((a) => a.role === 'lead');
  return {
    answer: {
      suggestion,
      history,
      // A merged suggestion's reply is written on its main one.
      replyActions:
        lead && suggestion.mergedInto === null
          ? replyActionsOf(
              ctx.actor,
              roles,
              lead,
              history.replies.find((r) => r.round === suggestion.round),
            )
          : null,
      verdictActions:
        lead && awaitsVerdict(suggestion, history) && canRecordForDeputy(roles, lead.unitId).allowed
          ? { suggestionId: suggestion.id, round: suggestion.round }
          : null,
      assignments: assignments.map(({ unitId, actorRoles: _actorRoles, responsibleLeaderUserId: _leader, ...assignment }) => ({
        ...assignment,
        mayAccept: canAccept(roles, ctx.actor, { unitId, handlerUserId: assignment.handlerUserId }).allowed,
        mayComplete: canCompleteNode(roles, ctx.actor, { unitId, handlerUserId: assignment.handlerUserId }).allowed,
      })),
    },
    ledgerChanges,
  };
}

/** The current round's reply went to the deputy and the deputy's verdict on it is not recorded yet. */
const awaitsVerdict = (suggestion: DetailedSuggestion, history: SuggestionHistory): boolean =>
  suggestion.status === 'replied' &&
  history.replies.some((r) => r.round === suggestion.round && r.status === 'sent') &&
  !history.evaluations.some((e) => e.round === suggestion.round);

/** The reply's buttons for this person: the review at its level if theirs (not their own draft), or 已发出 for the unit's drafters. */
function replyActionsOf(
  actor: string,
  roles: ActorRoles,
  lead: AssignmentDetail,
  reply: SuggestionHistory['replies'][number] | undefined,
): SuggestionDetail['replyActions'] {
  if (!reply) return null;
  const held = roles.units.get(lead.unitId) ?? new Set<UnitRole>();
  const only = (role: UnitRole) => (held.has(role) ? [actor] : []);
  const people = { liaisons: only('liaison'), divisions: only('division'), leaders: only('leader'), heads: only('head') };
  const level = reviewLevelOf(reply.status);
  if (
    level &&
    reply.draftedBy !== actor &&
    reviewersAt(level, people, lead.responsibleLeaderUserId).some((id) => actsAs(roles, actor, id))
  ) {
    return { replyId: reply.id, version: reply.version, review: level };
  }
  if (reply.status === 'approved' && canDraftForUnit(roles, actor, lead).allowed)
    return { replyId: reply.id, version: reply.version, send: true };
  return null;
}
