import type { CalendarDate } from '../../domain/calendar-date.js';
import { latestDueOn } from '../../domain/deadlines.js';
import type { ServiceContext } from '../shared/service-context.js';
import { loadExtendableLead } from './load-extendable-lead.js';

export interface ExtensionForm {
  suggestionId: number;
  code: string;
  title: string;
  unitName: string;
  currentDueOn: CalendarDate;
  /** The latest statutory deadline the session allows. */
  latest: CalendarDate;
}

/** What the 申请延期 form shows; refused before it opens to anyone who could not ask. */
export async function prepareExtensionForm(ctx: ServiceContext, input: { suggestionId: number }): Promise<ExtensionForm> {
  const { suggestion, unitName, settings } = await loadExtendableLead(ctx.db, ctx, input);
  return {
    suggestionId: suggestion.id,
    code: suggestion.code,
    title: suggestion.title,
    unitName,
    currentDueOn: suggestion.statutoryDueOn,
    latest: latestDueOn(suggestion.assignedOn, settings),
  };
}
