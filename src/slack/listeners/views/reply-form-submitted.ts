import { z } from 'zod';
import { parseCommitmentLines, type ReplyDraftProblem } from '../../../domain/reply-draft.js';
import { replyClasses } from '../../../domain/vocabulary.js';
import { submitReply } from '../../../services/replies/submit-reply.js';
import { ServiceError } from '../../../services/shared/service-error.js';
import { replyModalBlocks as blocks, inputActionId } from '../../ids.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { describeReplyDraftProblem } from '../../views/problem.js';
import { replySubmittedAnswer } from '../../views/reply-notices.js';
import { type FormOutcome, submitForm } from './submit-form.js';

const typed = (max: number) => z.object({ [inputActionId]: z.object({ value: z.string().max(max).nullish() }) });
const optionalText = (value: string | null | undefined) => value?.trim() || null;

/** Which of the form's blocks a problem with the draft belongs to. */
const problemBlock: Record<ReplyDraftProblem['code'], string> = {
  class_not_used: blocks.replyClass,
  commitments_needed: blocks.commitments,
  commitments_only_b: blocks.commitments,
  commitment_due_past: blocks.commitments,
  reason_needed: blocks.reason,
  bad_document_url: blocks.documentUrl,
};

/** The 答复 form (private_metadata: the suggestion's id): the reply goes to its first review. */
export const replyFormSubmitted = (deps: ListenerDeps) =>
  submitForm(deps, {
    values: z.object({
      [blocks.replyClass]: z.object({ [inputActionId]: z.object({ selected_option: z.object({ value: z.enum(replyClasses) }) }) }),
      [blocks.summary]: typed(3000),
      [blocks.documentUrl]: typed(500).optional(),
      [blocks.mayPublish]: z
        .object({ [inputActionId]: z.object({ selected_options: z.array(z.object({ value: z.string() })).nullish() }) })
        .optional(),
      [blocks.commitments]: typed(3000).optional(),
      [blocks.reason]: typed(3000).optional(),
    }),
    malformedBlock: blocks.summary,
    async submit(ctx, suggestionId, values): Promise<FormOutcome> {
      const { catalog } = deps;
      const summary = values[blocks.summary][inputActionId].value?.trim() ?? '';
      if (!summary) return { errors: { [blocks.summary]: catalog.reply.summaryEmpty } };
      const promised = parseCommitmentLines(values[blocks.commitments]?.[inputActionId].value ?? '');
      if ('badLine' in promised) return { errors: { [blocks.commitments]: catalog.problem.badCommitmentLine(promised.badLine) } };
      try {
        const result = await submitReply(ctx, {
          suggestionId,
          draft: {
            replyClass: values[blocks.replyClass][inputActionId].selected_option.value,
            summary,
            documentUrl: optionalText(values[blocks.documentUrl]?.[inputActionId].value),
            mayPublish: (values[blocks.mayPublish]?.[inputActionId].selected_options ?? []).some((o) => o.value === 'yes'),
            reason: optionalText(values[blocks.reason]?.[inputActionId].value),
            commitments: promised.commitments,
          },
        });
        return { title: catalog.reply.doneTitle, text: replySubmittedAnswer(catalog, result) };
      } catch (error) {
        // A draft the rules refuse is shown on the field to fix.
        if (error instanceof ServiceError && error.problem.code === 'reply_draft') {
          const { problem } = error.problem;
          return { errors: { [problemBlock[problem.code]]: describeReplyDraftProblem(catalog, problem) } };
        }
        throw error;
      }
    },
  });
