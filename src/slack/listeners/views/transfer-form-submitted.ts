import { z } from 'zod';
import { requestTransfer } from '../../../services/requests/request-transfer.js';
import { inputActionId, transferModalBlocks } from '../../ids.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { transferRequestedAnswer } from '../../views/transfer-notices.js';
import { submitForm } from './submit-form.js';

const { reason: reasonBlock } = transferModalBlocks;

/** The 申请调整 form (private_metadata: the assignment's id). */
export const transferFormSubmitted = (deps: ListenerDeps) =>
  submitForm(deps, {
    values: z.object({ [reasonBlock]: z.object({ [inputActionId]: z.object({ value: z.string().max(1000).nullish() }) }) }),
    malformedBlock: reasonBlock,
    async submit(ctx, assignmentId, values) {
      const { catalog } = deps;
      const reason = values[reasonBlock][inputActionId].value?.trim() ?? '';
      if (!reason) return { errors: { [reasonBlock]: catalog.transfer.reasonBlank } };
      const result = await requestTransfer(ctx, { assignmentId, reason });
      return { title: catalog.modal.submittedTitle, text: transferRequestedAnswer(catalog, result) };
    },
  });
