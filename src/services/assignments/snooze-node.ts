import { and, eq, isNull } from 'drizzle-orm';
import { milestones } from '../../db/schema.js';
import { addWorkingDays } from '../../domain/calendar.js';
import { type CalendarDate, dateInZone } from '../../domain/calendar-date.js';
import type { MilestoneKind } from '../../domain/vocabulary.js';
import { loadWorkingCalendar } from '../sessions/load-working-calendar.js';
import { recordAudit } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { loadWorkableNode } from './load-workable-node.js';

export interface SnoozedNode {
  code: string;
  kind: MilestoneKind;
  remindFrom: CalendarDate;
}

/**
 * 推迟提醒: no reminder of this node until the next working day. Never past the node's own date,
 * so a node due today or overdue cannot be pushed.
 */
export async function snoozeNode(ctx: ServiceContext, input: { milestoneId: number }): Promise<SnoozedNode> {
  return ctx.db.transaction(async (tx) => {
    const row = await loadWorkableNode(tx, ctx, input.milestoneId);
    if (row.milestone.doneAt) refuse({ code: 'already_done', kind: row.milestone.kind });

    const today = dateInZone(ctx.now, ctx.timezone);
    const remindFrom = addWorkingDays(await loadWorkingCalendar(tx), today, 1);
    if (remindFrom > row.milestone.plannedOn)
      refuse({ code: 'cannot_snooze', kind: row.milestone.kind, plannedOn: row.milestone.plannedOn });
    await tx
      .update(milestones)
      .set({ remindFrom })
      .where(and(eq(milestones.id, row.milestone.id), isNull(milestones.doneAt)));
    await recordAudit(tx, ctx, [
      {
        action: 'milestone.snooze',
        entity: 'milestone',
        entityId: row.milestone.id,
        before: { remindFrom: row.milestone.remindFrom },
        after: { remindFrom },
      },
    ]);
    return { code: row.code, kind: row.milestone.kind, remindFrom };
  });
}
