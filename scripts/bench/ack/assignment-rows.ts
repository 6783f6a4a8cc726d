// The rows assignSuggestion writes for one suggestion, computed the way it computes them (same
// deadline and schedule functions), so bulk-seeded data is indistinguishable from assigned data.

import type { suggestions } from '../../../src/db/schema.js';
import type { WorkingCalendar } from '../../../src/domain/calendar.js';
import { type CalendarDate, dateInZone } from '../../../src/domain/calendar-date.js';
import { planDeadlines } from '../../../src/domain/deadlines.js';
import { type PlannedMilestone, planMilestones } from '../../../src/domain/schedule.js';
import type { SessionSettings } from '../../../src/domain/settings.js';
import type { AssignmentRole } from '../../../src/domain/vocabulary.js';
import type { SuggestionPlan } from './seed-plan.js';

export interface AssignmentWrite {
  at: Date;
  suggestion: typeof suggestions.$inferInsert & { code: string };
  /** Lead first, then co units, as assignSuggestion inserts them. */
  units: Array<{ unitId: number; role: AssignmentRole; handlerUserId: string | null; milestones: PlannedMilestone[] }>;
}

export interface AssignContext {
  sessionId: number;
  settings: SessionSettings;
  calendar: WorkingCalendar;
  timezone: string;
  actor: string;
  /** Database id of each planned unit. */
  unitIds: readonly number[];
}

type Schedule = (role: AssignmentRole, assignedOn: CalendarDate, internalDueOn: CalendarDate) => PlannedMilestone[];

/** planMilestones walks the calendar day by day; 10,000 suggestions share a few hundred inputs. */
function memoizedSchedule(settings: SessionSettings, calendar: WorkingCalendar): Schedule {
  const known = new Map<string, PlannedMilestone[]>();
  return (role, assignedOn, internalDueOn) => {
    const key = `${role}:${assignedOn}:${internalDueOn}`;
    let nodes = known.get(key);
    if (!nodes) {
      nodes = planMilestones({ role, startedOn: assignedOn, internalDueOn }, settings, calendar);
      known.set(key, nodes);
    }
    return nodes;
  };
}

export function assignmentWriter(ctx: AssignContext): (plan: SuggestionPlan, code?: string) => AssignmentWrite {
  const schedule = memoizedSchedule(ctx.settings, ctx.calendar);
  const unitId = (unit: number) => {
    const id = ctx.unitIds[unit];
    if (id === undefined) throw new Error(`unit ${unit} was not registered`);
    return id;
  };
  return (plan, code = plan.code) => {
    const assignedOn = dateInZone(plan.at, ctx.timezone);
    const deadlines = planDeadlines(assignedOn, ctx.settings, ctx.calendar);
    if ('problem' in deadlines) throw new Error(`${code}: ${deadlines.problem}`);
    const unit = (index: number, role: AssignmentRole) => ({
      unitId: unitId(index),
      role,
      handlerUserId: role === 'lead' ? (plan.handlerUserId ?? null) : null,
      milestones: schedule(role, assignedOn, deadlines.internalDueOn),
    });
    return {
      at: plan.at,
      suggestion: {
        sessionId: ctx.sessionId,
        code,
        title: plan.title,
        leadDeputy: plan.leadDeputy,
        assignedOn,
        ...deadlines,
        createdBy: ctx.actor,
        createdAt: plan.at,
      },
      units: [unit(plan.lead, 'lead'), ...plan.co.map((co) => unit(co, 'co'))],
    };
  };
}
