import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { extensionRequests, transferRequests } from '../../db/schema.js';
import type { RequestCancelledNotice } from '../../domain/notices.js';
import { enqueueNotices } from '../shared/enqueue-notices.js';
import type { AuditEntry } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';
import type { SuggestionRow } from '../suggestions/find-suggestion.js';

/**
 * The requests still waiting on assignments that are being replaced (handed to another unit, or a
 * new round opened) no longer ask about anything in force: each is cancelled, so that no decision
 * applies it later, and the one who asked is told why. In the caller's transaction; resolves to
 * the audit entries, for the caller to record with its own.
 */
export async function cancelPendingRequests(
  tx: Database,
  ctx: Pick<ServiceContext, 'actor' | 'now'>,
  suggestion: Pick<SuggestionRow, 'id' | 'code' | 'title'>,
  assignmentIds: readonly number[],
  because: RequestCancelledNotice['because'],
): Promise<AuditEntry[]> {
  if (assignmentIds.length === 0) return [];
  const cancel = { status: 'cancelled' as const, decidedBy: ctx.actor, decidedAt: ctx.now };
  const [extensions, transfers] = await Promise.all([
    tx
      .update(extensionRequests)
      .set(cancel)
      .where(and(inArray(extensionRequests.assignmentId, [...assignmentIds]), eq(extensionRequests.status, 'pending')))
      .returning(),
    tx
      .update(transferRequests)
      .set(cancel)
      .where(and(inArray(transferRequests.assignmentId, [...assignmentIds]), eq(transferRequests.status, 'pending')))
      .returning(),
  ]);
  const cancelled = [
    ...extensions.map((row) => ({ row, kind: 'extension' as const, entity: 'extension_request' })),
    ...transfers.map((row) => ({ row, kind: 'transfer' as const, entity: 'transfer_request' })),
  ];
  await enqueueNotices(
    tx,
    ctx.now,
    cancelled.map(({ row, kind }) => ({
      key: `request-cancelled:${kind}:${row.id}`,
      channel: row.requestedBy,
      notice: { type: 'request_cancelled', suggestionId: suggestion.id, code: suggestion.code, title: suggestion.title, kind, because },
    })),
  );
  return cancelled.map(({ row, entity }) => ({
    action: `${entity.replace('_request', '')}.cancel`,
    entity,
    entityId: row.id,
    before: { status: 'pending' },
    after: { status: 'cancelled', because },
  }));
}
