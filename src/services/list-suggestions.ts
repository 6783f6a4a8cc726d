import { and, asc, eq, exists, inArray, isNull, lt, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { assignments, commitments, members, milestones, replies, suggestions, units } from '../db/schema.js';
import type { Database } from '../db/client.js';
import type { ListFilter } from '../domain/command.js';
import { dateInZone, type CalendarDate } from '../domain/calendar-date.js';
import type { SuggestionStatus } from '../domain/vocabulary.js';
import type { ServiceContext } from './context.js';
import { currentSession } from './current-session.js';
import { loadActorRoles } from './load-actor-roles.js';
import { loadUnits, matchUnit } from './find-unit.js';
import { liveAssignment } from './live.js';

export interface SuggestionLine {
  code: string;
  title: string;
  status: SuggestionStatus;
  leadUnit: string;
  statutoryDueOn: CalendarDate;
  nextNodeOn: CalendarDate | null;
  overdueNodes: number;
}

export interface SuggestionList {
  filter: ListFilter;
  unitName?: string;
  total: number;
  lines: SuggestionLine[];
}

/** One screen of a list; the total says how many more a narrower filter would show. */
export const listPageSize = 20;

const a = alias(assignments, 'a');
const m = alias(milestones, 'm');

/** The suggestions the person may see, narrowed by the filter, most urgent deadline first. */
export async function listSuggestions(ctx: ServiceContext, filter: ListFilter): Promise<SuggestionList> {
  const { db } = ctx;
  const [roles, session] = await Promise.all([loadActorRoles(db, ctx.actor), currentSession(db, ctx.now, ctx.timezone)]);
  const today = dateInZone(ctx.now, ctx.timezone);
  const unit = filter.kind === 'unit' ? matchUnit(await loadUnits(db), filter.unit) : undefined;

  const conditions: SQL[] = [eq(suggestions.sessionId, session.id)];
  const involved = involvesActor(db, ctx.actor);
  if (!roles.isSupervisor) conditions.push(involved);
  const narrowing = narrow(db, filter, today, ctx.actor, involved, unit?.id);
  if (narrowing) conditions.push(narrowing);

  const openNodes = db
    .select({
      nextNodeOn: sql<CalendarDate | null>`min(${m.plannedOn})`.as('next_node_on'),
      overdueNodes: sql<number>`(count(*) filter (where ${m.plannedOn} < ${today}))::int`.as('overdue_nodes'),
    })
    .from(m)
    .innerJoin(a, eq(a.id, m.assignmentId))
    .where(and(eq(a.suggestionId, suggestions.id), isNull(m.doneAt), inArray(a.status, ['pending', 'accepted'])))
    .as('open_nodes');

  const rows = await db
    .select({
      code: suggestions.code,
      title: suggestions.title,
      status: suggestions.status,
      leadUnit: units.name,
      statutoryDueOn: suggestions.statutoryDueOn,
      nextNodeOn: openNodes.nextNodeOn,
      overdueNodes: openNodes.overdueNodes,
      total: sql<number>`(count(*) over ())::int`,
    })
    .from(suggestions)
    .innerJoin(assignments, and(eq(assignments.suggestionId, suggestions.id), eq(assignments.role, 'lead'), liveAssignment))
    .innerJoin(units, eq(units.id, assignments.unitId))
    .leftJoinLateral(openNodes, sql`true`)
    .where(and(...conditions))
    .orderBy(asc(suggestions.statutoryDueOn), asc(suggestions.code))
    .limit(listPageSize);

  return {
    filter,
    ...(unit ? { unitName: unit.name } : {}),
    total: rows[0]?.total ?? 0,
    lines: rows.map(({ total: _total, ...line }) => ({ ...line, overdueNodes: line.overdueNodes ?? 0 })),
  };
}

/** The person holds a role in one of the suggestion's units, or handles one of its assignments. */
function involvesActor(db: Database, actor: string): SQL {
  return exists(
    db
      .select({ one: sql`1` })
      .from(a)
      .leftJoin(members, and(eq(members.unitId, a.unitId), eq(members.userId, actor)))
      .where(
        and(
          eq(a.suggestionId, suggestions.id),
          inArray(a.status, ['pending', 'accepted']),
          or(eq(a.handlerUserId, actor), sql`${members.id} is not null`),
        ),
      ),
  );
}

function narrow(db: Database, filter: ListFilter, today: CalendarDate, actor: string, involved: SQL, unitId?: number): SQL | undefined {
  switch (filter.kind) {
    case 'all':
      return undefined;
    case 'mine':
      return or(involved, eq(suggestions.createdBy, actor));
    case 'open':
      return notInArray(suggestions.status, ['closed']);
    case 'replied':
      return inArray(suggestions.status, ['replied', 'evaluated']);
    case 'closed':
      return eq(suggestions.status, 'closed');
    case 'overdue':
      return exists(
        db
          .select({ one: sql`1` })
          .from(m)
          .innerJoin(a, eq(a.id, m.assignmentId))
          .where(
            and(eq(a.suggestionId, suggestions.id), inArray(a.status, ['pending', 'accepted']), isNull(m.doneAt), lt(m.plannedOn, today)),
          ),
      );
    case 'followup':
      return exists(
        db
          .select({ one: sql`1` })
          .from(commitments)
          .innerJoin(replies, eq(replies.id, commitments.replyId))
          .where(and(eq(replies.suggestionId, suggestions.id), isNull(commitments.writtenOffAt))),
      );
    case 'unit':
      return exists(
        db
          .select({ one: sql`1` })
          .from(a)
          .where(and(eq(a.suggestionId, suggestions.id), eq(a.unitId, unitId ?? -1), inArray(a.status, ['pending', 'accepted']))),
      );
  }
}
