import type { TransferDecidedNotice, TransferRequestedNotice } from '../../domain/notices.js';
import type { Catalog } from '../../i18n/index.js';
import type { TransferDecision } from '../../services/requests/decide-transfer.js';
import type { TransferRequested } from '../../services/requests/request-transfer.js';
import { actionIds } from '../ids.js';
import { button, escapeText, mention, plainMessage, type SlackMessage } from './format.js';
import { requestNoticeMessage } from './request-notice.js';
import { sharedDaysText } from './shared-days-text.js';

/** To the supervision office: the request, with reassign (opens a form) and refuse. */
export function transferRequestedMessage(catalog: Catalog, notice: TransferRequestedNotice): SlackMessage {
  const words = catalog.transfer;
  const role = catalog.assignmentRoleNames[notice.role];
  const title = escapeText(notice.title);
  return requestNoticeMessage({
    heading: words.noticeHeading,
    about: `${notice.code} ${title}`,
    body: words.noticeBody(notice.code, title, escapeText(notice.unitName), role, mention(notice.requestedBy)),
    reason: words.noticeReason(escapeText(notice.reason)),
    buttons: [
      button(words.reassign, actionIds.reassignTransfer, notice.requestId, 'primary'),
      button(words.refuse, actionIds.refuseTransfer, notice.requestId, 'danger'),
      button(catalog.button.details, actionIds.showDetails, notice.suggestionId),
    ],
  });
}

/** To the one who asked: who handles the suggestion now. */
export function transferDecidedMessage(catalog: Catalog, notice: TransferDecidedNotice): SlackMessage {
  const words = catalog.transfer;
  const [title, from, by] = [escapeText(notice.title), escapeText(notice.fromUnitName), mention(notice.decidedBy)];
  return plainMessage(
    notice.toUnitName === null
      ? words.decidedRefused(notice.code, title, from, by)
      : words.decidedReassigned(notice.code, title, from, escapeText(notice.toUnitName), by),
  );
}

export const transferRequestedAnswer = (catalog: Catalog, result: TransferRequested): string =>
  catalog.transfer.requested(result.code, escapeText(result.unitName), result.notified);

export const transferDecisionAnswer = (catalog: Catalog, result: TransferDecision): string =>
  result.toUnitName === null
    ? catalog.transfer.refusedAnswer(result.code, escapeText(result.fromUnitName))
    : [
        catalog.transfer.reassignedAnswer(result.code, escapeText(result.fromUnitName), escapeText(result.toUnitName)),
        sharedDaysText(catalog, result.sharedDays),
      ]
        .filter(Boolean)
        .join('\n');
