import type { View } from '@slack/types';
import type { SuggestionList } from '../../services/list-suggestions.js';
import type { Catalog } from '../i18n/index.js';
import { context, header } from './format.js';
import { suggestionListMessage } from './suggestion-list.js';

export function homeView(catalog: Catalog, mine: SuggestionList): View {
  const list = mine.lines.length ? suggestionListMessage(catalog, mine).blocks : [context(catalog.home.empty)];
  return {
    type: 'home',
    blocks: [header(catalog.home.heading), ...list, context(catalog.home.hint)].slice(0, 100),
  };
}
