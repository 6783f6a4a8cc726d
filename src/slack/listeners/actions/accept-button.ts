import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { acceptAssignment } from '../../../services/accept-assignment.js';
import { explain } from '../../answer.js';
import { contextFor, type ListenerDeps } from '../../listener-deps.js';
import { acceptedMessage } from '../../views/answers.js';
import { acceptedInPlace } from '../../views/accepted-in-place.js';
import { plainMessage } from '../../views/format.js';
import { buttonPayload } from './payload.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

const assignmentId = z.coerce.number().int().positive();

/** 签收 from a notice: stored, then acknowledged; the notice loses its buttons and says who accepted. */
export function acceptButton(deps: ListenerDeps) {
  return async ({ body, ack, respond }: Args): Promise<void> => {
    const payload = buttonPayload.safeParse(body);
    const id = assignmentId.safeParse(payload.data?.actions[0]?.value);
    if (!payload.success || !id.success) {
      await ack();
      await respond({ response_type: 'ephemeral', replace_original: false, ...plainMessage(deps.catalog.problem.malformed) });
      return;
    }
    let answer;
    let accepted = false;
    try {
      const result = await acceptAssignment(contextFor(deps, payload.data.user.id), { assignmentId: id.data });
      deps.messagesQueued();
      answer = acceptedMessage(deps.catalog, result);
      accepted = true;
    } catch (error) {
      answer = explain(deps, error);
    }
    await ack();
    const original = payload.data.message;
    if (accepted && original?.blocks) {
      await respond({ replace_original: true, ...acceptedInPlace({ text: original.text, blocks: original.blocks }, answer) });
      return;
    }
    await respond({ response_type: 'ephemeral', replace_original: false, ...answer });
  };
}
