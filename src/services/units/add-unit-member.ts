import { members } from '../../db/schema.js';
import { canManageMembers } from '../../domain/permissions.js';
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

export async function addUnitMember(ctx: ServiceContext, input: AddUnitMemberInput): Promise<{ unit: UnitRow }> {
  return ctx.db.transaction(async (tx) => {
    const unit = matchUnit(await loadUnits(tx), input.unit);
    const permission = canManageMembers(await loadActorRoles(tx, ctx, 'own'), unit.id, [input.role]);
    if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
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
