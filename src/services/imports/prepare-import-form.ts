import { count } from 'drizzle-orm';
import { units } from '../../db/schema.js';
import { canAssign } from '../../domain/permissions.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';

/** What the 导入 form needs to know before it opens: refused to anyone who may not assign; the units an import can name. */
export async function prepareImportForm(ctx: ServiceContext): Promise<{ units: number }> {
  const permission = canAssign(await loadActorRoles(ctx.db, ctx));
  if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
  const [row] = await ctx.db.select({ units: count() }).from(units);
  return { units: row?.units ?? 0 };
}
