import type { KnownBlock, View } from '@slack/types';
import type { Catalog } from '../../i18n/index.js';
import { plainLabel, section } from './format.js';

/** The answer to a click inside a list in a modal (a reminder group, a review queue), opened over the list. */
export function modalAnswer(catalog: Catalog, answer: { text: string; blocks: KnownBlock[] }): View {
  return {
    type: 'modal',
    title: plainLabel(catalog.modal.answerTitle, 24),
    close: plainLabel(catalog.reminder.groupListClose, 24),
    blocks: answer.blocks.length > 0 ? answer.blocks.slice(0, 100) : [section(answer.text)],
  };
}
