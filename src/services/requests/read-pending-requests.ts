import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { readRows } from '../../db/read-rows.js';
import type { CalendarDate } from '../../domain/calendar-date.js';

/** An extension or transfer request nobody has decided yet: what the office has to decide. */
export interface PendingRequest {
  kind: 'extension' | 'transfer';
  id: number;
  suggestionId: number;
  code: string;
  title: string;
  unitName: string;
  requestedBy: string;
  /** The later statutory deadline an extension asks for. */
  requestedDueOn: CalendarDate | null;
}

/**
 * Every undecided request, oldest first, the first `limit` of them and how many there are: read
 * from the requests themselves, so that one whose notice never reached the office is still there
 * to decide.
 */
export async function readPendingRequests(db: Database, limit: number): Promise<{ requests: PendingRequest[]; total: number }> {
  const rows = await readRows<PendingRequest & { total: number }>(
    db,
    sql`with pending as (
          select 'extension' as kind, e.id, e.assignment_id, e.requested_by, e.requested_due_on::text as requested_due_on, e.created_at
          from extension_requests e where e.status = 'pending'
          union all
          select 'transfer', t.id, t.assignment_id, t.requested_by, null, t.created_at
          from transfer_requests t where t.status = 'pending')
        select p.kind, p.id, s.id as "suggestionId", s.code, s.title, u.name as "unitName", p.requested_by as "requestedBy",
          p.requested_due_on as "requestedDueOn", count(*) over ()::int as total
        from pending p
        join assignments a on a.id = p.assignment_id
        join suggestions s on s.id = a.suggestion_id
        join units u on u.id = a.unit_id
        order by p.created_at, p.kind, p.id
        limit ${limit}`,
  );
  return { requests: rows.map(({ total: _total, ...request }) => request), total: rows[0]?.total ?? 0 };
}
