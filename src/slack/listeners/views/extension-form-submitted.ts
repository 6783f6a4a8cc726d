import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { parseCalendarDate } from '../../../domain/calendar-date.js';
import { requestExtension } from '../../../services/request-extension.js';
import { explain } from '../../answer.js';
import { extensionModalBlocks, inputActionId } from '../../ids.js';
import { contextFor, type ListenerDeps } from '../../listener-deps.js';
import { extensionRequestedAnswer } from '../../views/extension-notices.js';
import { doneModal } from '../../views/done-modal.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

const form = z.object({
  [extensionModalBlocks.due]: z.object({ [inputActionId]: z.object({ selected_date: z.string().nullish() }) }),
  [extensionModalBlocks.reason]: z.object({ [inputActionId]: z.object({ value: z.string().max(1000).nullish() }) }),
});

/** The 申请延期 form: errors go back into the form; success turns it into a confirmation. */
export function extensionFormSubmitted(deps: ListenerDeps) {
  return async ({ body, view, ack }: Args): Promise<void> => {
    const { catalog } = deps;
    const blocks = extensionModalBlocks;
    const suggestionId = z.coerce.number().int().positive().safeParse(view?.private_metadata);
    const values = form.safeParse(view?.state?.values);
    if (!suggestionId.success || !values.success) return ack({ response_action: 'errors', errors: { [blocks.due]: catalog.problem.malformed } });
    const dueOn = parseCalendarDate(values.data[blocks.due][inputActionId].selected_date ?? '');
    if (!dueOn) return ack({ response_action: 'errors', errors: { [blocks.due]: catalog.extension.dueMissing } });
    const reason = values.data[blocks.reason][inputActionId].value?.trim() ?? '';
    if (!reason) return ack({ response_action: 'errors', errors: { [blocks.reason]: catalog.extension.reasonBlank } });
    try {
      const result = await requestExtension(contextFor(deps, body.user.id), { suggestionId: suggestionId.data, dueOn, reason });
      deps.messagesQueued();
      return ack({ response_action: 'update', view: doneModal(catalog, catalog.transfer.doneTitle, extensionRequestedAnswer(catalog, result).text) });
    } catch (error) {
      return ack({ response_action: 'errors', errors: { [blocks.due]: explain(deps, error).text } });
    }
  };
}
