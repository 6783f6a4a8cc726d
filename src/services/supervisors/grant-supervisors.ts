import { supervisors } from '../../db/schema.js';
import { recordAudit } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';

/**
 * Seeds the supervision office from SUPERVISORS at the first start (DESIGN §3); afterwards the
 * office is kept in the bot (`/suggest supervisor`), and a restart neither adds back someone it
 * removed nor anyone new from the setting.
 */
export async function grantSupervisors(ctx: ServiceContext, userIds: readonly string[]): Promise<string[]> {
  if (userIds.length === 0) return [];
  return ctx.db.transaction(async (tx) => {
    const [anyone] = await tx.select({ userId: supervisors.userId }).from(supervisors).limit(1);
    if (anyone) return [];
    // Two instances starting at once on an empty office both insert the same people.
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
