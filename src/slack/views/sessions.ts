import type { Catalog } from '../../i18n/index.js';
import type { SessionSummary } from '../../services/sessions/list-sessions.js';
import type { SessionStarted } from '../../services/sessions/start-session.js';
import { context, escapeText, formatDate, header, packedSections, plainMessage, type SlackMessage } from './format.js';

/** The sessions, the current one first, with what each still has open. */
export function sessionsMessage(catalog: Catalog, sessions: readonly SessionSummary[]): SlackMessage {
  const words = catalog.sessions;
  const lines = sessions.map(
    (s) => words.line(escapeText(s.name), formatDate(catalog, s.since), s.suggestions, s.open) + (s.current ? words.current : ''),
  );
  return { text: words.title, blocks: [header(words.title), ...packedSections(catalog, lines, 45), context(words.hint)] };
}

export const sessionStartedMessage = (catalog: Catalog, started: SessionStarted): SlackMessage =>
  plainMessage(catalog.sessions.started(escapeText(started.name), escapeText(started.previousName)));
