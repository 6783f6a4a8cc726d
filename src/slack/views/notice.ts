import type { Notice } from '../../domain/notices.js';
import type { Catalog } from '../i18n/index.js';
import { acceptedNoticeMessage } from './accepted-notice.js';
import { assignedNoticeMessage } from './assigned-notice.js';
import type { SlackMessage } from './format.js';

/** Renders an outbox notice; the dispatcher calls it at send time. */
export function noticeMessage(catalog: Catalog, notice: Notice): SlackMessage {
  switch (notice.type) {
    case 'assigned':
      return assignedNoticeMessage(catalog, notice);
    case 'accepted':
      return acceptedNoticeMessage(catalog, notice);
  }
  // Stored notices outlive the code that wrote them: one of a kind this version does not know.
  throw new Error(`no view for notices of type ${String((notice as { type?: unknown }).type)}`);
}
