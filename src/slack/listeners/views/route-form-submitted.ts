import { z } from 'zod';
import { divisionNameLengthAtMost } from '../../../domain/vocabulary.js';
import { routeAssignment } from '../../../services/assignments/route-assignment.js';
import { inputActionId, routeModalBlocks } from '../../ids.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { routedAnswer } from '../../views/route-modal.js';
import { submitForm } from './submit-form.js';

const { handler, division, leader } = routeModalBlocks;
const person = z.object({ [inputActionId]: z.object({ selected_user: z.string().nullish() }) }).optional();

/** The 分办 form (private_metadata: the assignment's id). A person left unpicked stays as named. */
export const routeFormSubmitted = (deps: ListenerDeps) =>
  submitForm(deps, {
    values: z.object({
      [handler]: person,
      [division]: z.object({ [inputActionId]: z.object({ value: z.string().max(divisionNameLengthAtMost).nullish() }) }).optional(),
      [leader]: person,
    }),
    malformedBlock: division,
    async submit(ctx, assignmentId, values) {
      const result = await routeAssignment(
        ctx,
        {
          assignmentId,
          handlerUserId: values[handler]?.[inputActionId].selected_user ?? undefined,
          division: values[division]?.[inputActionId].value?.trim() ?? '',
          leaderUserId: values[leader]?.[inputActionId].selected_user ?? undefined,
        },
        deps.lookUpPerson,
      );
      deps.messagesQueued();
      return { title: deps.catalog.modal.submittedTitle, text: routedAnswer(deps.catalog, result) };
    },
  });
