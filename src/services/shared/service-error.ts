// Typed refusals. Each adapter maps a code to words for the person; nothing here is user text.
import type { DelegationProblem } from '../../domain/delegation.js';
import type { Lifecycle } from '../../domain/lifecycles.js';
import type { RoleName } from '../../domain/permissions.js';
import type { ReplyDraftProblem } from '../../domain/reply-draft.js';
import type { SettingKey, SettingProblem } from '../../domain/setting-change.js';
import type { AskedFile, MilestoneKind, ReplyStatus, ReviewLevel, SuggestionStatus, UnitRole, Verdict } from '../../domain/vocabulary.js';

export type ServiceProblem =
  | { code: 'forbidden'; needs: RoleName[] }
  | { code: 'unknown_unit'; given: string; closest?: string }
  | { code: 'unknown_suggestion'; given: string; closest?: string }
  | { code: 'unknown_assignment' }
  | { code: 'duplicate_code'; given: string }
  | { code: 'duplicate_unit'; given: string }
  | { code: 'alias_taken'; given: string; unitName: string }
  | { code: 'channel_taken'; unitName: string }
  | { code: 'lead_also_co'; unitName: string }
  | { code: 'due_not_after_assignment'; given: string; months: number }
  | { code: 'due_beyond_limit'; given: string; months: number }
  | { code: 'already_accepted'; unitName: string }
  | { code: 'already_member' }
  /** The person does not hold the role (or any role) in the unit; held: what they do hold there. */
  | { code: 'not_member'; unitName: string; userId: string; role?: UnitRole; held: UnitRole[] }
  /** A person Slack does not know as an active member of the workspace (deactivated, a bot). */
  | { code: 'not_in_workspace'; userId: string }
  /** 分办 that names nobody and nothing. */
  | { code: 'route_nothing' }
  /** The person may route the suggestion for several of its units and did not say which. */
  | { code: 'route_unit_needed'; suggestionCode: string; unitNames: string[] }
  | DelegationProblem
  | { code: 'no_delegation'; userId?: string }
  /** The person stands in for someone, so cannot name a stand-in of their own meanwhile. */
  | { code: 'delegate_cannot_delegate'; principal: string }
  | { code: 'already_supervisor'; userId: string }
  | { code: 'not_supervisor'; userId: string }
  /** The office would have nobody left to administer the bot. */
  | { code: 'last_supervisor' }
  | { code: 'duplicate_session'; name: string }
  /** Another supervisor started a session at the same moment. */
  | { code: 'session_changed' }
  | { code: 'no_longer_assigned'; unitName: string }
  | { code: 'unknown_node' }
  | { code: 'node_is_accept' }
  | { code: 'node_done_by_chain'; kind: MilestoneKind }
  | { code: 'already_done'; kind: MilestoneKind }
  | { code: 'no_calendar_override'; day: string }
  | { code: 'cannot_snooze'; kind: MilestoneKind; plannedOn: string }
  | { code: 'extension_not_later'; currentDueOn: string }
  | { code: 'extension_beyond_limit'; latest: string; months: number }
  | { code: 'request_pending' }
  | { code: 'unknown_request' }
  | { code: 'opinion_not_late'; unitName: string }
  | { code: 'contact_in_future'; given: string }
  | { code: 'already_decided'; approved: boolean; decidedBy: string }
  /** The request's assignment or round was replaced before anyone decided it. */
  | { code: 'request_cancelled' }
  /** 重发 of a message that is not (or no longer) dead: sent meanwhile, or resent by someone else. */
  | { code: 'nothing_to_resend' }
  /** A verdict for a round that is not the suggestion's current one (not begun, or ended without a verdict). */
  | { code: 'not_current_round'; given: number; current: number }
  /** A 领域 no suggestion of the session has. */
  | { code: 'unknown_field'; given: string; closest: string | undefined }
  /** The person's last file of this kind (the ledger, the report) is still being made and sent. */
  | { code: 'file_in_progress'; file: AskedFile }
  | { code: 'file_too_soon'; file: AskedFile; waitSeconds: number }
  | { code: 'transfer_window_closed'; closedOn: string }
  | { code: 'unit_not_on_suggestion'; unitName: string; suggestionCode: string }
  | { code: 'same_unit'; unitName: string }
  | { code: 'unit_already_assigned'; unitName: string }
  | { code: 'bad_setting_value'; key: SettingKey; given: string; problem: SettingProblem }
  | { code: 'reply_draft'; problem: ReplyDraftProblem }
  | { code: 'no_reviewer'; unitName: string; level: ReviewLevel }
  /** Someone acted on the reply first (another reviewer, a double click): where it stands now. */
  | { code: 'reply_moved_on'; status: ReplyStatus; lastBy: string | null }
  | { code: 'return_needs_comment' }
  | { code: 'own_reply' }
  | { code: 'reviewed_already'; level: ReviewLevel }
  | { code: 'opinion_already_sent'; unitName: string; sentOn: string }
  | { code: 'opinion_closed'; status: SuggestionStatus }
  /** The round's verdict is in already: a second one, or a button of a round that has ended. */
  | { code: 'already_evaluated'; verdict: Verdict; round: number }
  /** 已公开 once more: the office marked the reply published already (a second click, another supervisor). */
  | { code: 'already_published'; suggestionCode: string; on: string; by: string }
  /** 已公开 on a reply that is not in the catalogue: not sent, or not marked may-publish. */
  | { code: 'not_to_publish' }
  | { code: 'unknown_commitment'; seq: number; count: number }
  | { code: 'commitment_written_off'; seq: number; by: string; on: string }
  /** 并案 refusals: each names the codes, so the answer can say what to do instead. */
  | { code: 'merge_into_itself'; suggestionCode: string }
  | { code: 'already_merged'; suggestionCode: string; mainCode: string }
  | { code: 'merge_into_merged'; mainCode: string; itsMainCode: string }
  | { code: 'merge_has_merged'; suggestionCode: string; mergedCodes: string[] }
  | { code: 'merge_answered'; suggestionCode: string }
  | { code: 'merge_reply_in_progress'; suggestionCode: string; mainCode: string }
  | { code: 'merge_different_leads'; suggestionCode: string; unitName: string; mainCode: string; mainUnitName: string }
  | { code: 'not_merged'; suggestionCode: string }
  | { code: 'merge_reply_sent'; suggestionCode: string; mainCode: string }
  /** A reply (or a step of one) asked of a suggestion handled with another: the main one is answered. */
  | { code: 'answered_with_main'; suggestionCode: string; mainCode: string }
  /** 重点督办 of a suggestion already closed (销号): nothing is left to watch. */
  | { code: 'key_closed'; suggestionCode: string }
  /** `key off` of a suggestion that is not 重点. */
  | { code: 'not_key'; suggestionCode: string }
  /** A lifecycle's event that may not happen in the record's state (domain/lifecycles.ts). */
  | { code: 'not_now'; lifecycle: Lifecycle; from: string; event: string; possible: string[] };

export class ServiceError extends Error {
  constructor(readonly problem: ServiceProblem) {
    super(problem.code);
    this.name = 'ServiceError';
  }
}

export function refuse(problem: ServiceProblem): never {
  throw new ServiceError(problem);
}
