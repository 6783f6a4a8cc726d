import { count } from 'drizzle-orm';
import { units } from '../../db/schema.js';
import { dateInZone } from '../../domain/calendar-date.js';
import { canAssign } from '../../domain/permissions.js';
import { enqueueNotices } from '../shared/enqueue-notices.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';

const minuteFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock minute of an instant in the office's zone, as HHmm. */
function minuteInZone(instant: Date, zone: string): string {
  let format = minuteFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    minuteFormats.set(zone, format);
  }
  return format.format(instant).replace(':', '');
}

/**
 * 导入 模板: a 交办清单 template sent to the one who asked as a file, through the outbox; the
 * workbook is made when it is sent, so that it lists the units as they then are. Only those who may
 * import may ask (the supervision office), and nothing is sent while no unit is registered: the
 * template would offer none. One file a person a minute: the same request again within the minute
 * (a double submit) is the same message, sent once.
 */
export async function requestImportTemplate(ctx: ServiceContext): Promise<{ units: number; queued: boolean }> {
  return ctx.db.transaction(async (tx) => {
    const permission = canAssign(await loadActorRoles(tx, ctx));
    if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
    const [row] = await tx.select({ units: count() }).from(units);
    const registered = row?.units ?? 0;
    if (registered === 0) return { units: 0, queued: false };
    const day = dateInZone(ctx.now, ctx.timezone);
    const ref = minuteInZone(ctx.now, ctx.timezone);
    const queued = await enqueueNotices(tx, ctx.now, [
      {
        key: `import-template:${ctx.actor}:${day}T${ref}`,
        channel: ctx.actor,
        notice: { type: 'import_template', requestedBy: ctx.actor, day, ref },
      },
    ]);
    return { units: registered, queued: queued.length > 0 };
  });
}
