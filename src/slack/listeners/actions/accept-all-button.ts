import { z } from 'zod';
import { acceptAssignments } from '../../../services/assignments/accept-assignments.js';
import { idsOfListValue } from '../../ids.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { acceptedAllMessage } from '../../views/answers.js';
import { actInPlace } from './act-in-place.js';

/** 全部签收's value: the batch's assignment ids. */
const assignmentIds = z
  .string()
  .transform((value) => idsOfListValue(value) ?? [])
  .refine((ids) => ids.length > 0 && ids.every((id) => Number.isSafeInteger(id) && id > 0));

/** 全部签收 on a gathered message of new assignments. */
export const acceptAllButton = (deps: ListenerDeps) =>
  actInPlace(
    deps,
    async (ctx, ids) => {
      const result = await acceptAssignments(ctx, { assignmentIds: ids });
      deps.messagesQueued();
      return acceptedAllMessage(deps.catalog, result);
    },
    assignmentIds,
  );
