import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { readRows } from '../../db/read-rows.js';
import type { ActorRoles } from '../../domain/permissions.js';
import type { UnitRole } from '../../domain/vocabulary.js';
import { actingAs } from '../people/acting-as.js';
import type { ServiceContext } from './service-context.js';

/**
 * The person's roles, in one statement: whether a supervisor, and their roles per unit, together
 * with those of everyone they stand in for today (代理), whose ids come as `actsFor`. With `own`,
 * the person's roles alone: who holds a role is changed only by someone holding it themselves, so
 * a delegate can never give themselves (or take from others) what outlives the delegation.
 */
export async function loadActorRoles(
  db: Database,
  ctx: Pick<ServiceContext, 'actor' | 'now'>,
  scope: 'acting' | 'own' = 'acting',
): Promise<ActorRoles> {
  const rows = await readRows<{ userId: string; unitId: number | null; role: UnitRole | null; isSupervisor: boolean }>(
    db,
    sql`select who.id as "userId", m.unit_id as "unitId", m.role,
          exists (select 1 from supervisors s where s.user_id = who.id) as "isSupervisor"
        from (${scope === 'own' ? sql`select ${ctx.actor}::text` : actingAs(ctx)}) as who(id)
        left join members m on m.user_id = who.id`,
  );
  const units = new Map<number, Set<UnitRole>>();
  for (const row of rows) {
    if (row.unitId === null || row.role === null) continue;
    const roles = units.get(row.unitId) ?? new Set<UnitRole>();
    roles.add(row.role);
    units.set(row.unitId, roles);
  }
  const actsFor = [...new Set(rows.map((row) => row.userId))].filter((id) => id !== ctx.actor);
  return { isSupervisor: rows.some((row) => row.isSupervisor), units, actsFor };
}
