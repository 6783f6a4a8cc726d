// Re-planning an assignment's nodes after its deadline moved (an approved extension): each open
// node takes its date in the new plan, or keeps its own when that is later (an extension gives
// time, it takes none); a node already done keeps its history. Both plans are in order, on working
// days and within the new deadline, so the later of the two dates of each node is too.
import { type CalendarDate, maxDate } from './calendar-date.js';
import type { PlannedMilestone } from './schedule.js';
import type { MilestoneKind } from './vocabulary.js';

export interface ExistingNode {
  id: number;
  kind: MilestoneKind;
  plannedOn: CalendarDate;
  done: boolean;
  remindFrom: CalendarDate | null;
}

export interface NodeMove {
  id: number;
  kind: MilestoneKind;
  from: CalendarDate;
  to: CalendarDate;
  /** A reminder pushed past the new date is dropped (a reminder is never pushed past its node). */
  remindFrom: CalendarDate | null;
}

export function movesToPlan(existing: readonly ExistingNode[], plan: readonly PlannedMilestone[]): NodeMove[] {
  const planned = new Map(plan.map((node) => [node.kind, node.plannedOn]));
  return existing.flatMap((node) => {
    const next = planned.get(node.kind);
    if (node.done || next === undefined) return [];
    const to = maxDate(next, node.plannedOn);
    if (to === node.plannedOn) return [];
    const remindFrom = node.remindFrom && node.remindFrom <= to ? node.remindFrom : null;
    return [{ id: node.id, kind: node.kind, from: node.plannedOn, to, remindFrom }];
  });
}
