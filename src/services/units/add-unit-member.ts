import { members } from '../../db/schema.js';
import type { UnitRef } from '../../domain/unit-ref.js';
import type { UnitRole } from '../../domain/vocabulary.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import { recordAudit } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { loadUnits, matchUnit, type UnitRow } from './match-unit.js';

export interface AddUnitMemberInput {
  unit: UnitRef;
  userId: string;
  role: UnitRole;
}

// A liaison routes work inside the unit, so may name its handlers and members; every other role
// (reviewers, the liaison itself) is the supervision office's to give.
const liaisonMayGrant: ReadonlySet<UnitRole> = new Set(['handler', 'member']);

export async function addUnitMember(ctx: ServiceContext, input: AddUnitMemberInput): Promise<{ unit: UnitRow }> {
  return ctx.db.transaction(async (tx) => {
    const unit = matchUnit(await loadUnits(tx), input.unit);
    const roles = await loadActorRoles(tx, ctx.actor);
    const isLiaison = roles.units.get(unit.id)?.has('liaison') ?? false;
    if (!roles.isSupervisor && !(isLiaison && liaisonMayGrant.has(input.role))) {
      refuse({ code: 'forbidden', needs: liaisonMayGrant.has(input.role) ? ['supervisor', 'liaison'] : ['supervisor'] });
    }
    const inserted = await tx
      .insert(members)
      .values({ unitId: unit.id, userId: input.userId, role: input.role, createdAt: ctx.now })
      .onConflictDoNothing()
      .returning({ id: members.id });
    if (inserted.length === 0) refuse({ code: 'already_member' });
    await recordAudit(tx, ctx, [
      { action: 'unit.member.add', entity: 'unit', entityId: unit.id, after: { userId: input.userId, role: input.role } },
    ]);
    return { unit };
  });
}
