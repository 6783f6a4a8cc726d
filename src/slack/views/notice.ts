import type { PostedNotice } from '../../domain/notices.js';
import type { Catalog } from '../../i18n/index.js';
import { acceptedNoticeMessage } from './accepted-notice.js';
import { assignedNoticeMessage } from './assigned-notice.js';
import { dailySummaryMessage } from './daily-summary.js';
import { deliveryTroubleMessage } from './delivery-trouble-notice.js';
import { extensionDecidedMessage, extensionRequestedMessage } from './extension-notices.js';
import { context, mention, plainMessage, type SlackMessage } from './format.js';
import { gatheredNoticeMessage } from './gathered-notice.js';
import { keyMarkedNoticeMessage } from './key-marked-notice.js';
import { leaderAlertNoticeMessage } from './leader-alert-notice.js';
import { mergedNoticeMessage } from './merged-notice.js';
import { monthlyReportMessage } from './monthly-report.js';
import { nudgeNoticeMessage } from './nudge-notice.js';
import { peopleChangedMessage, routedNoticeMessage } from './people-notices.js';
import { unitWeeklyMessage, weeklyRankingMessage } from './ranking.js';
import { reminderNoticeMessage } from './reminder-notice.js';
import {
  opinionReceivedMessage,
  replyReturnedMessage,
  replySentMessage,
  replySignedMessage,
  reviewRequestedMessage,
} from './reply-notices.js';
import { requestCancelledMessage } from './request-cancelled-notice.js';
import { supervisionAlertNoticeMessage } from './supervision-alert-notice.js';
import { transferDecidedMessage, transferRequestedMessage } from './transfer-notices.js';
import { verdictRecordedMessage } from './verdict-notices.js';

/** Renders an outbox notice; the dispatcher calls it at send time. */
export function noticeMessage(catalog: Catalog, notice: PostedNotice): SlackMessage {
  const message = messageOf(catalog, notice);
  if (!('onBehalfOf' in notice) || !notice.onBehalfOf) return message;
  // Sent to a stand-in (代理): the first thing read is whom it was meant for.
  const meantFor = catalog.people.meantFor(mention(notice.onBehalfOf));
  return { text: `${meantFor} ${message.text}`, blocks: [context(meantFor), ...message.blocks] };
}

function messageOf(catalog: Catalog, notice: PostedNotice): SlackMessage {
  switch (notice.type) {
    case 'gathered':
      return gatheredNoticeMessage(catalog, notice, (carried) => noticeMessage(catalog, carried));
    case 'daily_summary':
      return dailySummaryMessage(catalog, notice);
    case 'assigned':
      return assignedNoticeMessage(catalog, notice);
    case 'accepted':
      return acceptedNoticeMessage(catalog, notice);
    case 'reminder':
      return reminderNoticeMessage(catalog, notice);
    case 'leader_alert':
      return leaderAlertNoticeMessage(catalog, notice);
    case 'supervision_alert':
      return supervisionAlertNoticeMessage(catalog, notice);
    case 'extension_requested':
      return extensionRequestedMessage(catalog, notice);
    case 'extension_decided':
      return extensionDecidedMessage(catalog, notice);
    case 'nudge':
      return nudgeNoticeMessage(catalog, notice);
    case 'key_marked':
      return keyMarkedNoticeMessage(catalog, notice);
    case 'merged':
      return mergedNoticeMessage(catalog, notice);
    case 'calendar_gap':
      return plainMessage(catalog.calendar.gap(notice.year));
    case 'transfer_requested':
      return transferRequestedMessage(catalog, notice);
    case 'transfer_decided':
      return transferDecidedMessage(catalog, notice);
    case 'weekly_ranking':
      return weeklyRankingMessage(catalog, notice);
    case 'unit_weekly':
      return unitWeeklyMessage(catalog, notice);
    case 'monthly_report':
      return monthlyReportMessage(catalog, notice);
    case 'opinion_received':
      return opinionReceivedMessage(catalog, notice);
    case 'review_requested':
      return reviewRequestedMessage(catalog, notice);
    case 'reply_returned':
      return replyReturnedMessage(catalog, notice);
    case 'reply_signed':
      return replySignedMessage(catalog, notice);
    case 'reply_sent':
      return replySentMessage(catalog, notice);
    case 'verdict_recorded':
      return verdictRecordedMessage(catalog, notice);
    case 'routed':
      return routedNoticeMessage(catalog, notice);
    case 'request_cancelled':
      return requestCancelledMessage(catalog, notice);
    case 'people_changed':
      return peopleChangedMessage(catalog, notice);
    case 'delivery_trouble':
      return deliveryTroubleMessage(catalog, notice);
  }
  // Stored notices outlive the code that wrote them: one of a kind this version does not know.
  throw new Error(`no view for notices of type ${String((notice as { type?: unknown }).type)}`);
}
