import { and, eq, inArray } from 'drizzle-orm';
import { assignments, extensionRequests, units } from '../db/schema.js';
import type { CalendarDate } from '../domain/calendar-date.js';
import { addMonths } from '../domain/calendar-date.js';
import { planDeadlines } from '../domain/deadlines.js';
import { canRequestChange } from '../domain/permissions.js';
import { liveAssignmentStatuses } from '../domain/vocabulary.js';
import type { ServiceContext } from './context.js';
import { currentSession } from './current-session.js';
import { enqueueNotices } from './enqueue-notices.js';
import { findSuggestion } from './find-suggestion.js';
import { loadActorRoles } from './load-actor-roles.js';
import { recordAudit } from './record-audit.js';
import { refuse } from './service-error.js';
import { supervisionAudience } from './supervision-audience.js';
import { isUniqueViolation } from './unique-violation.js';

export interface ExtensionRequested {
  requestId: number;
  code: string;
  currentDueOn: CalendarDate;
  requestedDueOn: CalendarDate;
  notified: number;
}

/** 申请延期: the lead unit asks for a later statutory deadline; the supervision office decides. */
export async function requestExtension(ctx: ServiceContext, input: { code: string; dueOn: CalendarDate; reason: string }): Promise<ExtensionRequested> {
  try {
    return await ctx.db.transaction(async (tx) => {
      const session = await currentSession(tx, ctx.now, ctx.timezone);
      const suggestion = await findSuggestion(tx, session.id, input.code, ctx.actor);
      const [lead] = await tx
        .select({ assignment: assignments, unitName: units.name })
        .from(assignments)
        .innerJoin(units, eq(units.id, assignments.unitId))
        .where(and(eq(assignments.suggestionId, suggestion.id), eq(assignments.role, 'lead'), inArray(assignments.status, [...liveAssignmentStatuses])));
      if (!lead) refuse({ code: 'unknown_assignment' });
      const permission = canRequestChange(await loadActorRoles(tx, ctx.actor), ctx.actor, lead.assignment);
      if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
      if (input.dueOn <= suggestion.statutoryDueOn) refuse({ code: 'extension_not_later', currentDueOn: suggestion.statutoryDueOn });
      const deadlines = planDeadlines(suggestion.assignedOn, session.settings, input.dueOn);
      if ('problem' in deadlines) refuse(beyondLimit(suggestion.assignedOn, session.settings.maxExtensionMonths));

      const [request] = await tx
        .insert(extensionRequests)
        .values({ assignmentId: lead.assignment.id, reason: input.reason, requestedBy: ctx.actor, requestedDueOn: input.dueOn, createdAt: ctx.now })
        .returning();
      if (!request) throw new Error('the extension request was not stored');
      const audience = await supervisionAudience(tx, session.settings);
      await enqueueNotices(
        tx,
        ctx.now,
        audience.map((to) => ({
          key: `extension-requested:${request.id}:${to}`,
          channel: to,
          notice: {
            type: 'extension_requested',
            requestId: request.id,
            suggestionId: suggestion.id,
            code: suggestion.code,
            title: suggestion.title,
            unitName: lead.unitName,
            requestedBy: ctx.actor,
            currentDueOn: suggestion.statutoryDueOn,
            requestedDueOn: input.dueOn,
            reason: input.reason,
          },
        })),
      );
      await recordAudit(tx, ctx, [{ action: 'extension.request', entity: 'extension_request', entityId: request.id, after: request }]);
      return { requestId: request.id, code: suggestion.code, currentDueOn: suggestion.statutoryDueOn, requestedDueOn: input.dueOn, notified: audience.length };
    });
  } catch (error) {
    // Two requests at once: the one-pending-per-assignment index lets one through.
    if (isUniqueViolation(error, 'extension_requests_one_pending')) refuse({ code: 'request_pending' });
    throw error;
  }
}

/** The latest statutory deadline the session allows for a suggestion assigned on that day. */
export const beyondLimit = (assignedOn: CalendarDate, months: number) =>
  ({ code: 'extension_beyond_limit', latest: addMonths(assignedOn, months), months }) as const;
