import type { RespondFn } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import { readHome } from '../../services/reports/read-home.js';
import { contextFor, type ListenerDeps } from '../listener-deps.js';
import { plainMessage } from '../views/format.js';
import { type HomeOptions, homeView } from '../views/home.js';

/** Draws a person's Home tab afresh: when they open it, turn its page, or click in it. */
export async function publishHome(deps: ListenerDeps, client: WebClient, userId: string, options: HomeOptions = {}): Promise<void> {
  const home = await readHome(contextFor(deps, userId));
  await client.views.publish({ user_id: userId, view: homeView(deps.catalog, home, options) });
}

/** Whether a click came from the Home tab, which gives no response_url to answer through. */
export const isHomeClick = (body: unknown): boolean => (body as { view?: { type?: unknown } }).view?.type === 'home';

/**
 * What a button answers with, for a click in the Home tab: the tab drawn again (the step acted on
 * is gone from it), with the answer above the lines, where the person is looking.
 */
export const answerInHome =
  (deps: ListenerDeps, client: WebClient, userId: string): RespondFn =>
  async (message) => {
    const answer =
      typeof message === 'string'
        ? plainMessage(message)
        : { text: message.text ?? '', blocks: ((message as { blocks?: unknown[] }).blocks ?? []) as KnownBlock[] };
    await publishHome(deps, client, userId, { answer });
    // What a response_url would have answered; no listener reads it.
    return new Response(null, { status: 200 });
  };
