import { and, eq, gt, isNull } from 'drizzle-orm';
import { delegations } from '../../db/schema.js';
import { canManageSupervisors } from '../../domain/permissions.js';
import { enqueueNotices } from '../shared/enqueue-notices.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import { recordAudit } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { delegationNotices } from './delegation-notices.js';

/**
 * `delegate off`: the person ends their own delegation early; the office may end anyone's (a
 * delegate who left, a person back early who cannot reach Slack). Both people are told.
 */
export async function endDelegation(
  ctx: ServiceContext,
  input: { principal?: string | undefined },
): Promise<{ principal: string; delegate: string }> {
  const principal = input.principal ?? ctx.actor;
  return ctx.db.transaction(async (tx) => {
    if (principal !== ctx.actor) {
      const permission = canManageSupervisors(await loadActorRoles(tx, ctx, 'own'));
      if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
    }
    const [ended] = await tx
      .update(delegations)
      .set({ endedAt: ctx.now, endedBy: ctx.actor })
      .where(and(eq(delegations.principalUserId, principal), isNull(delegations.endedAt), gt(delegations.endsAt, ctx.now)))
      .returning();
    if (!ended) refuse({ code: 'no_delegation', ...(principal === ctx.actor ? {} : { userId: principal }) });
    await enqueueNotices(tx, ctx.now, delegationNotices(ended, 'ended'));
    await recordAudit(tx, ctx, [
      { action: 'delegation.end', entity: 'delegation', entityId: ended.id, after: { endedAt: ctx.now, endedBy: ctx.actor } },
    ]);
    return { principal, delegate: ended.delegateUserId };
  });
}
