import type { AcceptedNotice } from '../../domain/notices.js';
import type { Catalog } from '../../i18n/index.js';
import { detailsButton } from './details-button.js';
import { context, escapeText, formatDate, mention, type SlackMessage, section } from './format.js';

export function acceptedNoticeMessage(catalog: Catalog, notice: AcceptedNotice): SlackMessage {
  const text = catalog.notice.acceptedText(
    escapeText(notice.unitName),
    notice.code,
    escapeText(notice.title),
    catalog.assignmentRoleNames[notice.role],
  );
  const timing = catalog.notice.acceptedTiming(notice.acceptedOn <= notice.plannedOn, formatDate(catalog, notice.plannedOn));
  return {
    text,
    blocks: [section(text), context(`${mention(notice.acceptedBy)} · ${timing}`), ...detailsButton(catalog, notice.suggestionId)],
  };
}
