// What the daily reminder and the weekly unit reports both read: every open step of the current
// round due by a day, with what deciding its owners needs, and the people of those units.
import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { listOf } from '../../db/list-of.js';
import { readRows } from '../../db/read-rows.js';
import type { CalendarDate } from '../../domain/calendar-date.js';
import { type ActorRoles, unitsAnsweredFor } from '../../domain/permissions.js';
import { noPeople, type OpenNode, type UnitPeople } from '../../domain/reminders.js';
import { answeringStatuses, liveAssignmentStatuses, unitWideRoles, windowKinds } from '../../domain/vocabulary.js';

/**
 * The condition on a step of an assignment `a` of a suggestion `s` that it is still owed: a
 * co-handling unit's part (its 签收, its opinion) feeds the lead unit's answer, and is owed only
 * until that answer is sent (no form takes an opinion afterwards); the lead unit's steps until done.
 */
export const stepStillOwed = sql`(a.role = 'lead' or s.status in ${listOf(answeringStatuses)})`;

/** Open steps of assignments in force and suggestions not closed, of the current round, that `where` keeps. */
function readOpenNodesWhere(db: Database, where: SQL): Promise<OpenNode[]> {
  return readRows<OpenNode>(
    db,
    sql`
      select m.id as "milestoneId", m.kind, m.round, m.planned_on::text as "plannedOn", m.remind_from::text as "remindFrom",
        a.id as "assignmentId", a.role, s.id as "suggestionId", s.code, s.title, s.statutory_due_on::text as "statutoryDueOn",
        u.id as "unitId", u.name as "unitName", a.handler_user_id as "handlerUserId",
        a.responsible_leader_user_id as "responsibleLeaderUserId",
        s.key_since is not null as "isKey", s.key_leader_user_id as "keyLeaderUserId"
      from milestones m
      join assignments a on a.id = m.assignment_id and a.status in ${listOf(liveAssignmentStatuses)}
      join suggestions s on s.id = a.suggestion_id and s.status <> 'closed'
      join units u on u.id = a.unit_id
      -- An earlier round's steps are history once the deputy sent the suggestion back.
      where m.done_at is null and m.round = s.round and m.kind not in ${listOf(windowKinds)} and ${stepStillOwed} and ${where}`,
  );
}

/**
 * Open steps due on or before `through`; with `statutoryBy`, also the lead units' reply steps of
 * suggestions whose statutory deadline falls by then, however late those steps are planned.
 */
export const readOpenNodes = (db: Database, through: CalendarDate, statutoryBy?: CalendarDate): Promise<OpenNode[]> =>
  readOpenNodesWhere(
    db,
    statutoryBy === undefined
      ? sql`m.planned_on <= ${through}`
      : sql`(m.planned_on <= ${through} or (m.kind = 'reply' and a.role = 'lead' and s.statutory_due_on <= ${statutoryBy}))`,
  );

/**
 * Every open step a person might answer for: of the assignments they (or those they stand in for)
 * handle, and of the units they answer for as a whole.
 */
export const readOpenNodesOf = (db: Database, actor: string, roles: ActorRoles): Promise<OpenNode[]> =>
  // Each half through its own index of live assignments (an OR of the two read every assignment).
  readOpenNodesWhere(
    db,
    sql`a.id in (
      select id from assignments where handler_user_id = any(${sql.param([actor, ...roles.actsFor])}::text[]) and status in ${listOf(liveAssignmentStatuses)}
      union
      select id from assignments where unit_id = any(${sql.param(unitsAnsweredFor(roles))}::int[]) and status in ${listOf(liveAssignmentStatuses)})`,
  );

/** The people who answer for each of those units' steps, by role. */
export async function readUnitPeople(db: Database, unitIds: readonly number[]): Promise<Map<number, UnitPeople>> {
  const rows = await readRows<{ unitId: number; role: 'liaison' | 'division' | 'leader' | 'head'; userIds: string[] }>(
    db,
    sql`
      select unit_id as "unitId", role, array_agg(user_id order by user_id) as "userIds"
      from members
      where unit_id = any(${sql.param([...new Set(unitIds)])}::int[]) and role in ${listOf(unitWideRoles)}
      group by unit_id, role`,
  );
  const byUnit = new Map<number, UnitPeople>();
  const field = { liaison: 'liaisons', division: 'divisions', leader: 'leaders', head: 'heads' } as const;
  for (const row of rows) {
    const people = byUnit.get(row.unitId) ?? { liaisons: [], divisions: [], leaders: [], heads: [] };
    byUnit.set(row.unitId, { ...people, [field[row.role]]: row.userIds });
  }
  return byUnit;
}

/** One unit's people by role. */
export async function readPeopleOf(db: Database, unitId: number): Promise<UnitPeople> {
  return (await readUnitPeople(db, [unitId])).get(unitId) ?? noPeople;
}
