import type { KnownBlock } from '@slack/types';
import type { Catalog } from '../../i18n/index.js';
import { actionIds } from '../ids.js';
import { button } from './format.js';

/** A notice's 详情, which opens the suggestion it names; none for a notice stored without the suggestion's id. */
export const detailsButton = (catalog: Catalog, suggestionId: number | undefined): KnownBlock[] =>
  suggestionId === undefined ? [] : [{ type: 'actions', elements: [button(catalog.button.details, actionIds.showDetails, suggestionId)] }];
