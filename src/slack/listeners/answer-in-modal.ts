import type { RespondFn } from '@slack/bolt';
import type { KnownBlock, View } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import type { ListenerDeps } from '../listener-deps.js';
import { plainMessage } from '../views/format.js';
import { modalAnswer } from '../views/modal-answer.js';

const plainText = z.object({ type: z.literal('plain_text'), text: z.string() });

/** The modal a button was clicked in, as a block_actions payload carries it. */
const modalClick = z.object({
  trigger_id: z.string().min(1),
  view: z.object({
    id: z.string().min(1),
    type: z.literal('modal'),
    callback_id: z.string().nullish(),
    private_metadata: z.string().nullish(),
    title: plainText,
    close: plainText.nullish(),
    blocks: z.array(z.unknown()),
  }),
});

/** The blocks of the modal a button was clicked in; undefined for a click anywhere else. */
export const clickedModal = (body: unknown): { text?: string; blocks: unknown[] } | undefined => modalClick.safeParse(body).data?.view;

/** The id of the modal a button was clicked in, to draw it anew; undefined for a click anywhere else. */
export const clickedViewId = (body: unknown): string | undefined => modalClick.safeParse(body).data?.view.id;

/** Whether a click came from a modal (查看清单's list), which gives no response_url to answer through. */
export const isModalClick = (body: unknown): boolean => modalClick.safeParse(body).success;

/**
 * What a button answers with, for a click in a modal: an answer in place redraws the modal with
 * the clicked line's buttons given way to what was done; a private answer (a refusal, the
 * details) is pushed over it, and closing it returns to the list.
 */
export const answerInModal =
  (deps: ListenerDeps, client: WebClient, body: unknown): RespondFn =>
  async (message) => {
    const click = modalClick.parse(body);
    const answer =
      typeof message === 'string'
        ? plainMessage(message)
        : { text: message.text ?? '', blocks: ((message as { blocks?: unknown[] }).blocks ?? []) as KnownBlock[] };
    if (typeof message !== 'string' && message.replace_original === true) {
      // Only what a view is made of goes back: the payload's copy carries its state, hash and ids too.
      const { callback_id, private_metadata, title, close } = click.view;
      const view: View = {
        type: 'modal',
        ...(callback_id ? { callback_id } : {}),
        ...(private_metadata ? { private_metadata } : {}),
        title,
        ...(close ? { close } : {}),
        blocks: answer.blocks,
      };
      await client.views.update({ view_id: click.view.id, view });
    } else {
      await client.views.push({ trigger_id: click.trigger_id, view: modalAnswer(deps.catalog, answer) });
    }
    // What a response_url would have answered; no listener reads it.
    return new Response(null, { status: 200 });
  };
