import { supervisors } from '../db/schema.js';
import type { ServiceContext } from './context.js';
import { recordAudit } from './record-audit.js';

/** Seeds the supervision office from SUPERVISORS at start; people already there stay as they are. */
export async function grantSupervisors(ctx: ServiceContext, userIds: readonly string[]): Promise<string[]> {
  if (userIds.length === 0) return [];
  return ctx.db.transaction(async (tx) => {
    const granted = await tx
      .insert(supervisors)
      .values(userIds.map((userId) => ({ userId, grantedBy: ctx.actor, createdAt: ctx.now })))
      .onConflictDoNothing()
      .returning({ userId: supervisors.userId });
    await recordAudit(
      tx,
      ctx,
      granted.map((row) => ({ action: 'supervisor.grant', entity: 'supervisor', entityId: row.userId, after: row })),
    );
    return granted.map((row) => row.userId);
  });
}
