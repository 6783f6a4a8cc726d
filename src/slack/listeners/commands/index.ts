import type { ListenerDeps } from '../../listener-deps.js';
import { suggestCommand } from './suggest.js';

/** Each slash command the app answers, by its name. */
export function commandRoutes(deps: ListenerDeps) {
  return new Map([['/suggest', suggestCommand(deps)]]);
}
