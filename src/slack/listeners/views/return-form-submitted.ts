import { z } from 'zod';
import { reviewReply } from '../../../services/replies/review-reply.js';
import { returnModalBlocks as blocks, inputActionId } from '../../ids.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { reviewAnswer } from '../../views/reply-notices.js';
import { versionedRowId } from '../actions/payload.js';
import { submitForm } from './submit-form.js';

/** 退回修改 (private_metadata: the reply and the version the reviewer read). */
export const returnFormSubmitted = (deps: ListenerDeps) =>
  submitForm(deps, {
    values: z.object({ [blocks.comment]: z.object({ [inputActionId]: z.object({ value: z.string().max(3000).nullish() }) }) }),
    malformedBlock: blocks.comment,
    rowOf: versionedRowId,
    async submit(ctx, reply, values) {
      const comment = values[blocks.comment][inputActionId].value?.trim() ?? '';
      if (!comment) return { errors: { [blocks.comment]: deps.catalog.problem.returnNeedsComment } };
      const result = await reviewReply(ctx, { replyId: reply.id, version: reply.version, decision: 'return', comment });
      return { title: deps.catalog.reply.returnTitle, text: reviewAnswer(deps.catalog, result) };
    },
  });
