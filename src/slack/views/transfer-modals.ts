import type { View } from '@slack/types';
import type { Catalog } from '../../i18n/index.js';
import type { ReassignForm } from '../../services/requests/prepare-reassign-form.js';
import type { TransferForm } from '../../services/requests/prepare-transfer-form.js';
import { callbackIds, inputActionId, reassignModalBlocks, transferModalBlocks } from '../ids.js';
import { context, escapeText, formatDate, formView, mention, plainLabel, section } from './format.js';
import { handlerSelect, unitOptions, unitsLeftOut } from './unit-picker.js';

/** 申请调整: the reason; which assignment it is for travels in private_metadata as its id. */
export function transferModal(catalog: Catalog, form: TransferForm): View {
  const words = catalog.transfer;
  return formView(catalog, {
    callbackId: callbackIds.transferModal,
    about: String(form.assignmentId),
    title: words.formTitle,
    submit: words.formSubmit,
    blocks: [
      section(words.formAbout(form.code, escapeText(form.title), escapeText(form.unitName), formatDate(catalog, form.windowClosesOn))),
      {
        type: 'input',
        block_id: transferModalBlocks.reason,
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

/** 改派: the unit that takes the suggestion over (never one already handling it) and its handler. */
export function reassignModal(catalog: Catalog, form: ReassignForm): View {
  const words = catalog.transfer;
  const options = unitOptions(form.units);
  const about = section(
    words.reassignAbout(
      form.code,
      escapeText(form.title),
      escapeText(form.fromUnitName),
      catalog.assignmentRoleNames[form.role],
      mention(form.requestedBy),
      escapeText(form.reason),
    ),
  );
  return formView(catalog, {
    callbackId: callbackIds.reassignModal,
    about: String(form.requestId),
    title: words.reassignTitle,
    ...(options.length > 0 ? { submit: words.reassignSubmit } : {}),
    blocks:
      options.length === 0
        ? [about, context(words.noUnits)]
        : [
            about,
            {
              type: 'input',
              block_id: reassignModalBlocks.unit,
              label: plainLabel(words.toUnit, 2000),
              element: { type: 'static_select', action_id: inputActionId, placeholder: plainLabel(catalog.modal.pick, 150), options },
            },
            {
              type: 'input',
              block_id: reassignModalBlocks.handler,
              optional: true,
              label: plainLabel(words.handler, 2000),
              element: handlerSelect(catalog),
            },
            ...unitsLeftOut(catalog, form.units),
          ],
  });
}
