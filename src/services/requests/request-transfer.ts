import { transferRequests } from '../../db/schema.js';
import type { CalendarDate } from '../../domain/calendar-date.js';
import { enqueueNotices } from '../shared/enqueue-notices.js';
import { isUniqueViolation } from '../shared/is-unique-violation.js';
import { recordAudit } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { supervisionAudience } from '../shared/supervision-audience.js';
import { loadTransferableAssignment, type TransferRef } from './load-transferable-assignment.js';

export interface TransferRequested {
  requestId: number;
  code: string;
  unitName: string;
  windowClosesOn: CalendarDate;
  notified: number;
}

/** 申请调整: a unit asks to hand a wrongly assigned suggestion back; the supervision office decides. */
export async function requestTransfer(ctx: ServiceContext, input: TransferRef & { reason: string }): Promise<TransferRequested> {
  try {
    return await ctx.db.transaction(async (tx) => {
      const { assignment, suggestion, unitName, windowClosesOn, settings } = await loadTransferableAssignment(tx, ctx, input);
      const [request] = await tx
        .insert(transferRequests)
        .values({ assignmentId: assignment.id, reason: input.reason, requestedBy: ctx.actor, createdAt: ctx.now })
        .returning();
      if (!request) throw new Error('the transfer request was not stored');
      const audience = await supervisionAudience(tx, settings);
      await enqueueNotices(
        tx,
        ctx.now,
        audience.map((to) => ({
          key: `transfer-requested:${request.id}:${to}`,
          channel: to,
          notice: {
            type: 'transfer_requested',
            requestId: request.id,
            suggestionId: suggestion.id,
            code: suggestion.code,
            title: suggestion.title,
            unitName,
            role: assignment.role,
            requestedBy: ctx.actor,
            reason: input.reason,
          },
        })),
      );
      await recordAudit(tx, ctx, [{ action: 'transfer.request', entity: 'transfer_request', entityId: request.id, after: request }]);
      return { requestId: request.id, code: suggestion.code, unitName, windowClosesOn, notified: audience.length };
    });
  } catch (error) {
    // Two requests at once: the one-pending-per-assignment index lets one through.
    if (isUniqueViolation(error, 'transfer_requests_one_pending')) refuse({ code: 'request_pending' });
    throw error;
  }
}
