// Who may do what (DESIGN §3). Pure: the caller loads the person's roles, this decides.
import { type UnitRole, unitWideRoles } from './vocabulary.js';

export type RoleName = 'supervisor' | UnitRole;

export interface ActorRoles {
  isSupervisor: boolean;
  /** unit id → the roles the person holds there, or holds through someone they stand in for */
  units: ReadonlyMap<number, ReadonlySet<UnitRole>>;
  /** The people the person stands in for today (代理): their roles and assignments count as the person's. */
  actsFor: readonly string[];
}

export type Permission = { allowed: true } | { allowed: false; needs: RoleName[] };

const allowed: Permission = { allowed: true };
const refuse = (...needs: RoleName[]): Permission => ({ allowed: false, needs });

/** What only the supervision office does (units, assignment, the calendar, settings, requests, its own people). */
const onlySupervisors = (roles: ActorRoles): Permission => (roles.isSupervisor ? allowed : refuse('supervisor'));

const holds = (roles: ActorRoles, unitId: number, ...wanted: UnitRole[]): boolean =>
  wanted.some((role) => roles.units.get(unitId)?.has(role) ?? false);

/** The units the person answers for as a whole (liaison, division head, leaders), theirs or through whom they stand in for. */
export const unitsAnsweredFor = (roles: ActorRoles): number[] =>
  [...roles.units].flatMap(([unitId, held]) => ([...held].some((role) => unitWideRoles.includes(role)) ? [unitId] : []));

/** Whether the person is `userId`, or stands in for them today. */
export const actsAs = (roles: ActorRoles, actorUserId: string, userId: string): boolean =>
  userId === actorUserId || roles.actsFor.includes(userId);

/** Whether the person is the assignment's handler, or stands in for its handler. */
export const handles = (roles: ActorRoles, actorUserId: string, assignment: { handlerUserId: string | null }): boolean =>
  assignment.handlerUserId !== null && actsAs(roles, actorUserId, assignment.handlerUserId);

export const canManageUnits = onlySupervisors;

/** The roles a liaison gives and takes inside their own unit; every other role is the office's. */
export const rolesLiaisonManages: ReadonlySet<UnitRole> = new Set(['handler', 'member']);

/** Giving or taking roles in a unit: the office; the unit's liaison for its handlers and members. */
export function canManageMembers(roles: ActorRoles, unitId: number, changed: readonly UnitRole[]): Permission {
  if (roles.isSupervisor) return allowed;
  const liaisonMay = changed.every((role) => rolesLiaisonManages.has(role));
  if (liaisonMay && holds(roles, unitId, 'liaison')) return allowed;
  return liaisonMay ? refuse('supervisor', 'liaison') : refuse('supervisor');
}

/** 分办, naming an assignment's handler, division and responsible leader: the unit's liaison, or the office. */
export const canRoute = (roles: ActorRoles, unitId: number): Permission =>
  roles.isSupervisor || holds(roles, unitId, 'liaison') ? allowed : refuse('supervisor', 'liaison');

export const canAssign = onlySupervisors;

/** 签收: the unit's liaison or the assignment's handler (and the supervision office). */
export function canAccept(
  roles: ActorRoles,
  actorUserId: string,
  assignment: { unitId: number; handlerUserId: string | null },
): Permission {
  if (roles.isSupervisor || holds(roles, assignment.unitId, 'liaison')) return allowed;
  if (handles(roles, actorUserId, assignment)) return allowed;
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
  if (handles(roles, actorUserId, assignment)) return allowed;
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
  if (handles(roles, actorUserId, assignment)) return allowed;
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

/** What the bot could not deliver, and sending it again, are the office's to see to. */
export const canOverseeDeliveries = onlySupervisors;

/** The office's figures of the whole session (统计, 报告) are the office's to publish. */
export const canReadStatistics = onlySupervisors;

/** 公开目录: the replies to publish, and marking each published, are the office's. */
export const canKeepPublicationCatalogue = onlySupervisors;

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
  if (handles(roles, actorUserId, assignment)) return allowed;
  return refuse('handler', 'liaison', 'division');
}

/**
 * Recording the deputy's verdict and writing off a promise (deputies are not in Slack): the
 * supervision office, or the lead unit's liaison, who hears from the deputy.
 */
export const canRecordForDeputy = (roles: ActorRoles, leadUnitId: number): Permission =>
  roles.isSupervisor || holds(roles, leadUnitId, 'liaison') ? allowed : refuse('supervisor', 'liaison');
