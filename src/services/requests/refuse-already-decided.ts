import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { readRows } from '../../db/read-rows.js';
import { refuse, type ServiceProblem } from '../shared/service-error.js';

/** A request decided already: which way, and by whom. */
export const alreadyDecided = (request: { status: string; decidedBy: string | null }): ServiceProblem =>
  request.status === 'cancelled'
    ? { code: 'request_cancelled' }
    : { code: 'already_decided', approved: request.status === 'approved', decidedBy: request.decidedBy ?? '' };

/**
 * Refuses a decision on a request someone else decided first, naming them. Read after the guarded
 * update found nothing pending, so it sees the decision that won, not the row as read before it.
 */
export async function refuseAlreadyDecided(
  tx: Database,
  table: 'extension_requests' | 'transfer_requests',
  requestId: number,
): Promise<never> {
  const [row] = await readRows<{ status: string; decided_by: string | null }>(
    tx,
    sql`select status, decided_by from ${sql.identifier(table)} where id = ${requestId}`,
  );
  return refuse(alreadyDecided({ status: row?.status ?? '', decidedBy: row?.decided_by ?? null }));
}
