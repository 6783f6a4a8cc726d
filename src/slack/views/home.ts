import type { KnownBlock, View } from '@slack/types';
import type { ScoredUnit } from '../../domain/scoring.js';
import type { HomeStandings } from '../../services/read-home-standings.js';
import type { SuggestionList } from '../../services/list-suggestions.js';
import type { Catalog } from '../i18n/index.js';
import { context, divider, escapeText, header, packedSections, section } from './format.js';
import { suggestionListMessage } from './suggestion-list.js';

const noStandings: HomeStandings = { own: [], board: [] };

/**
 * The Home tab: the person's open suggestions; for those who answer for a unit, its standing this
 * week; for the supervision office, the board of every unit. Within the 100 blocks a Home tab takes.
 */
export function homeView(catalog: Catalog, mine: SuggestionList, standings: HomeStandings = noStandings): View {
  const words = catalog.home;
  const list = mine.lines.length ? suggestionListMessage(catalog, mine).blocks : [context(words.empty)];
  const line = (unit: ScoredUnit) => words.standing(unit.rank, escapeText(unit.metrics.unitName), unit.score.toFixed(1), unit.metrics.overdueNodes);
  const ranking: KnownBlock[] = [
    ...(standings.own.length > 0 ? [divider, section(`${words.ownHeading}\n${standings.own.map(line).join('\n')}`)] : []),
    ...(standings.board.length > 0 ? [divider, section(words.boardHeading(standings.board.length)), ...packedSections(catalog, standings.board.map(line), 10)] : []),
  ];
  return {
    type: 'home',
    blocks: [header(words.heading), ...list, ...ranking, context(words.hint)].slice(0, 100),
  };
}
