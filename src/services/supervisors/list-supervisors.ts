import { asc } from 'drizzle-orm';
import { supervisors } from '../../db/schema.js';
import { type CalendarDate, dateInZone } from '../../domain/calendar-date.js';
import type { ServiceContext } from '../shared/service-context.js';

export interface Supervisor {
  userId: string;
  grantedBy: string;
  /** The day they joined, in the office's zone. */
  since: CalendarDate;
}

/** The supervision office, in the order its people joined; anyone may look. */
export async function listSupervisors(ctx: ServiceContext): Promise<Supervisor[]> {
  const rows = await ctx.db.select().from(supervisors).orderBy(asc(supervisors.createdAt), asc(supervisors.userId));
  return rows.map((row) => ({ userId: row.userId, grantedBy: row.grantedBy, since: dateInZone(row.createdAt, ctx.timezone) }));
}
