import { extensionRequests } from '../../db/schema.js';
import type { CalendarDate } from '../../domain/calendar-date.js';
import { latestDueOn, planDeadlines } from '../../domain/deadlines.js';
import type { SessionSettings } from '../../domain/settings.js';
import { loadWorkingCalendar } from '../sessions/load-working-calendar.js';
import { enqueueNotices } from '../shared/enqueue-notices.js';
import { isUniqueViolation } from '../shared/is-unique-violation.js';
import { recordAudit } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { supervisionAudience } from '../shared/supervision-audience.js';
import type { SuggestionRef } from '../suggestions/find-suggestion.js';
import { loadExtendableLead } from './load-extendable-lead.js';

export interface ExtensionRequested {
  requestId: number;
  code: string;
  currentDueOn: CalendarDate;
  requestedDueOn: CalendarDate;
  notified: number;
}

/** 申请延期: the lead unit asks for a later statutory deadline; the supervision office decides. */
export async function requestExtension(
  ctx: ServiceContext,
  input: SuggestionRef & { dueOn: CalendarDate; reason: string },
): Promise<ExtensionRequested> {
  try {
    return await ctx.db.transaction(async (tx) => {
      const { suggestion, lead, unitName, settings } = await loadExtendableLead(tx, ctx, input);
      if (input.dueOn <= suggestion.statutoryDueOn) refuse({ code: 'extension_not_later', currentDueOn: suggestion.statutoryDueOn });
      const deadlines = planDeadlines(suggestion.assignedOn, settings, await loadWorkingCalendar(tx), input.dueOn);
      if ('problem' in deadlines) refuse(beyondLimit(suggestion.assignedOn, settings));

      const [request] = await tx
        .insert(extensionRequests)
        .values({ assignmentId: lead.id, reason: input.reason, requestedBy: ctx.actor, requestedDueOn: input.dueOn, createdAt: ctx.now })
        .returning();
      if (!request) throw new Error('the extension request was not stored');
      const audience = await supervisionAudience(tx, settings);
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
            unitName,
            requestedBy: ctx.actor,
            currentDueOn: suggestion.statutoryDueOn,
            requestedDueOn: input.dueOn,
            reason: input.reason,
          },
        })),
      );
      await recordAudit(tx, ctx, [{ action: 'extension.request', entity: 'extension_request', entityId: request.id, after: request }]);
      return {
        requestId: request.id,
        code: suggestion.code,
        currentDueOn: suggestion.statutoryDueOn,
        requestedDueOn: input.dueOn,
        notified: audience.length,
      };
    });
  } catch (error) {
    // Two requests at once: the one-pending-per-assignment index lets one through.
    if (isUniqueViolation(error, 'extension_requests_one_pending')) refuse({ code: 'request_pending' });
    throw error;
  }
}

/** The latest statutory deadline the session allows for a suggestion assigned on that day. */
export const beyondLimit = (assignedOn: CalendarDate, settings: SessionSettings) =>
  ({ code: 'extension_beyond_limit', latest: latestDueOn(assignedOn, settings), months: settings.maxExtensionMonths }) as const;
