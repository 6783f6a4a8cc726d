import type { KeyMarkedNotice } from '../../domain/notices.js';
import type { Catalog } from '../../i18n/index.js';
import { actionIds } from '../ids.js';
import { button, context, escapeText, formatStatutoryDate, mention, type SlackMessage, section } from './format.js';

/** 领导领办: to the leader the office named for a 重点 suggestion, with its instruction and when they will hear of it. */
export function keyMarkedNoticeMessage(catalog: Catalog, notice: KeyMarkedNotice): SlackMessage {
  const words = catalog.key;
  const text = words.notice(notice.code, escapeText(notice.title), escapeText(notice.unitName), mention(notice.markedBy));
  const note = notice.note ? `\n${words.noticeNote(escapeText(notice.note))}` : '';
  return {
    text: text.replace(/\*/g, ''),
    blocks: [
      section(`${text}${note}`),
      context(words.noticeEscalation(notice.escalateAfterWorkingDays, formatStatutoryDate(catalog, notice.statutoryDueOn))),
      { type: 'actions', elements: [button(catalog.button.details, actionIds.showDetails, notice.suggestionId)] },
    ],
  };
}
