import type { View } from '@slack/types';
import type { Catalog } from '../../i18n/index.js';
import { callbackIds } from '../ids.js';
import { context, plainLabel, section } from './format.js';

/** What a form turns into once its change is stored: the answer (and a note under it), and a button to close it. */
export function doneModal(catalog: Catalog, title: string, text: string, note?: string): View {
  return {
    type: 'modal',
    callback_id: callbackIds.formDone,
    title: plainLabel(title, 24),
    close: plainLabel(catalog.modal.doneClose, 24),
    blocks: note === undefined ? [section(text)] : [section(text), context(note)],
  };
}
