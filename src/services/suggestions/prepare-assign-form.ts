import { asc } from 'drizzle-orm';
import { units } from '../../db/schema.js';
import { canAssign } from '../../domain/permissions.js';
import { currentSession } from '../sessions/current-session.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';

export interface AssignForm {
  units: Array<{ id: number; name: string }>;
  /** The statutory deadline when none is picked, in months (a session setting). */
  statutoryMonths: number;
}

/** What the 交办 form offers: refused before it opens to anyone who may not assign. */
export async function prepareAssignForm(ctx: ServiceContext): Promise<AssignForm> {
  const permission = canAssign(await loadActorRoles(ctx.db, ctx));
  if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
  const [session, rows] = await Promise.all([
    currentSession(ctx.db, ctx.now, ctx.timezone),
    ctx.db.select({ id: units.id, name: units.name }).from(units).orderBy(asc(units.name)),
  ]);
  return { units: rows, statutoryMonths: session.settings.statutoryMonths };
}
