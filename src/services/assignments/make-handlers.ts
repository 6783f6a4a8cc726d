import type { Database } from '../../db/client.js';
import { members } from '../../db/schema.js';
import type { AuditEntry } from '../shared/record-audit.js';

/**
 * Naming someone the handler of an assignment makes them a handler of its unit (DESIGN §3). The
 * audit entries of the memberships that were not there already; one statement for any number
 * (an import names hundreds).
 */
export async function makeHandlers(
  tx: Database,
  now: Date,
  handlers: ReadonlyArray<{ unitId: number; userId: string }>,
): Promise<AuditEntry[]> {
  if (handlers.length === 0) return [];
  const added = await tx
    .insert(members)
    .values(handlers.map(({ unitId, userId }) => ({ unitId, userId, role: 'handler' as const, createdAt: now })))
    .onConflictDoNothing()
    .returning({ unitId: members.unitId, userId: members.userId, role: members.role });
  return added.map(({ unitId, ...member }) => ({ action: 'unit.member.add', entity: 'unit', entityId: unitId, after: member }));
}

/** The same for one assignment's handler, if it names one. */
export const makeHandler = (tx: Database, now: Date, unitId: number, userId: string | null | undefined): Promise<AuditEntry[]> =>
  makeHandlers(tx, now, userId ? [{ unitId, userId }] : []);
