import { sql } from 'drizzle-orm';
import { readRows } from '../../db/read-rows.js';
import type { CalendarDate } from '../../domain/calendar-date.js';
import type { ServiceContext } from '../shared/service-context.js';
import { runningDelegation } from './acting-as.js';

export interface Delegations {
  /** Who stands in for the person now. */
  out?: { delegate: string; until: CalendarDate } | undefined;
  /** Whom the person stands in for now. */
  in: Array<{ principal: string; until: CalendarDate }>;
}

/** `delegate` alone: the person's running delegations, both ways. */
export async function readDelegations(ctx: ServiceContext): Promise<Delegations> {
  const rows = await readRows<{ principal: string; delegate: string; until: CalendarDate }>(
    ctx.db,
    sql`select d.principal_user_id as principal, d.delegate_user_id as delegate, d.until::text as until from delegations d
        where (d.principal_user_id = ${ctx.actor} or d.delegate_user_id = ${ctx.actor}) and ${runningDelegation(ctx.now)}
        order by d.until, d.principal_user_id`,
  );
  const out = rows.find((row) => row.principal === ctx.actor);
  return {
    out: out && { delegate: out.delegate, until: out.until },
    in: rows.filter((row) => row.delegate === ctx.actor).map((row) => ({ principal: row.principal, until: row.until })),
  };
}
