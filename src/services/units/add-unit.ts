import { sql } from 'drizzle-orm';
import { members, units } from '../../db/schema.js';
import { canManageUnits } from '../../domain/permissions.js';
import type { UnitRole } from '../../domain/vocabulary.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import { recordAudit } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { loadUnits, type UnitRow } from './match-unit.js';

const unitRegistryLock = 7_321_101; // any constant shared by every duban instance

export interface AddUnitInput {
  name: string;
  aliases: string[];
  channelId?: string | undefined;
  liaisonUserId?: string | undefined;
  leaderUserId?: string | undefined;
}

/** Registers a handling unit, with its liaison and responsible leader when given. */
export async function addUnit(ctx: ServiceContext, input: AddUnitInput): Promise<UnitRow> {
  return ctx.db.transaction(async (tx) => {
    const permission = canManageUnits(await loadActorRoles(tx, ctx, 'own'));
    if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
    // Names and aliases must be unique across both, ignoring case, which no index can say: unit
    // registrations take turns, so the check below sees every unit registered before it.
    await tx.execute(sql`select pg_advisory_xact_lock(${unitRegistryLock})`);

    const existing = await loadUnits(tx);
    const taken = (word: string) =>
      existing.find((unit) => [unit.name, ...unit.aliases].some((w) => w.toLowerCase() === word.toLowerCase()));
    if (taken(input.name)) refuse({ code: 'duplicate_unit', given: input.name });
    for (const alias of input.aliases) {
      const owner = taken(alias);
      if (owner || alias.toLowerCase() === input.name.toLowerCase())
        refuse({ code: 'alias_taken', given: alias, unitName: owner?.name ?? input.name });
    }
    const channelOwner = existing.find((unit) => input.channelId && unit.channelId === input.channelId);
    if (channelOwner) refuse({ code: 'channel_taken', unitName: channelOwner.name });

    const [unit] = await tx
      .insert(units)
      .values({ name: input.name, aliases: [...new Set(input.aliases)], channelId: input.channelId ?? null, createdAt: ctx.now })
      .returning();
    if (!unit) throw new Error('unit insert returned nothing');
    const people: Array<{ userId: string; role: UnitRole }> = [];
    if (input.liaisonUserId) people.push({ userId: input.liaisonUserId, role: 'liaison' });
    if (input.leaderUserId) people.push({ userId: input.leaderUserId, role: 'leader' });
    if (people.length > 0) {
      await tx.insert(members).values(people.map((p) => ({ unitId: unit.id, ...p, createdAt: ctx.now })));
    }
    await recordAudit(tx, ctx, [
      { action: 'unit.add', entity: 'unit', entityId: unit.id, after: unit },
      ...people.map((p) => ({ action: 'unit.member.add', entity: 'unit', entityId: unit.id, after: p })),
    ]);
    return unit;
  });
}
