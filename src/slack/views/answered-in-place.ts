import type { KnownBlock } from '@slack/types';
import { context, type SlackMessage } from './format.js';

/** The button a person clicked, as its payload names it. */
export interface ClickedButton {
  actionId: string;
  value: string;
}

const isClicked = (element: unknown, clicked: ClickedButton): boolean =>
  typeof element === 'object' &&
  element !== null &&
  'action_id' in element &&
  element.action_id === clicked.actionId &&
  'value' in element &&
  element.value === clicked.value;

const holdsButton = (block: KnownBlock, clicked: ClickedButton): boolean =>
  block.type === 'actions' && block.elements.some((element) => isClicked(element, clicked));

/** A line with its button beside it (a gathered message's line): the line stays, its button goes. */
const besideButton = (block: KnownBlock, clicked: ClickedButton): boolean =>
  block.type === 'section' && isClicked(block.accessory, clicked);

/**
 * The message someone acted from, as everyone in that conversation now sees it: the buttons of
 * the line they acted on give way to what was done; the other lines of a reminder keep theirs.
 * The blocks are the bot's own message coming back in the click's payload.
 */
export function answeredInPlace(
  original: { text?: string | undefined; blocks: unknown[] },
  clicked: ClickedButton,
  answer: SlackMessage,
): SlackMessage {
  const blocks = original.blocks as KnownBlock[];
  const done = context(answer.text);
  const at = blocks.findIndex((block) => holdsButton(block, clicked));
  const beside = blocks.findIndex((block) => besideButton(block, clicked));
  if (at < 0 && beside >= 0) {
    const { accessory: _clicked, ...line } = blocks[beside] as KnownBlock & { accessory?: unknown };
    return {
      text: original.text ?? answer.text,
      blocks: [...blocks.slice(0, beside), line as KnownBlock, done, ...blocks.slice(beside + 1)],
    };
  }
  return {
    text: original.text ?? answer.text,
    blocks: at < 0 ? [...blocks, done] : [...blocks.slice(0, at), done, ...blocks.slice(at + 1)],
  };
}
