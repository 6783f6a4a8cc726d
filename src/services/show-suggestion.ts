import { asc, desc, eq, inArray } from 'drizzle-orm';
import { assignments, milestones, units } from '../db/schema.js';
import { canSeeSuggestion } from '../domain/permissions.js';
import type { MilestoneKind } from '../domain/vocabulary.js';
import type { ServiceContext } from './context.js';
import { currentSession } from './current-session.js';
import { findSuggestion, type SuggestionRow } from './find-suggestion.js';
import { loadActorRoles } from './load-actor-roles.js';
import { refuse } from './service-error.js';

export interface SuggestionDetail {
  suggestion: SuggestionRow;
  assignments: Array<{
    id: number;
    unitName: string;
    role: 'lead' | 'co';
    status: string;
    handlerUserId: string | null;
    acceptedAt: Date | null;
    milestones: Array<{ kind: MilestoneKind; plannedOn: string; doneAt: Date | null }>;
  }>;
}

export async function showSuggestion(ctx: ServiceContext, code: string): Promise<SuggestionDetail> {
  const { db } = ctx;
  const session = await currentSession(db, ctx.now, ctx.timezone);
  const [roles, suggestion] = await Promise.all([loadActorRoles(db, ctx.actor), findSuggestion(db, session.id, code)]);
  const rows = await db
    .select({ assignment: assignments, unitName: units.name })
    .from(assignments)
    .innerJoin(units, eq(units.id, assignments.unitId))
    .where(eq(assignments.suggestionId, suggestion.id))
    .orderBy(desc(assignments.role), asc(assignments.id)); // lead before co
  const handled = rows.some(({ assignment }) => assignment.handlerUserId === ctx.actor);
  const permission = canSeeSuggestion(roles, rows.map(({ assignment }) => assignment.unitId));
  if (!permission.allowed && !handled && suggestion.createdBy !== ctx.actor) refuse({ code: 'forbidden', needs: permission.needs });

  const nodes = rows.length
    ? await db
        .select()
        .from(milestones)
        .where(inArray(milestones.assignmentId, rows.map(({ assignment }) => assignment.id)))
        .orderBy(asc(milestones.plannedOn), asc(milestones.id))
    : [];
  return {
    suggestion,
    assignments: rows.map(({ assignment, unitName }) => ({
      id: assignment.id,
      unitName,
      role: assignment.role,
      status: assignment.status,
      handlerUserId: assignment.handlerUserId,
      acceptedAt: assignment.acceptedAt,
      milestones: nodes
        .filter((node) => node.assignmentId === assignment.id)
        .map((node) => ({ kind: node.kind, plannedOn: node.plannedOn, doneAt: node.doneAt })),
    })),
  };
}
