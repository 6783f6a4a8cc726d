import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../../listener-deps.js';
import { suggestCommand } from './suggest.js';

export function registerCommands(app: App, deps: ListenerDeps): void {
  app.command('/suggest', suggestCommand(deps));
}
