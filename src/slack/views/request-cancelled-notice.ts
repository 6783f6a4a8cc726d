import type { RequestCancelledNotice } from '../../domain/notices.js';
import type { Catalog } from '../../i18n/index.js';
import { actionIds } from '../ids.js';
import { button, escapeText, type SlackMessage, section } from './format.js';

/** To the one who asked: their request no longer applies, and why; the suggestion a click away. */
export function requestCancelledMessage(catalog: Catalog, notice: RequestCancelledNotice): SlackMessage {
  const words = catalog.requestCancelled;
  const text = words.text(notice.code, escapeText(notice.title), words.kinds[notice.kind], words.because[notice.because]);
  return {
    text: text.replace(/\*/g, ''),
    blocks: [section(text), { type: 'actions', elements: [button(catalog.button.details, actionIds.showDetails, notice.suggestionId)] }],
  };
}
