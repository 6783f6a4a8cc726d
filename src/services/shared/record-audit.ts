import type { Database } from '../../db/client.js';
import { auditEvents } from '../../db/schema.js';
import type { ServiceContext } from './service-context.js';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

/** Writes the audit trail of a change; call it inside the change's own transaction. */
export async function recordAudit(tx: Database, ctx: Pick<ServiceContext, 'actor' | 'now'>, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.insert(auditEvents).values(
    entries.map((entry) => ({
      actor: ctx.actor,
      action: entry.action,
      entity: entry.entity,
      entityId: String(entry.entityId),
      before: entry.before ?? null,
      after: entry.after ?? null,
      at: ctx.now,
    })),
  );
}
