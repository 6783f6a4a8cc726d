import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { decideTransfer } from '../../../services/decide-transfer.js';
import { explain } from '../../answer.js';
import { inputActionId, reassignModalBlocks } from '../../ids.js';
import { contextFor, type ListenerDeps } from '../../listener-deps.js';
import { transferDecisionAnswer } from '../../views/transfer-notices.js';
import { doneModal } from '../../views/done-modal.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

const form = z.object({
  [reassignModalBlocks.unit]: z.object({ [inputActionId]: z.object({ selected_option: z.object({ value: z.coerce.number().int().positive() }) }) }),
  [reassignModalBlocks.handler]: z.object({ [inputActionId]: z.object({ selected_user: z.string().min(1).nullish() }) }).optional(),
});

/** The 改派 form: the transfer is decided; errors go back into the form. */
export function reassignFormSubmitted(deps: ListenerDeps) {
  return async ({ body, view, ack }: Args): Promise<void> => {
    const { catalog } = deps;
    const requestId = z.coerce.number().int().positive().safeParse(view?.private_metadata);
    const values = form.safeParse(view?.state?.values);
    if (!requestId.success || !values.success) {
      return ack({ response_action: 'errors', errors: { [reassignModalBlocks.unit]: catalog.problem.malformed } });
    }
    const v = values.data;
    try {
      const result = await decideTransfer(contextFor(deps, body.user.id), {
        requestId: requestId.data,
        approve: true,
        toUnit: { text: '', unitId: v[reassignModalBlocks.unit][inputActionId].selected_option.value },
        handlerUserId: v[reassignModalBlocks.handler]?.[inputActionId].selected_user ?? undefined,
      });
      deps.messagesQueued();
      return ack({ response_action: 'update', view: doneModal(catalog, catalog.transfer.doneTitle, transferDecisionAnswer(catalog, result)) });
    } catch (error) {
      return ack({ response_action: 'errors', errors: { [reassignModalBlocks.unit]: explain(deps, error).text } });
    }
  };
}
