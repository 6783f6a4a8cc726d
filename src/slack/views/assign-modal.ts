import type { View } from '@slack/types';
import { maxTitleLength } from '../../domain/max-title-length.js';
import type { Catalog } from '../../i18n/index.js';
import type { AssignForm } from '../../services/suggestions/prepare-assign-form.js';
import { assignModalBlocks, callbackIds, inputActionId } from '../ids.js';
import { doneModal } from './done-modal.js';
import { formView, plainLabel } from './format.js';
import { handlerSelect, unitOptions, unitsLeftOut } from './unit-picker.js';

/** The 交办 form. Units are options by id, so a pick cannot be misspelt. */
export function assignModal(catalog: Catalog, form: AssignForm): View {
  const words = catalog.modal;
  const { units } = form;
  const options = unitOptions(units);
  const text = (blockId: string, label: string, optional: boolean, placeholder?: string, maxLength?: number) => ({
    type: 'input' as const,
    block_id: blockId,
    optional,
    label: plainLabel(label, 2000),
    element: {
      type: 'plain_text_input' as const,
      action_id: inputActionId,
      ...(placeholder ? { placeholder: plainLabel(placeholder, 150) } : {}),
      ...(maxLength ? { max_length: maxLength } : {}),
    },
  });
  return formView(catalog, {
    callbackId: callbackIds.assignModal,
    title: words.title,
    submit: words.submit,
    blocks: [
      text(assignModalBlocks.code, words.code, false, words.codeHint, 32),
      text(assignModalBlocks.title, words.titleLabel, true, undefined, maxTitleLength),
      text(assignModalBlocks.deputy, words.deputy, true, undefined, 100),
      {
        type: 'input',
        block_id: assignModalBlocks.lead,
        label: plainLabel(words.lead, 2000),
        element: { type: 'static_select', action_id: inputActionId, placeholder: plainLabel(words.pick, 150), options },
      },
      {
        type: 'input',
        block_id: assignModalBlocks.co,
        optional: true,
        label: plainLabel(words.co, 2000),
        element: { type: 'multi_static_select', action_id: inputActionId, placeholder: plainLabel(words.pick, 150), options },
      },
      {
        type: 'input',
        block_id: assignModalBlocks.handler,
        optional: true,
        label: plainLabel(words.handler, 2000),
        element: handlerSelect(catalog),
      },
      {
        type: 'input',
        block_id: assignModalBlocks.due,
        optional: true,
        label: plainLabel(words.due, 2000),
        hint: plainLabel(words.dueHint(form.statutoryMonths), 2000),
        element: { type: 'datepicker', action_id: inputActionId },
      },
      ...unitsLeftOut(catalog, units),
    ],
  });
}

/** What the form turns into once the assignment is stored. */
export function assignDoneModal(catalog: Catalog, summary: string, dates: string): View {
  return { ...doneModal(catalog, catalog.modal.doneTitle, summary, dates), callback_id: callbackIds.assignDone };
}
