import type { Catalog } from '../../i18n/index.js';
import { context, header, packedSections, type SlackMessage, section } from './format.js';

/** Sections the usage lines may take: more than they fill in either language, so that none is cut at Slack's 3,000 characters. */
const lineSections = 4;

export function helpMessage(catalog: Catalog): SlackMessage {
  const { help } = catalog;
  return {
    text: help.title,
    blocks: [
      header(help.title),
      section(help.intro),
      ...packedSections(
        catalog,
        help.lines.map((line) => `• ${line}`),
        lineSections,
      ),
      context(help.later),
    ],
  };
}
