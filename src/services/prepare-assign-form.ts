import { asc } from 'drizzle-orm';
import { units } from '../db/schema.js';
import { canAssign } from '../domain/permissions.js';
import type { ServiceContext } from './context.js';
import { loadActorRoles } from './load-actor-roles.js';
import { refuse } from './service-error.js';

/** What the 交办 form offers: refused before it opens to anyone who may not assign. */
export async function prepareAssignForm(ctx: ServiceContext): Promise<{ units: Array<{ id: number; name: string }> }> {
  const permission = canAssign(await loadActorRoles(ctx.db, ctx.actor));
  if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
  return { units: await ctx.db.select({ id: units.id, name: units.name }).from(units).orderBy(asc(units.name)) };
}
