import { members } from '../db/schema.js';
import type { Database } from '../db/client.js';
import type { AuditEntry } from './record-audit.js';

/**
 * Naming someone the handler of an assignment makes them a handler of its unit (DESIGN §3). The
 * audit entry of the membership, when they were not one already.
 */
export async function makeHandler(tx: Database, now: Date, unitId: number, userId: string | null | undefined): Promise<AuditEntry[]> {
  if (!userId) return [];
  const added = await tx
    .insert(members)
    .values({ unitId, userId, role: 'handler', createdAt: now })
    .onConflictDoNothing()
    .returning({ userId: members.userId, role: members.role });
  return added.map((member) => ({ action: 'unit.member.add', entity: 'unit', entityId: unitId, after: member }));
}
