import type { ServiceContext } from '../shared/service-context.js';
import type { SuggestionRef } from '../suggestions/find-suggestion.js';
import { loadDraftingCoUnit } from './load-drafting-co-unit.js';

export interface OpinionForm {
  suggestionId: number;
  code: string;
  title: string;
  unitName: string;
  leadUnitName: string;
}

/** What the 会办意见 form needs, refused before it opens if the person could not submit it. */
export async function prepareOpinionForm(ctx: ServiceContext, ref: SuggestionRef): Promise<OpinionForm> {
  const { suggestion, unitName, leadUnitName } = await loadDraftingCoUnit(ctx.db, ctx, ref);
  return { suggestionId: suggestion.id, code: suggestion.code, title: suggestion.title, unitName, leadUnitName };
}
