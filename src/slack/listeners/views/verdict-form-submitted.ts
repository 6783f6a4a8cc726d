import { z } from 'zod';
import { maxVerdictNoteLength } from '../../../domain/verdict-words.js';
import { evaluateSuggestion } from '../../../services/verdicts/evaluate-suggestion.js';
import { verdictModalBlocks as blocks, inputActionId } from '../../ids.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { evaluatedAnswer } from '../../views/verdict-notices.js';
import { suggestionRound } from '../actions/payload.js';
import { submitForm } from './submit-form.js';

/** 不满意 with the deputy's reasons (private_metadata: the suggestion and the round the button was written for). */
export const verdictFormSubmitted = (deps: ListenerDeps) =>
  submitForm(deps, {
    values: z.object({ [blocks.reasons]: z.object({ [inputActionId]: z.object({ value: z.string().max(3000).nullish() }) }) }),
    malformedBlock: blocks.reasons,
    rowOf: suggestionRound,
    async submit(ctx, row, values) {
      const reasons = values[blocks.reasons][inputActionId].value?.trim() ?? '';
      const words = deps.catalog.verdict;
      if (!reasons) return { errors: { [blocks.reasons]: words.reasonsNeeded } };
      if (reasons.length > maxVerdictNoteLength)
        return { errors: { [blocks.reasons]: words.reasonsTooLong(reasons.length, maxVerdictNoteLength) } };
      const result = await evaluateSuggestion(ctx, { ...row, verdict: 'dissatisfied', note: reasons });
      return { title: words.formTitle, text: evaluatedAnswer(deps.catalog, result).text };
    },
  });
