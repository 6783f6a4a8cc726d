import type { View } from '@slack/types';
import { contactModes, contactStages } from '../../domain/vocabulary.js';
import type { Catalog } from '../../i18n/index.js';
import type { LoggedContact } from '../../services/assignments/log-contact.js';
import type { ContactForm } from '../../services/assignments/prepare-contact-form.js';
import { callbackIds, contactModalBlocks, inputActionId } from '../ids.js';
import { escapeText, formView, plainLabel, section } from './format.js';

/** The 记录沟通 form; which suggestion it is for travels in private_metadata as its id. */
export function contactModal(catalog: Catalog, form: ContactForm): View {
  const words = catalog.contact;
  const select = <T extends string>(blockId: string, label: string, values: readonly T[], names: Record<T, string>, initial: T) => {
    const options = values.map((value) => ({ text: plainLabel(names[value], 75), value }));
    return {
      type: 'input' as const,
      block_id: blockId,
      label: plainLabel(label, 2000),
      element: {
        type: 'static_select' as const,
        action_id: inputActionId,
        options,
        initial_option: options.find((o) => o.value === initial),
      },
    };
  };
  return formView(catalog, {
    callbackId: callbackIds.contactModal,
    about: String(form.suggestionId),
    title: words.title,
    submit: words.submit,
    blocks: [
      section(words.about(form.code, escapeText(form.title), escapeText(form.unitName))),
      select(contactModalBlocks.stage, words.stage, contactStages, words.stageNames, 'before'),
      select(contactModalBlocks.mode, words.mode, contactModes, words.modeNames, 'in_person'),
      {
        type: 'input',
        block_id: contactModalBlocks.date,
        label: plainLabel(words.date, 2000),
        element: { type: 'datepicker', action_id: inputActionId, initial_date: form.today },
      },
      {
        type: 'input',
        block_id: contactModalBlocks.note,
        optional: true,
        label: plainLabel(words.note, 2000),
        element: {
          type: 'plain_text_input',
          action_id: inputActionId,
          multiline: true,
          max_length: 2000,
          placeholder: plainLabel(words.notePlaceholder, 150),
        },
      },
    ],
  });
}

/** What the form turns into once the contact is logged: for which unit, and the node it completed. */
export const contactLoggedAnswer = (catalog: Catalog, logged: LoggedContact): string =>
  logged.repeated
    ? catalog.contact.repeated(logged.code, escapeText(logged.unitName))
    : catalog.contact.done(
        logged.code,
        escapeText(logged.unitName),
        logged.completedNode === null ? null : catalog.milestoneNames[logged.completedNode],
      );
