import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { parseCalendarDate } from '../../../domain/calendar-date.js';
import { contactModes, contactStages } from '../../../domain/vocabulary.js';
import { logContact } from '../../../services/log-contact.js';
import { explain } from '../../answer.js';
import { contactModalBlocks, inputActionId } from '../../ids.js';
import { contextFor, type ListenerDeps } from '../../listener-deps.js';
import { doneModal } from '../../views/done-modal.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

const selected = <T extends readonly [string, ...string[]]>(values: T) =>
  z.object({ [inputActionId]: z.object({ selected_option: z.object({ value: z.enum(values) }) }) });

const form = z.object({
  [contactModalBlocks.stage]: selected(contactStages),
  [contactModalBlocks.mode]: selected(contactModes),
  [contactModalBlocks.date]: z.object({ [inputActionId]: z.object({ selected_date: z.string().nullish() }) }),
  [contactModalBlocks.note]: z.object({ [inputActionId]: z.object({ value: z.string().max(2000).nullish() }) }).optional(),
});

/** The 记录沟通 form: errors go back into the form; success turns it into a confirmation. */
export function contactFormSubmitted(deps: ListenerDeps) {
  return async ({ body, view, ack }: Args): Promise<void> => {
    const { catalog } = deps;
    const suggestionId = z.coerce.number().int().positive().safeParse(view?.private_metadata);
    const values = form.safeParse(view?.state?.values);
    if (!suggestionId.success || !values.success) {
      return ack({ response_action: 'errors', errors: { [contactModalBlocks.stage]: catalog.problem.malformed } });
    }
    const v = values.data;
    const contactedOn = parseCalendarDate(v[contactModalBlocks.date][inputActionId].selected_date ?? '');
    if (!contactedOn) return ack({ response_action: 'errors', errors: { [contactModalBlocks.date]: catalog.contact.dateInvalid } });
    try {
      const result = await logContact(contextFor(deps, body.user.id), {
        suggestionId: suggestionId.data,
        stage: v[contactModalBlocks.stage][inputActionId].selected_option.value,
        mode: v[contactModalBlocks.mode][inputActionId].selected_option.value,
        contactedOn,
        note: v[contactModalBlocks.note]?.[inputActionId].value?.trim() ?? '',
      });
      const text = catalog.contact.done(result.code, result.unitName, result.completedPreContact);
      return ack({ response_action: 'update', view: doneModal(catalog, catalog.contact.doneTitle, text) });
    } catch (error) {
      return ack({ response_action: 'errors', errors: { [contactModalBlocks.date]: explain(deps, error).text } });
    }
  };
}
