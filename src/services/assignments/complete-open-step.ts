import { and, eq, isNull } from 'drizzle-orm';
import { milestones } from '../../db/schema.js';
import type { MilestoneKind } from '../../domain/vocabulary.js';
import type { AuditEntry } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';

/**
 * Marks an assignment's open step of a kind done by the person acting (in the round given, or in
 * any), as a change that does the step's work completes it: a contact, an opinion, a review.
 * Adds the audit entries; resolves to whether a step was open.
 */
export async function completeOpenStep(
  tx: ServiceContext['db'],
  ctx: Pick<ServiceContext, 'actor' | 'now'>,
  step: { assignmentId: number; kind: MilestoneKind; round?: number },
  audit: AuditEntry[],
): Promise<boolean> {
  const done = await tx
    .update(milestones)
    .set({ doneAt: ctx.now, doneBy: ctx.actor })
    .where(
      and(
        eq(milestones.assignmentId, step.assignmentId),
        eq(milestones.kind, step.kind),
        step.round === undefined ? undefined : eq(milestones.round, step.round),
        isNull(milestones.doneAt),
      ),
    )
    .returning({ id: milestones.id });
  for (const node of done) {
    audit.push({
      action: 'milestone.complete',
      entity: 'milestone',
      entityId: node.id,
      before: { doneAt: null },
      after: { doneAt: ctx.now.toISOString(), doneBy: ctx.actor },
    });
  }
  return done.length > 0;
}
