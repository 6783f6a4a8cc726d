import { coOpinions } from '../../db/schema.js';
import { dateInZone } from '../../domain/calendar-date.js';
import { completeOpenStep } from '../assignments/complete-open-step.js';
import { readPeopleOf } from '../reports/read-open-nodes.js';
import { enqueueNotices } from '../shared/enqueue-notices.js';
import { isUniqueViolation } from '../shared/is-unique-violation.js';
import { type AuditEntry, recordAudit } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { loadDraftingCoUnit } from './load-drafting-co-unit.js';

export interface SubmittedOpinion {
  code: string;
  unitName: string;
  leadUnitName: string;
  /** Who at the lead unit was told. */
  told: string[];
}

/**
 * 会办意见: a co-handling unit's opinion to the lead unit, once a round. It completes the unit's
 * 会办意见 node, and the lead unit's handler (its liaisons while it has none) is told.
 */
export async function submitOpinion(ctx: ServiceContext, input: { suggestionId: number; body: string }): Promise<SubmittedOpinion> {
  try {
    return await ctx.db.transaction(async (tx) => {
      const { suggestion, co, unitName, lead, leadUnitName } = await loadDraftingCoUnit(tx, ctx, { suggestionId: input.suggestionId });
      const [opinion] = await tx
        .insert(coOpinions)
        .values({ assignmentId: co.id, round: suggestion.round, body: input.body, submittedBy: ctx.actor, createdAt: ctx.now })
        .returning();
      const audit: AuditEntry[] = [{ action: 'opinion.submit', entity: 'co_opinion', entityId: opinion!.id, after: opinion }];
      await completeOpenStep(tx, ctx, { assignmentId: co.id, kind: 'co_opinion', round: suggestion.round }, audit);

      const told = !lead ? [] : lead.handlerUserId ? [lead.handlerUserId] : [...(await readPeopleOf(tx, lead.unitId)).liaisons];
      await enqueueNotices(
        tx,
        ctx.now,
        told.map((to) => ({
          key: `opinion:${opinion!.id}:${to}`,
          channel: to,
          notice: {
            type: 'opinion_received',
            suggestionId: suggestion.id,
            code: suggestion.code,
            title: suggestion.title,
            unitName,
            body: input.body,
            submittedBy: ctx.actor,
          },
        })),
      );
      await recordAudit(tx, ctx, audit);
      return { code: suggestion.code, unitName, leadUnitName, told };
    });
  } catch (error) {
    // Two submissions at once (a double click): the first one stands.
    if (isUniqueViolation(error, 'co_opinions_assignment_round_unique')) {
      const { unitName } = await loadDraftingCoUnit(ctx.db, ctx, { suggestionId: input.suggestionId });
      refuse({ code: 'opinion_already_sent', unitName, sentOn: dateInZone(ctx.now, ctx.timezone) });
    }
    throw error;
  }
}
