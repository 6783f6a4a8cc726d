import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { listSuggestions } from '../../../services/list-suggestions.js';
import { readHomeStandings } from '../../../services/read-home-standings.js';
import { contextFor, type ListenerDeps } from '../../listener-deps.js';
import { homeView } from '../../views/home.js';

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>;

/** The Home tab, drawn each time it is opened: the person's open suggestions and this week's standings. */
export function appHomeOpened(deps: ListenerDeps) {
  return async ({ event, client }: Args): Promise<void> => {
    if (event.tab !== 'home') return;
    const ctx = contextFor(deps, event.user);
    const [mine, standings] = [await listSuggestions(ctx, { kind: 'mine' }), await readHomeStandings(ctx)];
    await client.views.publish({ user_id: event.user, view: homeView(deps.catalog, mine, standings) });
  };
}
