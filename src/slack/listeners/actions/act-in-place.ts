import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { z } from 'zod';
import type { ServiceContext } from '../../../services/shared/service-context.js';
import { explain } from '../../answer.js';
import { contextFor, type ListenerDeps } from '../../listener-deps.js';
import { answeredInPlace } from '../../views/answered-in-place.js';
import { plainMessage, type SlackMessage } from '../../views/format.js';
import { clickedModal } from '../answer-in-modal.js';
import { buttonPayload, rowId } from './payload.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

/**
 * A button that changes something about one row (its value is the row's id, or what `rowOf` reads): the change is
 * stored, then acknowledged; on success the clicked line's buttons give way to what was done,
 * for everyone in the conversation, and a refusal is told to the clicker alone.
 */
export function actInPlace<Row = number>(
  deps: ListenerDeps,
  act: (ctx: ServiceContext, row: Row) => Promise<SlackMessage>,
  rowOf: z.ZodType<Row, string> = rowId as unknown as z.ZodType<Row, string>,
) {
  return async ({ body, ack, respond }: Args): Promise<void> => {
    const payload = buttonPayload.safeParse(body);
    const id = rowOf.safeParse(payload.data?.actions[0]?.value);
    if (!payload.success || !id.success) {
      await ack();
      await respond({ response_type: 'ephemeral', replace_original: false, ...plainMessage(deps.catalog.problem.malformed) });
      return;
    }
    let answer: SlackMessage;
    let done = false;
    try {
      answer = await act(contextFor(deps, payload.data.user.id), id.data);
      done = true;
    } catch (error) {
      answer = explain(deps, error);
    }
    await ack();
    // A line in a modal (查看清单's list) is answered in place like a line in a message.
    const original = payload.data.message ?? clickedModal(body);
    if (done && original?.blocks?.length) {
      // The action_id as clicked: it may carry a suffix (several of one kind in one block).
      const clicked = { actionId: payload.data.actions[0]!.action_id, value: payload.data.actions[0]!.value };
      await respond({ replace_original: true, ...answeredInPlace({ text: original.text, blocks: original.blocks }, clicked, answer) });
      return;
    }
    await respond({ response_type: 'ephemeral', replace_original: false, ...answer });
  };
}
