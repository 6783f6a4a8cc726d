import { z } from 'zod';
import { parseCalendarDate } from '../../../domain/calendar-date.js';
import { contactModes, contactStages } from '../../../domain/vocabulary.js';
import { logContact } from '../../../services/assignments/log-contact.js';
import { contactModalBlocks as blocks, inputActionId } from '../../ids.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { contactLoggedAnswer } from '../../views/contact-modal.js';
import { submitForm } from './submit-form.js';

const selected = <T extends readonly [string, ...string[]]>(values: T) =>
  z.object({ [inputActionId]: z.object({ selected_option: z.object({ value: z.enum(values) }) }) });

/** The 记录沟通 form (private_metadata: the suggestion's id). */
export const contactFormSubmitted = (deps: ListenerDeps) =>
  submitForm(deps, {
    values: z.object({
      [blocks.stage]: selected(contactStages),
      [blocks.mode]: selected(contactModes),
      [blocks.date]: z.object({ [inputActionId]: z.object({ selected_date: z.string().nullish() }) }),
      [blocks.note]: z.object({ [inputActionId]: z.object({ value: z.string().max(2000).nullish() }) }).optional(),
    }),
    malformedBlock: blocks.stage,
    refusalBlock: blocks.date,
    async submit(ctx, suggestionId, values, viewId) {
      const { catalog } = deps;
      const contactedOn = parseCalendarDate(values[blocks.date][inputActionId].selected_date ?? '');
      if (!contactedOn) return { errors: { [blocks.date]: catalog.contact.dateInvalid } };
      const result = await logContact(ctx, {
        suggestionId,
        stage: values[blocks.stage][inputActionId].selected_option.value,
        mode: values[blocks.mode][inputActionId].selected_option.value,
        contactedOn,
        note: values[blocks.note]?.[inputActionId].value?.trim() ?? '',
        submissionKey: `view:${viewId}`,
      });
      return { title: catalog.contact.doneTitle, text: contactLoggedAnswer(catalog, result) };
    },
  });
