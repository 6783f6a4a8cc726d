import type { ListenerDeps } from '../../listener-deps.js';
import { appHomeOpened } from './app-home-opened.js';

/** Each event the app listens to, by its type. */
export function eventRoutes(deps: ListenerDeps) {
  return new Map([['app_home_opened', appHomeOpened(deps)]]);
}
