import { z } from 'zod';
import { submitOpinion } from '../../../services/replies/submit-opinion.js';
import { opinionModalBlocks as blocks, inputActionId } from '../../ids.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { opinionSubmittedAnswer } from '../../views/reply-notices.js';
import { submitForm } from './submit-form.js';

/** The 会办意见 form (private_metadata: the suggestion's id). */
export const opinionFormSubmitted = (deps: ListenerDeps) =>
  submitForm(deps, {
    values: z.object({ [blocks.body]: z.object({ [inputActionId]: z.object({ value: z.string().max(3000).nullish() }) }) }),
    malformedBlock: blocks.body,
    async submit(ctx, suggestionId, values) {
      const body = values[blocks.body][inputActionId].value?.trim() ?? '';
      if (!body) return { errors: { [blocks.body]: deps.catalog.opinion.bodyEmpty } };
      const result = await submitOpinion(ctx, { suggestionId, body });
      return { title: deps.catalog.opinion.doneTitle, text: opinionSubmittedAnswer(deps.catalog, result) };
    },
  });
