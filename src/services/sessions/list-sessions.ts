import { sql } from 'drizzle-orm';
import { readRows } from '../../db/read-rows.js';
import { type CalendarDate, dateInZone } from '../../domain/calendar-date.js';
import type { ServiceContext } from '../shared/service-context.js';

export interface SessionSummary {
  name: string;
  current: boolean;
  /** The day it began, in the office's zone. */
  since: CalendarDate;
  suggestions: number;
  /** Not yet closed (销号): still in handling, reminded and listed. */
  open: number;
}

/** Every session, the current one first, with how many of its suggestions are still open; anyone may look. */
export async function listSessions(ctx: ServiceContext): Promise<SessionSummary[]> {
  const rows = await readRows<{ name: string; current: boolean; createdAt: Date | string; suggestions: number; open: number }>(
    ctx.db,
    sql`select se.name, se.is_current as current, se.created_at as "createdAt",
          count(s.id)::int as suggestions, count(s.id) filter (where s.status <> 'closed')::int as open
        from sessions se left join suggestions s on s.session_id = se.id
        group by se.id order by se.is_current desc, se.id desc`,
  );
  return rows.map((row) => ({ ...row, since: dateInZone(new Date(row.createdAt), ctx.timezone) }));
}
