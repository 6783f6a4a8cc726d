import type { MergedNotice } from '../../domain/notices.js';
import type { Catalog } from '../../i18n/index.js';
import { actionIds } from '../ids.js';
import { button, escapeText, mention, type SlackMessage, section } from './format.js';

/** 并案, to the lead unit: which suggestion now goes with which, and that the main one is answered. */
export function mergedNoticeMessage(catalog: Catalog, notice: MergedNotice): SlackMessage {
  const text = catalog.merge.notice(
    notice.code,
    escapeText(notice.title),
    notice.mergedCode,
    escapeText(notice.mergedTitle),
    mention(notice.mergedBy),
  );
  return {
    text: text.replace(/\*/g, ''),
    blocks: [section(text), { type: 'actions', elements: [button(catalog.button.details, actionIds.showDetails, notice.suggestionId)] }],
  };
}
