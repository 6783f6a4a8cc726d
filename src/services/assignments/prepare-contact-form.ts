import { type CalendarDate, dateInZone } from '../../domain/calendar-date.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { findSuggestionByRef, type SuggestionRef } from '../suggestions/find-suggestion.js';
import { findOwnAssignment } from './find-own-assignment.js';

export interface ContactForm {
  suggestionId: number;
  code: string;
  title: string;
  unitName: string;
  today: CalendarDate;
}

/** What the 记录沟通 form needs, refused before it opens if the person could not log one. */
export async function prepareContactForm(ctx: ServiceContext, input: SuggestionRef): Promise<ContactForm> {
  const suggestion = await findSuggestionByRef(ctx.db, ctx, input);
  const own = await findOwnAssignment(ctx.db, suggestion.id, ctx.actor, await loadActorRoles(ctx.db, ctx));
  if (!own) refuse({ code: 'forbidden', needs: ['handler', 'liaison'] });
  return {
    suggestionId: suggestion.id,
    code: suggestion.code,
    title: suggestion.title,
    unitName: own.unitName,
    today: dateInZone(ctx.now, ctx.timezone),
  };
}
