import type { Database } from '../../db/client.js';
import { canDraftForUnit } from '../../domain/permissions.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import { requireStep } from '../shared/require-step.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import type { SuggestionRef } from '../suggestions/find-suggestion.js';
import { type LeadReply, loadLeadReply } from './load-lead-reply.js';

/**
 * The lead unit's reply of the current round, for someone who drafts for the unit, while it can
 * be (re)submitted: the suggestion is in hand (accepted, or reopened by a 不满意) and the reply is
 * not drafted yet or was sent back.
 */
export async function loadDraftableReply(db: Database, ctx: ServiceContext, ref: SuggestionRef): Promise<LeadReply> {
  const found = await loadLeadReply(db, ctx, ref);
  const permission = canDraftForUnit(await loadActorRoles(db, ctx), ctx.actor, found.lead);
  if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
  requireStep('suggestion', found.suggestion.status, 'send_reply');
  requireStep('reply', found.reply?.status ?? 'draft', 'submit');
  return found;
}
