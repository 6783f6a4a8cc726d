import { and, eq, isNull } from 'drizzle-orm';
import { milestones } from '../../db/schema.js';
import { type CalendarDate, dateInZone } from '../../domain/calendar-date.js';
import { chainKinds, type MilestoneKind } from '../../domain/vocabulary.js';
import { recordAudit } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { loadWorkableNode } from './load-workable-node.js';

export interface CompletedNode {
  code: string;
  kind: MilestoneKind;
  plannedOn: CalendarDate;
  onTime: boolean;
}

/** A time node marked done, from the button on a reminder or a detail. 签收 and the reply's steps have their own verbs. */
export async function completeNode(ctx: ServiceContext, input: { milestoneId: number }): Promise<CompletedNode> {
  return ctx.db.transaction(async (tx) => {
    const row = await loadWorkableNode(tx, ctx, input.milestoneId);
    if (row.milestone.kind === 'accept') refuse({ code: 'node_is_accept' });
    if (chainKinds.has(row.milestone.kind)) refuse({ code: 'node_done_by_chain', kind: row.milestone.kind });

    // The guard makes a double click mark it once.
    const updated = await tx
      .update(milestones)
      .set({ doneAt: ctx.now, doneBy: ctx.actor })
      .where(and(eq(milestones.id, row.milestone.id), isNull(milestones.doneAt)))
      .returning({ id: milestones.id });
    if (updated.length === 0) refuse({ code: 'already_done', kind: row.milestone.kind });
    await recordAudit(tx, ctx, [
      {
        action: 'milestone.complete',
        entity: 'milestone',
        entityId: row.milestone.id,
        before: { doneAt: null },
        after: { doneAt: ctx.now.toISOString(), doneBy: ctx.actor },
      },
    ]);
    const today = dateInZone(ctx.now, ctx.timezone);
    return { code: row.code, kind: row.milestone.kind, plannedOn: row.milestone.plannedOn, onTime: today <= row.milestone.plannedOn };
  });
}
