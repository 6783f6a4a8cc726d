import { eq } from 'drizzle-orm';
import { members, supervisors } from '../db/schema.js';
import type { Database } from '../db/client.js';
import type { ActorRoles } from '../domain/permissions.js';
import type { UnitRole } from '../domain/vocabulary.js';

export async function loadActorRoles(db: Database, userId: string): Promise<ActorRoles> {
  const [supervisorRows, memberRows] = await Promise.all([
    db.select({ userId: supervisors.userId }).from(supervisors).where(eq(supervisors.userId, userId)),
    db.select({ unitId: members.unitId, role: members.role }).from(members).where(eq(members.userId, userId)),
  ]);
  const units = new Map<number, Set<UnitRole>>();
  for (const row of memberRows) {
    const roles = units.get(row.unitId) ?? new Set<UnitRole>();
    roles.add(row.role);
    units.set(row.unitId, roles);
  }
  return { isSupervisor: supervisorRows.length > 0, units };
}
