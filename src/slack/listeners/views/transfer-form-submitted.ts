import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { requestTransfer } from '../../../services/request-transfer.js';
import { explain } from '../../answer.js';
import { inputActionId, transferModalBlocks } from '../../ids.js';
import { contextFor, type ListenerDeps } from '../../listener-deps.js';
import { transferRequestedAnswer } from '../../views/transfer-notices.js';
import { doneModal } from '../../views/done-modal.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

const form = z.object({
  [transferModalBlocks.reason]: z.object({ [inputActionId]: z.object({ value: z.string().max(1000).nullish() }) }),
});

/** The 申请调整 form: errors go back into the form; success turns it into a confirmation. */
export function transferFormSubmitted(deps: ListenerDeps) {
  return async ({ body, view, ack }: Args): Promise<void> => {
    const { catalog } = deps;
    const reasonBlock = transferModalBlocks.reason;
    const assignmentId = z.coerce.number().int().positive().safeParse(view?.private_metadata);
    const values = form.safeParse(view?.state?.values);
    if (!assignmentId.success || !values.success) return ack({ response_action: 'errors', errors: { [reasonBlock]: catalog.problem.malformed } });
    const reason = values.data[reasonBlock][inputActionId].value?.trim() ?? '';
    if (!reason) return ack({ response_action: 'errors', errors: { [reasonBlock]: catalog.transfer.reasonBlank } });
    try {
      const result = await requestTransfer(contextFor(deps, body.user.id), { assignmentId: assignmentId.data, reason });
      deps.messagesQueued();
      return ack({ response_action: 'update', view: doneModal(catalog, catalog.transfer.doneTitle, transferRequestedAnswer(catalog, result)) });
    } catch (error) {
      return ack({ response_action: 'errors', errors: { [reasonBlock]: explain(deps, error).text } });
    }
  };
}
