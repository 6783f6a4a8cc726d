import type { AssignmentRole } from '../../domain/vocabulary.js';
import type { ServiceContext } from '../shared/service-context.js';
import { loadRoutableAssignment, type RouteRef } from './load-routable-assignment.js';

/** What the 分办 form shows: the assignment, and its 四个一 as they stand. */
export interface RouteForm {
  assignmentId: number;
  code: string;
  title: string;
  unitName: string;
  role: AssignmentRole;
  handlerUserId: string | null;
  division: string | null;
  leaderUserId: string | null;
}

/** The 分办 form, for the unit's liaison or the office only. */
export async function prepareRouteForm(ctx: ServiceContext, ref: RouteRef): Promise<RouteForm> {
  const { assignment, suggestion, unitName } = await loadRoutableAssignment(ctx.db, ctx, ref);
  return {
    assignmentId: assignment.id,
    code: suggestion.code,
    title: suggestion.title,
    unitName,
    role: assignment.role,
    handlerUserId: assignment.handlerUserId,
    division: assignment.division,
    leaderUserId: assignment.responsibleLeaderUserId,
  };
}
