import { canRecordForDeputy } from '../../domain/permissions.js';
import { loadLeadReply } from '../replies/load-lead-reply.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { decideVerdict, readRecordedVerdicts } from './record-verdict.js';

export interface VerdictForm {
  suggestionId: number;
  round: number;
  code: string;
  title: string;
  unitName: string;
}

/**
 * What the 不满意 form needs (the deputy's reasons are asked for there), refused before it opens
 * to anyone who could not record the verdict, and for a round whose verdict is in or whose reply
 * is not the sent one: by the same rules as recording it.
 */
export async function prepareVerdictForm(ctx: ServiceContext, asked: { suggestionId: number; round: number }): Promise<VerdictForm> {
  const { suggestion, lead, unitName } = await loadLeadReply(ctx.db, ctx, { suggestionId: asked.suggestionId }, { throughMain: true });
  const permission = canRecordForDeputy(await loadActorRoles(ctx.db, ctx), lead.unitId);
  if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
  // 不满意 reopens the suggestion whatever it promised: the promises open do not change the event.
  decideVerdict(suggestion, await readRecordedVerdicts(ctx.db, suggestion.id), { verdict: 'dissatisfied', round: asked.round }, 0);
  return { ...asked, code: suggestion.code, title: suggestion.title, unitName };
}
