import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { readRows } from '../../db/read-rows.js';
import { dateInZone } from '../../domain/calendar-date.js';
import type { UnitRef } from '../../domain/unit-ref.js';
import { actingAs } from '../people/acting-as.js';
import { enqueueNotices } from '../shared/enqueue-notices.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import { recordAudit } from '../shared/record-audit.js';
import { askedFileKey, refuseFileTooSoon } from '../shared/refuse-file-too-soon.js';
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
    await refuseFileTooSoon(tx, ctx, 'ledger');
    const key = askedFileKey('ledger', ctx.actor, randomUUID());
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
