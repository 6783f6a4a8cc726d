import type { View } from '@slack/types';
import { maxVerdictNoteLength } from '../../domain/verdict-words.js';
import type { Catalog } from '../../i18n/index.js';
import type { VerdictForm } from '../../services/verdicts/prepare-verdict-form.js';
import { callbackIds, inputActionId, roundValue, verdictModalBlocks } from '../ids.js';
import { escapeText, formView, plainLabel, section } from './format.js';

/** 不满意: the deputy's reasons, asked before the verdict reopens the suggestion; the suggestion and the round travel in private_metadata. */
export function verdictModal(catalog: Catalog, form: VerdictForm): View {
  const words = catalog.verdict;
  return formView(catalog, {
    callbackId: callbackIds.verdictModal,
    about: roundValue(form),
    title: words.formTitle,
    submit: words.formSubmit,
    blocks: [
      section(words.formAbout(form.code, escapeText(form.title), escapeText(form.unitName), form.round)),
      {
        type: 'input',
        block_id: verdictModalBlocks.reasons,
        label: plainLabel(words.reasons, 2000),
        hint: plainLabel(words.reasonsHint(maxVerdictNoteLength), 2000),
        element: {
          type: 'plain_text_input',
          action_id: inputActionId,
          multiline: true,
          max_length: maxVerdictNoteLength,
          placeholder: plainLabel(words.reasonsPlaceholder, 150),
        },
      },
    ],
  });
}
