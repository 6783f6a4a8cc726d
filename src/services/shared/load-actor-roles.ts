import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { members } from '../../db/schema.js';
import type { ActorRoles } from '../../domain/permissions.js';
import type { UnitRole } from '../../domain/vocabulary.js';

/** The person's roles, in one statement: whether a supervisor, and their roles per unit. */
export async function loadActorRoles(db: Database, userId: string): Promise<ActorRoles> {
  const rows = await db
    .select({
      unitId: members.unitId,
      role: members.role,
      isSupervisor: sql<boolean>`exists (select 1 from supervisors where user_id = ${userId})`,
    })
    .from(sql`(select 1) as one`)
    .leftJoin(members, eq(members.userId, userId));
  const units = new Map<number, Set<UnitRole>>();
  for (const row of rows) {
    if (row.unitId === null || row.role === null) continue;
    const roles = units.get(row.unitId) ?? new Set<UnitRole>();
    roles.add(row.role);
    units.set(row.unitId, roles);
  }
  return { isSupervisor: rows[0]?.isSupervisor ?? false, units };
}
