import type { KnownBlock } from '@slack/types';
import { context, type SlackMessage } from './format.js';

/**
 * The notice someone accepted from, as everyone in that conversation now sees it: its buttons
 * gone, and who accepted beneath it. The blocks are the bot's own notice coming back in the
 * click's payload, so they are taken as the Block Kit the bot wrote.
 */
export function acceptedInPlace(original: { text?: string | undefined; blocks: unknown[] }, answer: SlackMessage): SlackMessage {
  const blocks = (original.blocks as KnownBlock[]).filter((block) => block.type !== 'actions');
  return { text: original.text ?? answer.text, blocks: [...blocks, context(answer.text)] };
}
