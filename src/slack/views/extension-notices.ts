import type { ExtensionDecidedNotice, ExtensionRequestedNotice } from '../../domain/notices.js';
import type { Catalog } from '../../i18n/index.js';
import type { ExtensionDecision } from '../../services/requests/decide-extension.js';
import type { ExtensionRequested } from '../../services/requests/request-extension.js';
import { actionIds } from '../ids.js';
import { button, escapeText, formatDate, formatStatutoryDate, mention, plainMessage, type SlackMessage } from './format.js';
import { requestNoticeMessage } from './request-notice.js';

/** To the supervision office: the request, with approve and refuse. */
export function extensionRequestedMessage(catalog: Catalog, notice: ExtensionRequestedNotice): SlackMessage {
  const words = catalog.extension;
  const title = escapeText(notice.title);
  const body = words.noticeBody(notice.code, title, escapeText(notice.unitName), mention(notice.requestedBy));
  const dates = words.noticeDates(formatDate(catalog, notice.currentDueOn), formatDate(catalog, notice.requestedDueOn));
  return requestNoticeMessage({
    heading: words.noticeHeading,
    about: `${notice.code} ${title}`,
    body: `${body}\n${dates}`,
    reason: words.noticeReason(escapeText(notice.reason)),
    buttons: [
      button(words.approve, actionIds.approveExtension, notice.requestId, 'primary'),
      button(words.refuse, actionIds.refuseExtension, notice.requestId, 'danger'),
      button(catalog.button.details, actionIds.showDetails, notice.suggestionId),
    ],
  });
}

/** To the one who asked: the decision and the deadlines now in force. */
export function extensionDecidedMessage(catalog: Catalog, notice: ExtensionDecidedNotice): SlackMessage {
  const words = catalog.extension;
  const title = escapeText(notice.title);
  const by = mention(notice.decidedBy);
  return plainMessage(
    notice.approved
      ? words.decidedApproved(
          notice.code,
          title,
          by,
          formatStatutoryDate(catalog, notice.statutoryDueOn),
          formatDate(catalog, notice.internalDueOn),
        )
      : words.decidedRefused(notice.code, title, by, formatStatutoryDate(catalog, notice.statutoryDueOn)),
  );
}

export const extensionRequestedAnswer = (catalog: Catalog, result: ExtensionRequested): SlackMessage =>
  plainMessage(
    catalog.extension.requested(
      result.code,
      formatDate(catalog, result.currentDueOn),
      formatDate(catalog, result.requestedDueOn),
      result.notified,
    ),
  );

export const extensionDecisionAnswer = (catalog: Catalog, result: ExtensionDecision): SlackMessage =>
  plainMessage(
    result.approved
      ? catalog.extension.approvedAnswer(
          result.code,
          formatStatutoryDate(catalog, result.statutoryDueOn),
          formatDate(catalog, result.internalDueOn),
          result.moved,
        )
      : catalog.extension.refusedAnswer(result.code),
  );
