import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { View } from '@slack/types';
import type { z } from 'zod';
import type { ServiceContext } from '../../../services/shared/service-context.js';
import { explain } from '../../answer.js';
import { contextFor, type ListenerDeps } from '../../listener-deps.js';
import { plainMessage } from '../../views/format.js';
import { clickedViewId, isModalClick } from '../answer-in-modal.js';
import { buttonPayload, rowId } from './payload.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

/**
 * A button that opens a form about one row (its value is the row's id). The form is prepared,
 * which refuses before it opens anyone who could not submit it, and opened before the ack: a
 * trigger_id lives 3 seconds. A refusal is told to the clicker alone.
 */
export function openForm<Row = number>(
  deps: ListenerDeps,
  prepare: (ctx: ServiceContext, row: Row) => Promise<View>,
  rowOf: z.ZodType<Row, string> = rowId as unknown as z.ZodType<Row, string>,
  /** From inside a modal: push the form over it, or turn it into the form (a page of the same list). */
  fromModal: 'push' | 'turn' = 'push',
) {
  return async ({ body, ack, respond, client }: Args): Promise<void> => {
    const payload = buttonPayload.safeParse(body);
    const id = rowOf.safeParse(payload.data?.actions[0]?.value);
    if (!payload.success || !id.success || !payload.data.trigger_id) {
      await ack();
      await respond({ response_type: 'ephemeral', replace_original: false, ...plainMessage(deps.catalog.problem.malformed) });
      return;
    }
    try {
      const view = await prepare(contextFor(deps, payload.data.user.id), id.data);
      // From a modal (查看清单's list) the form goes over it, and closing the form returns to the list.
      const opening = { trigger_id: payload.data.trigger_id, view };
      const shown = clickedViewId(body);
      if (shown && fromModal === 'turn') await client.views.update({ view_id: shown, view });
      else await (isModalClick(body) ? client.views.push(opening) : client.views.open(opening));
      await ack();
    } catch (error) {
      await ack();
      await respond({ response_type: 'ephemeral', replace_original: false, ...explain(deps, error) });
    }
  };
}
