import type { Catalog } from '../../i18n/index.js';
import { context, header, type SlackMessage, section } from './format.js';

export function helpMessage(catalog: Catalog): SlackMessage {
  const { help } = catalog;
  return {
    text: help.title,
    blocks: [header(help.title), section(help.intro), section(help.lines.map((line) => `• ${line}`).join('\n')), context(help.later)],
  };
}
