import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { suggestions } from '../../db/schema.js';
import { canRecordForDeputy } from '../../domain/permissions.js';
import { type LeadReply, loadLeadReply } from '../replies/load-lead-reply.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import type { SuggestionRef } from './find-suggestion.js';

/**
 * A suggestion on which what comes from the deputy is recorded (the verdict, a promise written
 * off), by the supervision office or the lead unit's liaison; its row locked, so that two such
 * records take turns, each reading the suggestion and its promises after the other committed (a
 * verdict and the last write-off at once must not leave a suggestion that never closes).
 */
export async function loadDeputyRecord(tx: Database, ctx: ServiceContext, ref: SuggestionRef): Promise<LeadReply> {
  // A merged suggestion's deputy gives their own verdict on the reply that answered them with the main one.
  const found = await loadLeadReply(tx, ctx, ref, { throughMain: true });
  const permission = canRecordForDeputy(await loadActorRoles(tx, ctx), found.lead.unitId);
  if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
  const [locked] = await tx.select().from(suggestions).where(eq(suggestions.id, found.suggestion.id)).for('update');
  return { ...found, suggestion: locked ?? found.suggestion };
}
