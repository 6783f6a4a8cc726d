import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { auditEvents } from '../../db/schema.js';
import { runningDelegation } from '../people/acting-as.js';
import type { ServiceContext } from './service-context.js';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

/**
 * Writes the audit trail of a change; call it inside the change's own transaction. A person who
 * stands in for others (代理) acts in their roles, so each of their acts records whom they stood
 * in for at that moment.
 */
export async function recordAudit(tx: Database, ctx: Pick<ServiceContext, 'actor' | 'now'>, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  // null for everyone who stands in for nobody (array_agg of no rows).
  const onBehalfOf = sql`(select array_agg(d.principal_user_id order by d.principal_user_id) from delegations d
    where d.delegate_user_id = ${ctx.actor} and ${runningDelegation(ctx.now)})`;
  await tx.insert(auditEvents).values(
    entries.map((entry) => ({
      actor: ctx.actor,
      onBehalfOf,
      action: entry.action,
      entity: entry.entity,
      entityId: String(entry.entityId),
      before: entry.before ?? null,
      after: entry.after ?? null,
      at: ctx.now,
    })),
  );
}
