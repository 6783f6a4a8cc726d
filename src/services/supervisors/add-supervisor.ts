import { supervisors } from '../../db/schema.js';
import { canManageSupervisors } from '../../domain/permissions.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import { recordAudit } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';

/** A person joins the supervision office (督办室); only the office itself may add them. */
export async function addSupervisor(ctx: ServiceContext, input: { userId: string }): Promise<{ userId: string }> {
  return ctx.db.transaction(async (tx) => {
    const permission = canManageSupervisors(await loadActorRoles(tx, ctx, 'own'));
    if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
    const [granted] = await tx
      .insert(supervisors)
      .values({ userId: input.userId, grantedBy: ctx.actor, createdAt: ctx.now })
      .onConflictDoNothing()
      .returning();
    if (!granted) refuse({ code: 'already_supervisor', userId: input.userId });
    await recordAudit(tx, ctx, [{ action: 'supervisor.grant', entity: 'supervisor', entityId: granted.userId, after: granted }]);
    return { userId: granted.userId };
  });
}
