import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { dateInZone } from '../../../domain/calendar-date.js';
import { showSuggestion } from '../../../services/suggestions/show-suggestion.js';
import { answerOrExplain } from '../../answer.js';
import { contextFor, type ListenerDeps } from '../../listener-deps.js';
import { plainMessage } from '../../views/format.js';
import { suggestionDetailMessage } from '../../views/suggestion-detail.js';
import { buttonPayload, rowId } from './payload.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

/** 详情: the suggestion with every node, for the person who asked. */
export function detailsButton(deps: ListenerDeps) {
  return async ({ body, ack, respond }: Args): Promise<void> => {
    await ack();
    const payload = buttonPayload.safeParse(body);
    const id = rowId.safeParse(payload.data?.actions[0]?.value);
    const answer =
      payload.success && id.success
        ? await answerOrExplain(deps, async () => {
            const ctx = contextFor(deps, payload.data.user.id);
            const detail = await showSuggestion(ctx, { suggestionId: id.data });
            return suggestionDetailMessage(deps.catalog, detail, dateInZone(ctx.now, ctx.timezone), ctx.timezone);
          })
        : plainMessage(deps.catalog.problem.malformed);
    await respond({ response_type: 'ephemeral', replace_original: false, ...answer });
  };
}
