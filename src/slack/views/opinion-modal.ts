import type { View } from '@slack/types';
import type { Catalog } from '../../i18n/index.js';
import type { OpinionForm } from '../../services/replies/prepare-opinion-form.js';
import { callbackIds, inputActionId, opinionModalBlocks } from '../ids.js';
import { escapeText, formView, plainLabel, section } from './format.js';

/** The 会办意见 form; which suggestion it is for travels in private_metadata as its id. */
export function opinionModal(catalog: Catalog, form: OpinionForm): View {
  const words = catalog.opinion;
  return formView(catalog, {
    callbackId: callbackIds.opinionModal,
    about: String(form.suggestionId),
    title: words.title,
    submit: words.submit,
    blocks: [
      section(words.about(form.code, escapeText(form.title), escapeText(form.unitName), escapeText(form.leadUnitName))),
      {
        type: 'input',
        block_id: opinionModalBlocks.body,
        label: plainLabel(words.body, 2000),
        element: {
          type: 'plain_text_input',
          action_id: inputActionId,
          multiline: true,
          max_length: 3000,
          placeholder: plainLabel(words.bodyPlaceholder, 150),
        },
      },
    ],
  });
}
