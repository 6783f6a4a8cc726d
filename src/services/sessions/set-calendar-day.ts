import { eq } from 'drizzle-orm';
import { calendarOverrides } from '../../db/schema.js';
import { workingCalendar } from '../../domain/calendar.js';
import type { CalendarDate } from '../../domain/calendar-date.js';
import { canManageCalendar } from '../../domain/permissions.js';
import type { CalendarDayKind } from '../../domain/vocabulary.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import { recordAudit } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';

export interface CalendarDay {
  day: CalendarDate;
  kind: CalendarDayKind;
  note: string;
  /** What the published calendar says of the day, without the office's overrides. */
  published: CalendarDayKind;
}

const published = workingCalendar();
export const publishedKind = (day: CalendarDate): CalendarDayKind => (published.isWorkday(day) ? 'workday' : 'holiday');

/** A day the office works or rests against the published calendar (a new year's comes late). */
export async function setCalendarDay(
  ctx: ServiceContext,
  input: { day: CalendarDate; kind: CalendarDayKind; note: string },
): Promise<CalendarDay> {
  return ctx.db.transaction(async (tx) => {
    const permission = canManageCalendar(await loadActorRoles(tx, ctx));
    if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
    const [before] = await tx.select().from(calendarOverrides).where(eq(calendarOverrides.day, input.day));
    const values = { day: input.day, kind: input.kind, note: input.note, createdBy: ctx.actor, createdAt: ctx.now };
    await tx.insert(calendarOverrides).values(values).onConflictDoUpdate({ target: calendarOverrides.day, set: values });
    await recordAudit(tx, ctx, [
      { action: 'calendar.set', entity: 'calendar_day', entityId: input.day, before: before ?? null, after: values },
    ]);
    return { day: input.day, kind: input.kind, note: input.note, published: publishedKind(input.day) };
  });
}
