import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { type assignments, milestones, type suggestions } from '../../db/schema.js';
import { type CalendarDate, dateInZone } from '../../domain/calendar-date.js';
import { canRequestTransfer } from '../../domain/permissions.js';
import type { SessionSettings } from '../../domain/settings.js';
import type { UnitRef } from '../../domain/unit-ref.js';
import { isLiveAssignment } from '../../domain/vocabulary.js';
import { findAssignment, type OwnAssignment, ownAssignmentAmong, readLiveAssignments } from '../assignments/find-own-assignment.js';
import { currentSession } from '../sessions/current-session.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { findSuggestion } from '../suggestions/find-suggestion.js';
import { loadUnits, matchUnit, type UnitRow } from '../units/match-unit.js';

export interface TransferableAssignment {
  assignment: typeof assignments.$inferSelect;
  suggestion: typeof suggestions.$inferSelect;
  unitName: string;
  /** The last day the unit may hand the suggestion back (申请调整 window). */
  windowClosesOn: CalendarDate;
  settings: SessionSettings;
}

/**
 * By the suggestion's code: the person's own assignment on it, or the named unit's (the supervision
 * office, or a person of several units on it), or for the office the lead unit's. Or by the
 * assignment a button names.
 */
export type TransferRef = { code: string; unit?: UnitRef } | { assignmentId: number };

/**
 * An assignment that may be handed on: its unit asks (the person answers for it: liaison, the
 * unit's leaders, or its handler) while its 申请调整 window is open; the supervision office may at
 * any time, as after the window only it can reassign (DESIGN §2).
 */
export async function loadTransferableAssignment(db: Database, ctx: ServiceContext, ref: TransferRef): Promise<TransferableAssignment> {
  const roles = await loadActorRoles(db, ctx);
  const session = await currentSession(db, ctx.now, ctx.timezone);
  let found: Omit<TransferableAssignment, 'windowClosesOn' | 'settings'>;
  if ('code' in ref) {
    const suggestion = await findSuggestion(db, ref.code, ctx.actor);
    const live = await readLiveAssignments(db, suggestion.id);
    const unit = ref.unit && matchUnit(await loadUnits(db), ref.unit);
    const chosen = unit
      ? unitAssignmentAmong(live, suggestion, unit)
      : (ownAssignmentAmong(live, ctx.actor, roles) ?? (roles.isSupervisor ? unitAssignmentAmong(live, suggestion) : undefined));
    if (!chosen) refuse({ code: 'forbidden', needs: ['liaison', 'handler'] });
    found = { ...chosen, suggestion };
  } else found = await findAssignment(db, ref.assignmentId);
  const permission = canRequestTransfer(roles, ctx.actor, found.assignment);
  if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
  if (!isLiveAssignment(found.assignment.status)) refuse({ code: 'no_longer_assigned', unitName: found.unitName });

  const [window] = await db
    .select({ plannedOn: milestones.plannedOn })
    .from(milestones)
    .where(
      and(
        eq(milestones.assignmentId, found.assignment.id),
        eq(milestones.kind, 'transfer_window'),
        eq(milestones.round, found.suggestion.round),
      ),
    );
  // A later round has no window: the suggestion was the unit's long enough to answer it once.
  const windowClosesOn = window?.plannedOn ?? found.assignment.startedOn;
  const windowOpen = window !== undefined && dateInZone(ctx.now, ctx.timezone) <= windowClosesOn;
  if (!windowOpen && !roles.isSupervisor) refuse({ code: 'transfer_window_closed', closedOn: windowClosesOn });
  return { ...found, windowClosesOn, settings: session.settings };
}

/** Of a suggestion's live assignments, the unit's (by default the lead unit's), or a refusal that names it. */
function unitAssignmentAmong(live: readonly OwnAssignment[], suggestion: typeof suggestions.$inferSelect, unit?: UnitRow): OwnAssignment {
  const row = live.find((a) => (unit ? a.assignment.unitId === unit.id : a.assignment.role === 'lead'));
  if (!row) refuse({ code: 'unit_not_on_suggestion', unitName: unit?.name ?? '', suggestionCode: suggestion.code });
  return row;
}
