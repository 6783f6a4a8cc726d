import { and, eq } from 'drizzle-orm';
import { assignments, milestones, suggestions, units } from '../db/schema.js';
import type { Database } from '../db/client.js';
import { dateInZone, type CalendarDate } from '../domain/calendar-date.js';
import { canRequestChange } from '../domain/permissions.js';
import { isLiveAssignment } from '../domain/vocabulary.js';
import type { SessionSettings } from '../domain/settings.js';
import type { ServiceContext } from './context.js';
import { currentSession } from './current-session.js';
import { findOwnAssignment } from './find-own-assignment.js';
import { findSuggestion } from './find-suggestion.js';
import { loadActorRoles } from './load-actor-roles.js';
import { refuse } from './service-error.js';

export interface TransferableAssignment {
  assignment: typeof assignments.$inferSelect;
  suggestion: typeof suggestions.$inferSelect;
  unitName: string;
  /** The last day the unit may hand the suggestion back (申请调整 window). */
  windowClosesOn: CalendarDate;
  settings: SessionSettings;
}

/** By the suggestion's code (the person's own assignment on it), or by the assignment a button names. */
export type TransferRef = { code: string } | { assignmentId: number };

/**
 * An assignment its unit may still ask to hand back: the person answers for it (liaison, the unit's
 * leaders, or its handler), it is still the unit's, and its 申请调整 window has not closed. After
 * the window only the supervision office can reassign (DESIGN §2).
 */
export async function loadTransferableAssignment(db: Database, ctx: ServiceContext, ref: TransferRef): Promise<TransferableAssignment> {
  const roles = await loadActorRoles(db, ctx.actor);
  const session = await currentSession(db, ctx.now, ctx.timezone);
  let found: Omit<TransferableAssignment, 'windowClosesOn' | 'settings'>;
  if ('code' in ref) {
    const suggestion = await findSuggestion(db, session.id, ref.code, ctx.actor);
    const own = await findOwnAssignment(db, suggestion.id, ctx.actor, roles);
    if (!own) refuse({ code: 'forbidden', needs: ['liaison', 'handler'] });
    found = { ...own, suggestion };
  } else {
    const [row] = await db
      .select({ assignment: assignments, suggestion: suggestions, unitName: units.name })
      .from(assignments)
      .innerJoin(suggestions, eq(suggestions.id, assignments.suggestionId))
      .innerJoin(units, eq(units.id, assignments.unitId))
      .where(eq(assignments.id, ref.assignmentId));
    if (!row) refuse({ code: 'unknown_assignment' });
    found = row;
  }
  const permission = canRequestChange(roles, ctx.actor, found.assignment);
  if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
  if (!isLiveAssignment(found.assignment.status)) refuse({ code: 'no_longer_assigned', unitName: found.unitName });

  const [window] = await db
    .select({ plannedOn: milestones.plannedOn })
    .from(milestones)
    .where(
      and(eq(milestones.assignmentId, found.assignment.id), eq(milestones.kind, 'transfer_window'), eq(milestones.round, found.suggestion.round)),
    );
  // A later round has no window: the suggestion was the unit's long enough to answer it once.
  const windowClosesOn = window?.plannedOn ?? found.assignment.startedOn;
  if (!window || dateInZone(ctx.now, ctx.timezone) > windowClosesOn) refuse({ code: 'transfer_window_closed', closedOn: windowClosesOn });
  return { ...found, windowClosesOn, settings: session.settings };
}
