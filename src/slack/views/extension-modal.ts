import type { View } from '@slack/types';
import type { Catalog } from '../../i18n/index.js';
import type { ExtensionForm } from '../../services/requests/prepare-extension-form.js';
import { callbackIds, extensionModalBlocks, inputActionId } from '../ids.js';
import { escapeText, formatDate, formView, plainLabel, section } from './format.js';

/** 申请延期 from a button: the deadline asked for and why; the suggestion travels as its id. */
export function extensionModal(catalog: Catalog, form: ExtensionForm): View {
  const words = catalog.extension;
  return formView(catalog, {
    callbackId: callbackIds.extensionModal,
    about: String(form.suggestionId),
    title: words.formTitle,
    submit: words.formSubmit,
    blocks: [
      section(
        words.formAbout(
          form.code,
          escapeText(form.title),
          escapeText(form.unitName),
          formatDate(catalog, form.currentDueOn),
          formatDate(catalog, form.latest),
        ),
      ),
      {
        type: 'input',
        block_id: extensionModalBlocks.due,
        label: plainLabel(words.due, 2000),
        element: { type: 'datepicker', action_id: inputActionId, initial_date: form.currentDueOn },
      },
      {
        type: 'input',
        block_id: extensionModalBlocks.reason,
        label: plainLabel(words.reason, 2000),
        element: {
          type: 'plain_text_input',
          action_id: inputActionId,
          multiline: true,
          max_length: 1000,
          placeholder: plainLabel(words.reasonPlaceholder, 150),
        },
      },
    ],
  });
}
