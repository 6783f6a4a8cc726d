import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { assignments, members, type suggestions, units } from '../../db/schema.js';
import type { AssignedNotice } from '../../domain/notices.js';
import type { PlannedMilestone } from '../../domain/schedule.js';
import { liveAssignmentStatuses } from '../../domain/vocabulary.js';
import type { OutgoingNotice } from '../shared/enqueue-notices.js';

export interface NewAssignment {
  assignment: Pick<typeof assignments.$inferSelect, 'id' | 'unitId' | 'role' | 'handlerUserId' | 'startedOn'>;
  nodes: readonly PlannedMilestone[];
}

/**
 * What a unit is told when a suggestion becomes its work (交办, or a transfer that hands it over):
 * the handler and the unit's liaisons by DM, and the unit's channel, each with a 签收 button.
 * Read after the change, so the units named are the ones in force.
 */
export async function assignedNotices(
  tx: Database,
  suggestion: typeof suggestions.$inferSelect,
  given: readonly NewAssignment[],
  assignedBy: string,
): Promise<OutgoingNotice[]> {
  const live = await tx
    .select({ unitId: units.id, name: units.name, channelId: units.channelId, role: assignments.role })
    .from(assignments)
    .innerJoin(units, eq(units.id, assignments.unitId))
    .where(and(eq(assignments.suggestionId, suggestion.id), inArray(assignments.status, [...liveAssignmentStatuses])))
    .orderBy(assignments.id);
  const unitIds = given.map(({ assignment }) => assignment.unitId);
  const liaisons = await tx
    .select({ unitId: members.unitId, userId: members.userId })
    .from(members)
    .where(and(inArray(members.unitId, unitIds), eq(members.role, 'liaison')))
    .orderBy(members.userId);
  return assignedNoticesOf(suggestion, given, live, liaisons, assignedBy);
}

/** The same from what it reads: the suggestion's units in force, and the liaisons of those given it. */
export function assignedNoticesOf(
  suggestion: typeof suggestions.$inferSelect,
  given: readonly NewAssignment[],
  live: ReadonlyArray<{ unitId: number; name: string; channelId: string | null; role: 'lead' | 'co' }>,
  liaisons: ReadonlyArray<{ unitId: number; userId: string }>,
  assignedBy: string,
): OutgoingNotice[] {
  const leadUnitName = live.find((row) => row.role === 'lead')?.name ?? '';
  const coUnitNames = live.filter((row) => row.role === 'co').map((row) => row.name);

  return given.flatMap(({ assignment, nodes }) => {
    const unit = live.find((row) => row.unitId === assignment.unitId);
    if (!unit) throw new Error(`assignment ${assignment.id} is not live`);
    const dateOf = (kind: PlannedMilestone['kind']) => nodes.find((node) => node.kind === kind)?.plannedOn;
    const notice = (audience: AssignedNotice['audience']): AssignedNotice => ({
      type: 'assigned',
      audience,
      assignmentId: assignment.id,
      suggestionId: suggestion.id,
      role: assignment.role,
      code: suggestion.code,
      title: suggestion.title,
      leadDeputy: suggestion.leadDeputy,
      unitName: unit.name,
      leadUnitName,
      coUnitNames,
      handlerUserId: assignment.handlerUserId,
      assignedBy,
      acceptBy: dateOf('accept') ?? assignment.startedOn,
      opinionBy: dateOf('co_opinion') ?? null,
      statutoryDueOn: suggestion.statutoryDueOn,
      internalDueOn: suggestion.internalDueOn,
    });
    const key = (audience: AssignedNotice['audience'], to: string) => assignedNoticeKey(assignment.id, audience, to);
    const people = new Map<string, AssignedNotice['audience']>();
    if (assignment.handlerUserId) people.set(assignment.handlerUserId, 'handler');
    for (const liaison of liaisons) {
      if (liaison.unitId === unit.unitId && !people.has(liaison.userId)) people.set(liaison.userId, 'liaison');
    }
    const messages = [...people].map(([userId, audience]) => ({ key: key(audience, userId), channel: userId, notice: notice(audience) }));
    if (unit.channelId) messages.push({ key: key('channel', unit.channelId), channel: unit.channelId, notice: notice('channel') });
    return messages;
  });
}

/** The key of an assignment's notice to one audience: a later event's thread names it. */
export const assignedNoticeKey = (assignmentId: number, audience: AssignedNotice['audience'], to: string): string =>
  `assigned:${assignmentId}:${audience}:${to}`;
