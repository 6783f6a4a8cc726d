import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { listSuggestions } from '../../../services/list-suggestions.js';
import { contextFor, type ListenerDeps } from '../../listener-deps.js';
import { homeView } from '../../views/home.js';

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>;

/** The Home tab: the person's own open suggestions, drawn each time they open it. */
export function appHomeOpened(deps: ListenerDeps) {
  return async ({ event, client }: Args): Promise<void> => {
    if (event.tab !== 'home') return;
    const mine = await listSuggestions(contextFor(deps, event.user), { kind: 'mine' });
    await client.views.publish({ user_id: event.user, view: homeView(deps.catalog, mine) });
  };
}
