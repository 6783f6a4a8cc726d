// Who may do what (DESIGN §3). Pure: the caller loads the person's roles, this decides.
import type { UnitRole } from './vocabulary.js';

export type RoleName = 'supervisor' | UnitRole;

export interface ActorRoles {
  isSupervisor: boolean;
  /** unit id → the roles the person holds there */
  units: ReadonlyMap<number, ReadonlySet<UnitRole>>;
}

export type Permission = { allowed: true } | { allowed: false; needs: RoleName[] };

const allowed: Permission = { allowed: true };
const refuse = (...needs: RoleName[]): Permission => ({ allowed: false, needs });

/** What only the supervision office does (units, assignment, the calendar, settings, requests, its own people). */
const onlySupervisors = (roles: ActorRoles): Permission => (roles.isSupervisor ? allowed : refuse('supervisor'));

const holds = (roles: ActorRoles, unitId: number, ...wanted: UnitRole[]): boolean =>
  wanted.some((role) => roles.units.get(unitId)?.has(role) ?? false);

export const canManageUnits = onlySupervisors;

export const canAssign = onlySupervisors;

/** 签收: the unit's liaison or the assignment's handler (and the supervision office). */
export function canAccept(
  roles: ActorRoles,
  actorUserId: string,
  assignment: { unitId: number; handlerUserId: string | null },
): Permission {
  if (roles.isSupervisor || holds(roles, assignment.unitId, 'liaison')) return allowed;
  if (assignment.handlerUserId === actorUserId) return allowed;
  return refuse('liaison', 'handler');
}

/** A suggestion is visible to the supervision office and to anyone with a role in one of its units. */
export function canSeeSuggestion(roles: ActorRoles, unitIds: readonly number[]): Permission {
  if (roles.isSupervisor || unitIds.some((unitId) => (roles.units.get(unitId)?.size ?? 0) > 0)) return allowed;
  return refuse('supervisor', 'member');
}

/**
 * Marking a node done: the assignment's handler, anyone who answers for the whole unit (liaison,
 * division head, leaders), and the supervision office.
 */
export function canCompleteNode(
  roles: ActorRoles,
  actorUserId: string,
  assignment: { unitId: number; handlerUserId: string | null },
): Permission {
  if (roles.isSupervisor || holds(roles, assignment.unitId, 'liaison', 'division', 'leader', 'head')) return allowed;
  if (assignment.handlerUserId === actorUserId) return allowed;
  return refuse('handler', 'liaison');
}

export const canManageCalendar = onlySupervisors;

export const canChangeSettings = onlySupervisors;

/** Asking for an extension or a transfer: the unit's liaison or leaders, or the assignment's handler. */
export function canRequestChange(
  roles: ActorRoles,
  actorUserId: string,
  assignment: { unitId: number; handlerUserId: string | null },
): Permission {
  if (holds(roles, assignment.unitId, 'liaison', 'division', 'leader', 'head')) return allowed;
  if (assignment.handlerUserId === actorUserId) return allowed;
  return refuse('liaison', 'handler');
}

/** Handing an assignment on: its unit asks, as for an extension; the supervision office may at any time (DESIGN §2). */
export const canRequestTransfer = (
  roles: ActorRoles,
  actorUserId: string,
  assignment: { unitId: number; handlerUserId: string | null },
): Permission => (roles.isSupervisor ? allowed : canRequestChange(roles, actorUserId, assignment));

export const canDecideRequests = onlySupervisors;

export const canManageSupervisors = onlySupervisors;

/**
 * Drafting what a unit sends (its reply, a co-handling unit's opinion): the assignment's handler,
 * or the unit's handlers, liaison or division head (the seed's units draft in the division).
 */
export function canDraftForUnit(
  roles: ActorRoles,
  actorUserId: string,
  assignment: { unitId: number; handlerUserId: string | null },
): Permission {
  if (holds(roles, assignment.unitId, 'handler', 'liaison', 'division')) return allowed;
  if (assignment.handlerUserId === actorUserId) return allowed;
  return refuse('handler', 'liaison', 'division');
}

/**
 * Recording the deputy's verdict and writing off a promise (deputies are not in Slack): the
 * supervision office, or the lead unit's liaison, who hears from the deputy.
 */
export const canRecordForDeputy = (roles: ActorRoles, leadUnitId: number): Permission =>
  roles.isSupervisor || holds(roles, leadUnitId, 'liaison') ? allowed : refuse('supervisor', 'liaison');
