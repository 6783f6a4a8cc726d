import type { ServiceContext } from '../shared/service-context.js';
import { type CurrentSession, currentSession } from './current-session.js';

/** `/suggest config`: the current session's rules; anyone may read them. */
export async function listSessionSettings(ctx: ServiceContext): Promise<Pick<CurrentSession, 'name' | 'settings'>> {
  const { name, settings } = await currentSession(ctx.db, ctx.now, ctx.timezone);
  return { name, settings };
}
