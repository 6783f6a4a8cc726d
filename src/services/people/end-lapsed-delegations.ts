import { and, isNull, lte } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { delegations } from '../../db/schema.js';
import { enqueueNotices } from '../shared/enqueue-notices.js';
import { recordAudit } from '../shared/record-audit.js';
import { delegationNotices } from './delegation-notices.js';

/**
 * Closes the delegations whose last day has passed and tells both people. Rights already ended
 * with the date (a delegation is read as running only through its last day); this records the end
 * and says so. Run by the daily job, and before a new delegation is started.
 */
export async function endLapsedDelegations(db: Database, at: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const ended = await tx
      .update(delegations)
      .set({ endedAt: at })
      .where(and(isNull(delegations.endedAt), lte(delegations.endsAt, at)))
      .returning();
    await enqueueNotices(
      tx,
      at,
      ended.flatMap((row) => delegationNotices(row, 'ended')),
    );
    await recordAudit(
      tx,
      { actor: 'system', now: at },
      ended.map((row) => ({ action: 'delegation.lapse', entity: 'delegation', entityId: row.id, after: { endedAt: at } })),
    );
    return ended.length;
  });
}
