import type { Catalog } from '../../i18n/index.js';
import type { Supervisor } from '../../services/supervisors/list-supervisors.js';
import { context, formatDate, header, mention, packedSections, plainMessage, type SlackMessage } from './format.js';

/** Who is in the supervision office, and how it adds or removes people. */
export function supervisorsMessage(catalog: Catalog, office: readonly Supervisor[]): SlackMessage {
  const words = catalog.supervisors;
  // The first ones came from the setting at the first start ("system"), the rest from the bot.
  const lines = office.map((s) =>
    words.line(mention(s.userId), formatDate(catalog, s.since), s.grantedBy === 'system' ? words.bySetting : mention(s.grantedBy)),
  );
  return { text: words.title, blocks: [header(words.title), ...packedSections(catalog, lines, 45), context(words.hint)] };
}

export const supervisorAddedMessage = (catalog: Catalog, userId: string): SlackMessage =>
  plainMessage(catalog.supervisors.added(mention(userId)));

export const supervisorRemovedMessage = (catalog: Catalog, userId: string): SlackMessage =>
  plainMessage(catalog.supervisors.removed(mention(userId)));
