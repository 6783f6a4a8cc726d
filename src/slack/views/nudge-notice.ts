import type { NudgeNotice } from '../../domain/notices.js';
import type { Catalog } from '../../i18n/index.js';
import { actionIds } from '../ids.js';
import { button, escapeText, formatDate, mention, type SlackMessage, section } from './format.js';

/** 催办, to the co-handling unit's liaison and handler. */
export function nudgeNoticeMessage(catalog: Catalog, notice: NudgeNotice): SlackMessage {
  const text = catalog.nudge.text(
    notice.code,
    escapeText(notice.title),
    escapeText(notice.unitName),
    formatDate(catalog, notice.dueOn),
    mention(notice.nudgedBy),
  );
  return {
    text: text.replace(/\*/g, ''),
    blocks: [section(text), { type: 'actions', elements: [button(catalog.button.details, actionIds.showDetails, notice.suggestionId)] }],
  };
}
