import type { Catalog } from '../../i18n/index.js';
import type { KeySuggestionMarked } from '../../services/key-suggestions/mark-key-suggestion.js';
import { escapeText, mention, plainMessage, type SlackMessage } from './format.js';

/** The answer to `/suggest key`: marked, updated, or nothing to change. */
export function keyMarkedMessage(catalog: Catalog, result: KeySuggestionMarked): SlackMessage {
  const words = catalog.key;
  const leader = result.leaderUserId ? mention(result.leaderUserId) : '';
  const note = escapeText(result.note);
  if (result.change === 'unchanged') return plainMessage(words.unchanged(result.code));
  return plainMessage(result.change === 'marked' ? words.marked(result.code, leader, note) : words.updated(result.code, leader, note));
}

/** The answer to `/suggest key off`. */
export const keyEndedMessage = (catalog: Catalog, result: { code: string; leaderUserId: string | null }): SlackMessage =>
  plainMessage(catalog.key.ended(result.code, result.leaderUserId ? mention(result.leaderUserId) : ''));
