import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { assignments, members } from '../../db/schema.js';
import { canManageMembers } from '../../domain/permissions.js';
import type { UnitRef } from '../../domain/unit-ref.js';
import { liveAssignmentStatuses, type UnitRole, unitRoles } from '../../domain/vocabulary.js';
import { currentSession } from '../sessions/current-session.js';
import { enqueueNotices, type OutgoingNotice } from '../shared/enqueue-notices.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import { recordAudit } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { supervisionAudience } from '../shared/supervision-audience.js';
import { loadUnits, matchUnit, type UnitRow } from './match-unit.js';

export interface RemoveUnitMemberInput {
  unit: UnitRef;
  userId: string;
  /** Without one: every role the person holds in the unit. */
  role?: UnitRole | undefined;
}

export interface UnitMemberRemoved {
  unit: UnitRow;
  removed: UnitRole[];
  /** The unit has no liaison left: nobody signs for its new assignments until the office names one. */
  withoutLiaison: boolean;
  /** Removed from the unit altogether: its live assignments that named them (handler, responsible leader), now to route again. */
  unnamed: number;
}

/**
 * Takes a person's role (or all their roles) in a unit. Rights are read from these rows at every
 * request, so from the commit on the person can neither act nor read through the role: lists,
 * `show`, Home, the export and the buttons of messages sent before. The person is told; the
 * office is told when the unit is left without a liaison. Without a role the person leaves the
 * unit: the unit's assignments that named them (handler, responsible leader) no longer do, and
 * wait for the liaison's 分办.
 */
export async function removeUnitMember(ctx: ServiceContext, input: RemoveUnitMemberInput): Promise<UnitMemberRemoved> {
  return ctx.db.transaction(async (tx) => {
    const unit = matchUnit(await loadUnits(tx), input.unit);
    // The unit's rows are locked, so two removals at once cannot both miss that they took the last liaison.
    const held = await tx.select().from(members).where(eq(members.unitId, unit.id)).orderBy(members.id).for('update');
    const theirs = held.filter((row) => row.userId === input.userId);
    const removing = theirs.filter((row) => input.role === undefined || row.role === input.role);
    const permission = canManageMembers(
      await loadActorRoles(tx, ctx, 'own'),
      unit.id,
      removing.length > 0 ? removing.map((row) => row.role) : [input.role ?? 'member'],
    );
    if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
    // Leaving the unit altogether: their names come off its live assignments too.
    const named =
      input.role === undefined
        ? await tx
            .select()
            .from(assignments)
            .where(
              and(
                eq(assignments.unitId, unit.id),
                inArray(assignments.status, [...liveAssignmentStatuses]),
                or(eq(assignments.handlerUserId, input.userId), eq(assignments.responsibleLeaderUserId, input.userId)),
              ),
            )
            .for('update')
        : [];
    if (removing.length === 0 && named.length === 0) {
      refuse({
        code: 'not_member',
        unitName: unit.name,
        userId: input.userId,
        ...(input.role ? { role: input.role } : {}),
        held: unitRoles.filter((role) => theirs.some((row) => row.role === role)),
      });
    }

    const unnamed = named.map((row) => ({
      id: row.id,
      before: { handlerUserId: row.handlerUserId, responsibleLeaderUserId: row.responsibleLeaderUserId },
      after: {
        handlerUserId: row.handlerUserId === input.userId ? null : row.handlerUserId,
        responsibleLeaderUserId: row.responsibleLeaderUserId === input.userId ? null : row.responsibleLeaderUserId,
      },
    }));
    if (unnamed.length > 0) {
      // One statement for every assignment that named them, whichever of the two it named them as.
      const leaving = input.userId;
      await tx
        .update(assignments)
        .set({
          handlerUserId: sql`nullif(${assignments.handlerUserId}, ${leaving})`,
          responsibleLeaderUserId: sql`nullif(${assignments.responsibleLeaderUserId}, ${leaving})`,
        })
        .where(
          inArray(
            assignments.id,
            unnamed.map((row) => row.id),
          ),
        );
    }
    if (removing.length > 0) {
      await tx.delete(members).where(
        inArray(
          members.id,
          removing.map((row) => row.id),
        ),
      );
    }
    const removed = unitRoles.filter((role) => removing.some((row) => row.role === role));
    const tookLiaison = removed.includes('liaison');
    const withoutLiaison = tookLiaison && !held.some((row) => row.role === 'liaison' && !removing.includes(row));

    // A membership's id, or an assignment's with the instant, is never the key of another removal.
    const first = removing[0] ? String(removing[0].id) : `a${unnamed[0]!.id}:${ctx.now.getTime()}`;
    const notices: OutgoingNotice[] = [
      {
        key: `roles-removed:${first}`,
        channel: input.userId,
        notice: {
          type: 'people_changed',
          change: {
            kind: 'roles_removed',
            unitName: unit.name,
            userId: input.userId,
            roles: removed,
            unnamed: unnamed.length,
            by: ctx.actor,
          },
        },
      },
    ];
    if (withoutLiaison) {
      const { settings } = await currentSession(tx, ctx.now, ctx.timezone);
      for (const to of await supervisionAudience(tx, settings)) {
        notices.push({
          key: `unit-without-liaison:${first}:${to}`,
          channel: to,
          notice: {
            type: 'people_changed',
            change: { kind: 'unit_without_liaison', unitName: unit.name, userId: input.userId, by: ctx.actor },
          },
        });
      }
    }
    await enqueueNotices(tx, ctx.now, notices);
    await recordAudit(tx, ctx, [
      ...removing.map((row) => ({
        action: 'unit.member.remove',
        entity: 'unit',
        entityId: unit.id,
        before: { userId: row.userId, role: row.role },
      })),
      ...unnamed.map((row) => ({
        action: 'assignment.route',
        entity: 'assignment',
        entityId: row.id,
        before: row.before,
        after: row.after,
      })),
    ]);
    return { unit, removed, withoutLiaison, unnamed: unnamed.length };
  });
}
