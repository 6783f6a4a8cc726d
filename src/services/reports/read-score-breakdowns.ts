// 得分明细: the figures each unit's score in a period was made of, for the unit itself and the
// office, so that a liaison can recompute the published score by hand (DESIGN §5).
import { addDays, type CalendarDate, instantInZone } from '../../domain/calendar-date.js';
import { rankUnits, type ScoreBreakdown, scoreBreakdown, wasMeasured } from '../../domain/scoring.js';
import { currentSession } from '../sessions/current-session.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { readUnitMetrics } from './read-unit-metrics.js';

export interface ScoreBreakdownInput {
  /** One unit (its weekly report's button); none for every unit the person may see (the ranking's). */
  unitId?: number;
  from: CalendarDate;
  to: CalendarDate;
}

export interface UnitScoreBreakdown {
  unitName: string;
  from: CalendarDate;
  to: CalendarDate;
  breakdown: ScoreBreakdown;
}

/**
 * The units' metrics over the period, read as they stood at its end (or now, for a period not yet
 * over), scored with the session's settings, in rank order. The office sees every unit measured;
 * anyone else only the units they hold a role in, and a unit asked for by name only by its people
 * and the office.
 */
export async function readScoreBreakdowns(ctx: ServiceContext, input: ScoreBreakdownInput): Promise<UnitScoreBreakdown[]> {
  const roles = await loadActorRoles(ctx.db, ctx);
  const mayRead = (unitId: number) => roles.isSupervisor || roles.units.has(unitId);
  if (input.unitId !== undefined && !mayRead(input.unitId)) refuse({ code: 'forbidden', needs: ['supervisor', 'liaison', 'handler'] });
  if (input.unitId === undefined && !roles.isSupervisor && roles.units.size === 0) {
    refuse({ code: 'forbidden', needs: ['supervisor', 'liaison', 'handler'] });
  }
  const endOfPeriod = instantInZone(addDays(input.to, 1), '00:00', ctx.timezone);
  const asOf = endOfPeriod < ctx.now ? endOfPeriod : ctx.now;
  const [metrics, session] = await Promise.all([
    readUnitMetrics(ctx.db, { from: input.from, to: input.to, asOf, timezone: ctx.timezone }),
    currentSession(ctx.db, ctx.now, ctx.timezone),
  ]);
  const wanted = rankUnits(metrics, session.settings).filter((unit) =>
    input.unitId === undefined ? wasMeasured(unit.metrics) && mayRead(unit.metrics.unitId) : unit.metrics.unitId === input.unitId,
  );
  if (input.unitId !== undefined && wanted.length === 0) refuse({ code: 'unknown_unit', given: String(input.unitId) });
  return wanted.map((unit) => ({
    unitName: unit.metrics.unitName,
    from: input.from,
    to: input.to,
    breakdown: scoreBreakdown(unit.metrics, session.settings),
  }));
}
