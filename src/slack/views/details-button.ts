import type { KnownBlock } from '@slack/types';
import type { Catalog } from '../../i18n/index.js';
import { actionIds, suffixedActionId } from '../ids.js';
import { button } from './format.js';

/** A notice's 详情, which opens the suggestion it names; none for a notice stored without the suggestion's id. */
export const detailsButton = (catalog: Catalog, suggestionId: number | undefined): KnownBlock[] =>
  suggestionId === undefined ? [] : [{ type: 'actions', elements: [button(catalog.button.details, actionIds.showDetails, suggestionId)] }];

/** Buttons a list of lines can carry: 详情 of its first suggestions, each named by its code (a message holds too few blocks for one a line). */
export const detailsOfFirst = (catalog: Catalog, lines: ReadonlyArray<{ suggestionId: number; code: string }>, count = 5): KnownBlock[] => {
  const first = [...new Map(lines.map((line) => [line.suggestionId, line.code])).entries()].slice(0, count);
  return first.length === 0
    ? []
    : [
        {
          type: 'actions',
          elements: first.map(([suggestionId, code], i) =>
            button(`${catalog.button.details} ${code}`, suffixedActionId(actionIds.showDetails, i + 1), suggestionId),
          ),
        },
      ];
};
