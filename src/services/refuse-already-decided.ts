import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { readRows } from '../db/read-rows.js';
import { refuse } from './service-error.js';

/**
 * Refuses a decision on a request someone else decided first, naming them. Read after the guarded
 * update found nothing pending, so it sees the decision that won, not the row as read before it.
 */
export async function refuseAlreadyDecided(tx: Database, table: 'extension_requests' | 'transfer_requests', requestId: number): Promise<never> {
  const [row] = await readRows<{ status: string; decided_by: string | null }>(
    tx,
    sql`select status, decided_by from ${sql.identifier(table)} where id = ${requestId}`,
  );
  return refuse({ code: 'already_decided', approved: row?.status === 'approved', decidedBy: row?.decided_by ?? '' });
}
