import { eq } from 'drizzle-orm';
import { supervisors } from '../../db/schema.js';
import { canManageSupervisors } from '../../domain/permissions.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import { recordAudit } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';

/**
 * A person leaves the supervision office. The last one cannot: the office would have nobody left
 * to register units, assign or add anyone again. Two removals at once are taken one after the
 * other (the office's rows are locked), so together they cannot remove the last one either.
 */
export async function removeSupervisor(ctx: ServiceContext, input: { userId: string }): Promise<{ userId: string }> {
  return ctx.db.transaction(async (tx) => {
    const permission = canManageSupervisors(await loadActorRoles(tx, ctx, 'own'));
    if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
    const office = await tx.select().from(supervisors).orderBy(supervisors.userId).for('update');
    const leaving = office.find((row) => row.userId === input.userId);
    if (!leaving) refuse({ code: 'not_supervisor', userId: input.userId });
    if (office.length === 1) refuse({ code: 'last_supervisor' });
    await tx.delete(supervisors).where(eq(supervisors.userId, input.userId));
    await recordAudit(tx, ctx, [{ action: 'supervisor.revoke', entity: 'supervisor', entityId: leaving.userId, before: leaving }]);
    return { userId: leaving.userId };
  });
}
