import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { readRows } from '../../db/read-rows.js';
import { dateInZone } from '../../domain/calendar-date.js';
import type { UnitRef } from '../../domain/unit-ref.js';
import { actingAs } from '../people/acting-as.js';
import { enqueueNotices } from '../shared/enqueue-notices.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import { recordAudit } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { involvedSuggestionIds } from '../suggestions/involved-suggestion-ids.js';
import { loadUnits, matchUnit } from '../units/match-unit.js';

/**
 * 导出: the ledger as a workbook, sent to the person who asked as a file (through the outbox; it
 * is read when it is sent). The supervision office may export the whole session, anyone with a
 * role in a unit or an assignment they handle what they may see; a unit given narrows it to that unit's suggestions, and must
 * be one of theirs. A ledger leaving the bot is audited.
 */
export async function requestExport(ctx: ServiceContext, input: { unit?: UnitRef }): Promise<{ unitName: string | null }> {
  return ctx.db.transaction(async (tx) => {
    const roles = await loadActorRoles(tx, ctx);
    // The handler of one assignment exports what they handle, though they hold no role in its unit.
    const handlesAny = async () =>
      (await readRows(tx, sql`select 1 from (${involvedSuggestionIds(actingAs(ctx), 'any')}) as involved limit 1`)).length > 0;
    if (!roles.isSupervisor && roles.units.size === 0 && !(await handlesAny()))
      refuse({ code: 'forbidden', needs: ['supervisor', 'member'] });
    const unit = input.unit ? matchUnit(await loadUnits(tx), input.unit) : undefined;
    if (unit && !roles.isSupervisor && !roles.units.has(unit.id)) refuse({ code: 'forbidden', needs: ['supervisor', 'member'] });
    await refuseExportTooSoon(tx, ctx);
    // Unique whatever the clock says: two instances may take two requests of one person in one millisecond.
    const key = `export:${ctx.actor}:${randomUUID()}`;
    await enqueueNotices(tx, ctx.now, [
      {
        key,
        channel: ctx.actor,
        notice: {
          type: 'ledger_export',
          requestedBy: ctx.actor,
          unitId: unit?.id ?? null,
          unitName: unit?.name ?? null,
          day: dateInZone(ctx.now, ctx.timezone),
          ref: key.slice(-8),
        },
      },
    ]);
    await recordAudit(tx, ctx, [{ action: 'ledger.export', entity: 'outbox', entityId: key, after: { unit: unit?.name ?? null } }]);
    return { unitName: unit?.name ?? null };
  });
}

/** A ledger is built when it is sent, the whole session read: one at a time for each person, and not more often than this. */
export const exportIntervalSeconds = 60;

/**
 * Refuses a new export while the person's last one is on its way or younger than the interval.
 * The person's requests are taken one at a time (an advisory lock for the transaction), so that
 * two instances answering two clicks cannot both pass.
 */
async function refuseExportTooSoon(tx: ServiceContext['db'], ctx: ServiceContext): Promise<void> {
  await readRows(tx, sql`select pg_advisory_xact_lock(hashtext(${`export:${ctx.actor}`}))`);
  const [last] = await readRows<{ waiting: boolean; ageSeconds: number }>(
    tx,
    sql`select status in ('pending', 'sending') as waiting, extract(epoch from (${ctx.now.toISOString()}::timestamptz - created_at))::float8 as "ageSeconds"
        from outbox where idempotency_key like 'export:%' and channel = ${ctx.actor} order by created_at desc limit 1`,
  );
  if (!last) return;
  if (last.waiting) refuse({ code: 'export_in_progress' });
  if (last.ageSeconds < exportIntervalSeconds)
    refuse({ code: 'export_too_soon', waitSeconds: Math.ceil(exportIntervalSeconds - last.ageSeconds) });
}
