import type { Database } from '../../db/client.js';
import { type assignments, milestones, type suggestions } from '../../db/schema.js';
import type { WorkingCalendar } from '../../domain/calendar.js';
import { type PlannedMilestone, planMilestones } from '../../domain/schedule.js';
import type { SessionSettings } from '../../domain/settings.js';

/**
 * The steps of an assignment a unit is given after the suggestion was assigned (a transfer's new
 * unit, a merge undone): planned from the assignment's start against the suggestion's internal
 * deadline, for its current round, and stored; inside the caller's transaction.
 */
export async function planGivenSteps(
  tx: Database,
  at: Date,
  suggestion: Pick<typeof suggestions.$inferSelect, 'internalDueOn' | 'round'>,
  assignment: Pick<typeof assignments.$inferSelect, 'id' | 'role' | 'startedOn'>,
  settings: SessionSettings,
  calendar: WorkingCalendar,
): Promise<PlannedMilestone[]> {
  const nodes = planMilestones(
    { role: assignment.role, startedOn: assignment.startedOn, internalDueOn: suggestion.internalDueOn },
    settings,
    calendar,
  );
  await tx.insert(milestones).values(
    nodes.map((node) => ({
      assignmentId: assignment.id,
      kind: node.kind,
      round: suggestion.round,
      plannedOn: node.plannedOn,
      createdAt: at,
    })),
  );
  return nodes;
}
