import { z } from 'zod';
import { decideTransfer } from '../../../services/requests/decide-transfer.js';
import { reassignModalBlocks as blocks, inputActionId } from '../../ids.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { transferDecisionAnswer } from '../../views/transfer-notices.js';
import { submitForm } from './submit-form.js';

/** The 改派 form (private_metadata: the transfer request's id): the transfer is decided. */
export const reassignFormSubmitted = (deps: ListenerDeps) =>
  submitForm(deps, {
    values: z.object({
      [blocks.unit]: z.object({ [inputActionId]: z.object({ selected_option: z.object({ value: z.coerce.number().int().positive() }) }) }),
      [blocks.handler]: z.object({ [inputActionId]: z.object({ selected_user: z.string().min(1).nullish() }) }).optional(),
    }),
    malformedBlock: blocks.unit,
    async submit(ctx, requestId, values) {
      const result = await decideTransfer(ctx, {
        requestId,
        approve: true,
        toUnit: { text: '', unitId: values[blocks.unit][inputActionId].selected_option.value },
        handlerUserId: values[blocks.handler]?.[inputActionId].selected_user ?? undefined,
      });
      return { title: deps.catalog.modal.submittedTitle, text: transferDecisionAnswer(deps.catalog, result) };
    },
  });
