import { dateInZone } from '../domain/calendar-date.js';
import { weekOf } from '../domain/ranking-period.js';
import type { ScoredUnit } from '../domain/scoring.js';
import { unitWideRoles } from '../domain/vocabulary.js';
import type { ServiceContext } from './context.js';
import { currentSession } from './current-session.js';
import { loadActorRoles } from './load-actor-roles.js';
import { rankOver } from './read-ranking.js';

export interface HomeStandings {
  /** This week's standing of each unit the person answers for (liaison, division head, leaders). */
  own: ScoredUnit[];
  /** Every unit, for the supervision office's board; empty for anyone else. */
  board: ScoredUnit[];
}

/** What the Home tab shows of this week's ranking: nothing is read for someone with no unit to answer for. */
export async function readHomeStandings(ctx: ServiceContext): Promise<HomeStandings> {
  const roles = await loadActorRoles(ctx.db, ctx.actor);
  const answersFor = [...roles.units].flatMap(([unitId, held]) => ([...held].some((role) => unitWideRoles.includes(role)) ? [unitId] : []));
  if (!roles.isSupervisor && answersFor.length === 0) return { own: [], board: [] };
  const { settings } = await currentSession(ctx.db, ctx.now, ctx.timezone);
  const standings = await rankOver(ctx.db, settings, weekOf(dateInZone(ctx.now, ctx.timezone)), ctx.now, ctx.timezone);
  return {
    own: standings.filter((unit) => answersFor.includes(unit.metrics.unitId)),
    board: roles.isSupervisor ? standings : [],
  };
}
