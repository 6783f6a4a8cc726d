import { z } from 'zod';
import { parseCalendarDate } from '../../../domain/calendar-date.js';
import { requestExtension } from '../../../services/requests/request-extension.js';
import { extensionModalBlocks as blocks, inputActionId } from '../../ids.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { extensionRequestedAnswer } from '../../views/extension-notices.js';
import { type FormOutcome, submitForm } from './submit-form.js';

/** The 申请延期 form (private_metadata: the suggestion's id). */
export const extensionFormSubmitted = (deps: ListenerDeps) =>
  submitForm(deps, {
    values: z.object({
      [blocks.due]: z.object({ [inputActionId]: z.object({ selected_date: z.string().nullish() }) }),
      [blocks.reason]: z.object({ [inputActionId]: z.object({ value: z.string().max(1000).nullish() }) }),
    }),
    malformedBlock: blocks.due,
    async submit(ctx, suggestionId, values): Promise<FormOutcome> {
      const { catalog } = deps;
      const dueOn = parseCalendarDate(values[blocks.due][inputActionId].selected_date ?? '');
      if (!dueOn) return { errors: { [blocks.due]: catalog.extension.dueMissing } };
      const reason = values[blocks.reason][inputActionId].value?.trim() ?? '';
      if (!reason) return { errors: { [blocks.reason]: catalog.extension.reasonBlank } };
      const result = await requestExtension(ctx, { suggestionId, dueOn, reason });
      return { title: catalog.modal.submittedTitle, text: extensionRequestedAnswer(catalog, result).text };
    },
  });
