// What a person's Home tab shows: the steps they answer for, most urgent first; for each unit they
// answer for as a whole, its standing this week and what it has late and due; and for the
// supervision office, the board of every unit.

import { type CalendarDate, dateInZone } from '../../domain/calendar-date.js';
import { actsAs, canRoute, unitsAnsweredFor } from '../../domain/permissions.js';
import { type RankingPeriod, weekOf } from '../../domain/ranking-period.js';
import { groupedBySuggestion, itemOf, keyFirst, noPeople, ownersOf, type ReminderItem, urgencyOf } from '../../domain/reminders.js';
import { rankUnits, type ScoredUnit } from '../../domain/scoring.js';
import { byCodePoint } from '../../domain/text-order.js';
import { readUndeliveredCount } from '../deliveries/read-undelivered-count.js';
import { type PendingRequest, readPendingRequests } from '../requests/read-pending-requests.js';
import { currentSession } from '../sessions/current-session.js';
import { loadWorkingCalendar } from '../sessions/load-working-calendar.js';
import { readCalendarGaps } from '../sessions/read-calendar-gaps.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import type { ServiceContext } from '../shared/service-context.js';
import { cachedAnswer } from '../suggestions/answer-cache.js';
import { readOpenNodesOf, readUnitPeople } from './read-open-nodes.js';
import { readCountedUnitMetrics } from './read-unit-metrics.js';

export interface HomeUnitSummary {
  unitName: string;
  /** This week's standing so far; absent when the unit is not ranked (no session yet). */
  standing: ScoredUnit | undefined;
  unitCount: number;
  /** The unit's open steps past their date, and those falling due from today to the week's end. */
  overdue: number;
  dueThisWeek: number;
}

export interface Home {
  today: CalendarDate;
  /** For a unit's liaison: the assignment of theirs waiting longest without a handler, to route (分办) first. */
  toRoute?: { assignmentId: number; code: string };
  /** The person's own open steps, most urgent first, grouped by suggestion. */
  nodes: ReminderItem[];
  units: HomeUnitSummary[];
  /** Every unit this week, for the supervision office; empty for anyone else. */
  board: ScoredUnit[];
  /** For the supervision office: what it has to see to besides steps (none for anyone else). */
  office?: {
    /** The oldest undecided requests, and how many there are. */
    requests: PendingRequest[];
    requestsTotal: number;
    /** Messages Slack refused or that died lately (`/suggest outbox`). */
    undelivered: number;
    /** Years the working calendar needs and lacks the holidays of: shown until they are added. */
    calendarGaps: number[];
  };
}

/** Undecided requests the office's Home tab lists with their buttons; the rest are counted, and listed by `/suggest list requests`. */
export const homeRequestsListed = 3;

export async function readHome(ctx: ServiceContext): Promise<Home> {
  const today = dateInZone(ctx.now, ctx.timezone);
  const week = weekOf(today);
  const roles = await loadActorRoles(ctx.db, ctx);
  const answersFor = unitsAnsweredFor(roles);
  const [nodes, calendar] = await Promise.all([readOpenNodesOf(ctx.db, ctx.actor, roles), loadWorkingCalendar(ctx.db)]);
  const people = await readUnitPeople(
    ctx.db,
    nodes.map((node) => node.unitId),
  );
  const own = nodes
    .filter((node) => ownersOf(node, people.get(node.unitId) ?? noPeople).some((owner) => actsAs(roles, ctx.actor, owner)))
    .map((node) => itemOf(node, urgencyOf(node.plannedOn, today, calendar)))
    .sort(keyFirst);

  const standings = roles.isSupervisor || answersFor.length > 0 ? await weekStandings(ctx, week, today) : [];
  const standingOf = new Map(standings.map((standing) => [standing.metrics.unitId, standing]));
  const unitNames = new Map(nodes.map((node) => [node.unitId, node.unitName]));
  const units = answersFor.map((unitId) => {
    const unitNodes = nodes.filter((node) => node.unitId === unitId);
    const standing = standingOf.get(unitId);
    return {
      unitName: standing?.metrics.unitName ?? unitNames.get(unitId) ?? '',
      standing,
      unitCount: standings.length,
      overdue: unitNodes.filter((node) => node.plannedOn < today).length,
      dueThisWeek: unitNodes.filter((node) => node.plannedOn >= today && node.plannedOn <= week.to).length,
    };
  });
  const office = roles.isSupervisor ? await officeWork(ctx) : undefined;
  // 分办: of the assignments the person answers for, the one waiting longest for a handler.
  const unrouted = nodes
    .filter((node) => node.handlerUserId === null && canRoute(roles, node.unitId).allowed)
    .sort((a, b) => byCodePoint(a.plannedOn, b.plannedOn) || byCodePoint(a.code, b.code))[0];
  const toRoute = unrouted ? { toRoute: { assignmentId: unrouted.assignmentId, code: unrouted.code } } : {};
  return {
    today,
    nodes: groupedBySuggestion(own),
    units,
    board: roles.isSupervisor ? standings : [],
    ...toRoute,
    ...(office ? { office } : {}),
  };
}

async function officeWork(ctx: ServiceContext): Promise<NonNullable<Home['office']>> {
  const [pending, undelivered, calendarGaps] = await Promise.all([
    readPendingRequests(ctx.db, homeRequestsListed),
    readUndeliveredCount(ctx.db, ctx.now),
    readCalendarGaps(ctx.db, dateInZone(ctx.now, ctx.timezone)),
  ]);
  return { requests: pending.requests, requestsTotal: pending.total, undelivered: undelivered.retrying + undelivered.dead, calendarGaps };
}

/**
 * This week so far, every unit ranked. The tab shows no change against last week, so it reads
 * one week; and the tab is drawn on every open, page turn and click in it, so the week's metrics
 * are served again while the ledger is unchanged (scored with the session's weights as they are).
 */
async function weekStandings(ctx: ServiceContext, week: RankingPeriod, today: CalendarDate): Promise<ScoredUnit[]> {
  const metrics = await cachedAnswer(ctx, ['week-metrics', week.from, today], () =>
    readCountedUnitMetrics(ctx.db, { from: week.from, to: week.to, asOf: ctx.now, timezone: ctx.timezone }),
  );
  return rankUnits(metrics, (await currentSession(ctx.db, ctx.now, ctx.timezone)).settings);
}
