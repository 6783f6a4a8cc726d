import { eq } from 'drizzle-orm';
import { calendarOverrides } from '../../db/schema.js';
import type { CalendarDate } from '../../domain/calendar-date.js';
import { canManageCalendar } from '../../domain/permissions.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import { recordAudit } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { type CalendarDay, publishedKind } from './set-calendar-day.js';

/** The day follows the published calendar again; resolves to what it now is. */
export async function removeCalendarDay(
  ctx: ServiceContext,
  input: { day: CalendarDate },
): Promise<Pick<CalendarDay, 'day' | 'published'>> {
  return ctx.db.transaction(async (tx) => {
    const permission = canManageCalendar(await loadActorRoles(tx, ctx));
    if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
    const [removed] = await tx.delete(calendarOverrides).where(eq(calendarOverrides.day, input.day)).returning();
    if (!removed) refuse({ code: 'no_calendar_override', day: input.day });
    await recordAudit(tx, ctx, [{ action: 'calendar.remove', entity: 'calendar_day', entityId: input.day, before: removed, after: null }]);
    return { day: input.day, published: publishedKind(input.day) };
  });
}
