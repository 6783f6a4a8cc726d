// Words for every refusal: a command the grammar could not read, or a change a service refused.

import type { ReplyDraftProblem } from '../../domain/reply-draft.js';
import { type SettingProblem, settingName } from '../../domain/setting-change.js';
import type { Catalog } from '../../i18n/index.js';
import type { ServiceProblem } from '../../services/shared/service-error.js';
import { type ArgumentProblem, type CommandProblem, plainText } from '../command/parse-command.js';
import { escapeText, formatDate, mention } from './format.js';

/**
 * A word of a command said back: Slack sends a command's text escaped, its mentions and links as
 * `<@U…|name>` and `<https://…|text>`; the word is shown as the person typed it, and only shown.
 */
const typedWord = (given: string): string => escapeText(plainText(given));

export function describeCommandProblem(catalog: Catalog, problem: CommandProblem): string {
  if (problem.kind === 'unknown_subcommand') return catalog.problem.unknownSubcommand(typedWord(problem.given), problem.closest);
  if (problem.kind === 'usage') return catalog.problem.usage(catalog.usage[problem.subcommand], problem.given && typedWord(problem.given));
  const what = describeArgumentProblem(catalog, problem);
  return problem.subcommand ? `${what}\n${catalog.problem.usageLine(catalog.usage[problem.subcommand])}` : what;
}

function describeArgumentProblem(catalog: Catalog, problem: ArgumentProblem): string {
  const p = catalog.problem;
  switch (problem.kind) {
    case 'bad_date':
      return p.badDate(typedWord(problem.given));
    case 'bad_code':
      return p.badCode(typedWord(problem.given));
    case 'bad_user':
      return p.badUser(typedWord(problem.given));
    case 'bad_channel':
      return p.badChannel(typedWord(problem.given));
    case 'bad_role':
      return p.badRole(typedWord(problem.given), problem.closest);
    case 'bad_list_filter':
      return p.badListFilter(typedWord(problem.given), problem.closest);
    case 'bad_day_kind':
      return p.badDayKind(typedWord(problem.given));
    case 'bad_setting':
      return p.badSetting(typedWord(problem.given), problem.closest);
    case 'bad_rank_period':
      return p.badRankPeriod(typedWord(problem.given));
    case 'bad_verdict':
      return p.badVerdict(typedWord(problem.given));
    case 'bad_seq':
      return p.badSeq(typedWord(problem.given));
  }
}

export function describeServiceProblem(catalog: Catalog, problem: ServiceProblem): string {
  const p = catalog.problem;
  switch (problem.code) {
    case 'forbidden':
      return p.forbidden(problem.needs.map((role) => catalog.roleNames[role]).join(catalog.listJoin));
    case 'unknown_unit':
      return p.unknownUnit(escapeText(problem.given), problem.closest && escapeText(problem.closest));
    case 'unknown_suggestion':
      return p.unknownSuggestion(problem.given, problem.closest);
    case 'unknown_assignment':
      return p.unknownAssignment;
    case 'duplicate_code':
      return p.duplicateCode(problem.given);
    case 'duplicate_unit':
      return p.duplicateUnit(escapeText(problem.given));
    case 'alias_taken':
      return p.aliasTaken(escapeText(problem.given), escapeText(problem.unitName));
    case 'channel_taken':
      return p.channelTaken(escapeText(problem.unitName));
    case 'lead_also_co':
      return p.leadAlsoCo(escapeText(problem.unitName));
    case 'due_not_after_assignment':
      return p.dueNotAfterAssignment(problem.given, problem.months);
    case 'due_beyond_limit':
      return p.dueBeyondLimit(problem.given, problem.months);
    case 'already_accepted':
      return p.alreadyAccepted(escapeText(problem.unitName));
    case 'already_member':
      return p.alreadyMember;
    case 'not_member':
      return p.notMember(
        mention(problem.userId),
        escapeText(problem.unitName),
        problem.role && catalog.roleNames[problem.role],
        problem.held.map((role) => catalog.roleNames[role]).join(catalog.listJoin),
      );
    case 'not_in_workspace':
      return p.notInWorkspace(mention(problem.userId));
    case 'route_nothing':
      return p.routeNothing;
    case 'route_unit_needed':
      return p.routeUnitNeeded(problem.suggestionCode, problem.unitNames.map(escapeText).join(catalog.listJoin));
    case 'delegation_past':
      return p.delegationPast(problem.until);
    case 'delegation_too_long':
      return p.delegationTooLong(problem.until, problem.latest);
    case 'delegation_to_self':
      return p.delegationToSelf;
    case 'delegation_chained':
      return p.delegationChained(mention(problem.userId));
    case 'delegation_running':
      return p.delegationRunning(mention(problem.delegate), formatDate(catalog, problem.until));
    case 'no_delegation':
      return p.noDelegation(problem.userId && mention(problem.userId));
    case 'delegate_cannot_delegate':
      return p.delegateCannotDelegate(mention(problem.principal));
    case 'already_supervisor':
      return p.alreadySupervisor(mention(problem.userId));
    case 'not_supervisor':
      return p.notSupervisor(mention(problem.userId));
    case 'last_supervisor':
      return p.lastSupervisor;
    case 'duplicate_session':
      return p.duplicateSession(escapeText(problem.name));
    case 'session_changed':
      return p.sessionChanged;
    case 'no_longer_assigned':
      return p.noLongerAssigned(escapeText(problem.unitName));
    case 'unknown_node':
      return p.unknownNode;
    case 'node_is_accept':
      return p.nodeIsAccept;
    case 'node_done_by_chain':
      return p.nodeDoneByChain(catalog.milestoneNames[problem.kind]);
    case 'already_done':
      return p.alreadyDone(catalog.milestoneNames[problem.kind]);
    case 'no_calendar_override':
      return p.noCalendarOverride(problem.day);
    case 'extension_not_later':
      return p.extensionNotLater(formatDate(catalog, problem.currentDueOn));
    case 'contact_in_future':
      return p.contactInFuture(formatDate(catalog, problem.given));
    case 'opinion_not_late':
      return p.opinionNotLate(escapeText(problem.unitName));
    case 'extension_beyond_limit':
      return p.extensionBeyondLimit(formatDate(catalog, problem.latest), problem.months);
    case 'request_pending':
      return p.requestPending;
    case 'unknown_request':
      return p.unknownRequest;
    case 'request_cancelled':
      return p.requestCancelled;
    case 'already_published':
      return p.alreadyPublished(problem.suggestionCode, formatDate(catalog, problem.on), mention(problem.by));
    case 'not_to_publish':
      return p.notToPublish;
    case 'nothing_to_resend':
      return p.nothingToResend;
    case 'merge_into_itself':
      return p.mergeIntoItself(problem.suggestionCode);
    case 'already_merged':
      return p.alreadyMerged(problem.suggestionCode, problem.mainCode);
    case 'merge_into_merged':
      return p.mergeIntoMerged(problem.mainCode, problem.itsMainCode);
    case 'merge_has_merged':
      return p.mergeHasMerged(problem.suggestionCode, problem.mergedCodes.join(catalog.listJoin));
    case 'merge_answered':
      return p.mergeAnswered(problem.suggestionCode);
    case 'merge_reply_in_progress':
      return p.mergeReplyInProgress(problem.suggestionCode, problem.mainCode);
    case 'merge_different_leads':
      return p.mergeDifferentLeads(
        problem.suggestionCode,
        escapeText(problem.unitName),
        problem.mainCode,
        escapeText(problem.mainUnitName),
      );
    case 'not_merged':
      return p.notMerged(problem.suggestionCode);
    case 'merge_reply_sent':
      return p.mergeReplySent(problem.suggestionCode, problem.mainCode);
    case 'answered_with_main':
      return p.answeredWithMain(problem.suggestionCode, problem.mainCode);
    case 'key_closed':
      return p.keyClosed(problem.suggestionCode);
    case 'not_key':
      return p.notKey(problem.suggestionCode);
    case 'not_current_round':
      return p.notCurrentRound(problem.given, problem.current);
    case 'unknown_field':
      return p.unknownField(escapeText(problem.given), problem.closest === undefined ? undefined : escapeText(problem.closest));
    case 'file_in_progress':
      return p.fileInProgress[problem.file];
    case 'file_too_soon':
      return p.fileTooSoon[problem.file](problem.waitSeconds);
    case 'already_decided':
      return p.alreadyDecided(problem.approved, mention(problem.decidedBy));
    case 'cannot_snooze':
      return p.cannotSnooze(catalog.milestoneNames[problem.kind], formatDate(catalog, problem.plannedOn));
    case 'transfer_window_closed':
      return p.transferWindowClosed(formatDate(catalog, problem.closedOn));
    case 'unit_not_on_suggestion':
      return p.unitNotOnSuggestion(escapeText(problem.unitName), problem.suggestionCode);
    case 'same_unit':
      return p.sameUnit(escapeText(problem.unitName));
    case 'unit_already_assigned':
      return p.unitAlreadyAssigned(escapeText(problem.unitName));
    case 'bad_setting_value':
      return describeSettingProblem(catalog, settingName(problem.key), problem.problem);
    case 'reply_draft':
      return describeReplyDraftProblem(catalog, problem.problem);
    case 'no_reviewer':
      return p.noReviewer(escapeText(problem.unitName), catalog.roleNames[problem.level], problem.level);
    case 'reply_moved_on':
      return p.replyMovedOn(catalog.lifecycle.reply.states[problem.status], problem.lastBy ? mention(problem.lastBy) : '');
    case 'return_needs_comment':
      return p.returnNeedsComment;
    case 'own_reply':
      return p.ownReply;
    case 'reviewed_already':
      return p.reviewedAlready(catalog.reply.levelNames[problem.level]);
    case 'opinion_already_sent':
      return p.opinionAlreadySent(escapeText(problem.unitName), formatDate(catalog, problem.sentOn));
    case 'opinion_closed':
      return p.opinionClosed(catalog.lifecycle.suggestion.states[problem.status]);
    case 'already_evaluated':
      return p.alreadyEvaluated(catalog.verdict.names[problem.verdict], problem.round);
    case 'unknown_commitment':
      return p.unknownCommitment(problem.seq, problem.count);
    case 'commitment_written_off':
      return p.commitmentWrittenOff(problem.seq, problem.by ? mention(problem.by) : '', formatDate(catalog, problem.on));
    case 'not_now': {
      const words = catalog.lifecycle[problem.lifecycle] as { states: Record<string, string>; events: Record<string, string> };
      const name = (names: Record<string, string>, key: string) => names[key] ?? key;
      return p.notNow(
        catalog.lifecycle.records[problem.lifecycle],
        name(words.states, problem.from),
        name(words.events, problem.event),
        problem.possible.map((event) => name(words.events, event)).join(catalog.listJoin),
      );
    }
  }
}

export function describeReplyDraftProblem(catalog: Catalog, problem: ReplyDraftProblem): string {
  const p = catalog.problem;
  switch (problem.code) {
    case 'class_not_used':
      return p.classNotUsed(problem.given, problem.classes.join(catalog.listJoin));
    case 'commitments_needed':
      return p.commitmentsNeeded;
    case 'commitments_only_b':
      return p.commitmentsOnlyB;
    case 'reason_needed':
      return p.reasonNeeded;
    case 'commitment_due_past':
      return p.commitmentDuePast(formatDate(catalog, problem.dueOn));
    case 'bad_document_url':
      return p.badDocumentUrl(escapeText(problem.given));
  }
}

function describeSettingProblem(catalog: Catalog, name: string, problem: SettingProblem): string {
  const p = catalog.problem;
  switch (problem.kind) {
    case 'not_a_whole_number':
    case 'out_of_range':
      return p.settingNotNumber(name, problem.min, problem.max);
    case 'not_a_channel':
      return p.settingNotChannel(name);
    case 'not_reply_classes':
      return p.settingNotClasses(name);
    case 'inconsistent':
      return p.settingsInconsistent;
  }
}
