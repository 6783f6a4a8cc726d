import { and, between, eq, inArray } from 'drizzle-orm';
import { assignments, commitments, evaluations, replies, suggestions, units } from '../../db/schema.js';
import { dateInZone } from '../../domain/calendar-date.js';
import { canReadStatistics } from '../../domain/permissions.js';
import { type RankingPeriod, type RankingPeriodKind, rankingPeriodOf } from '../../domain/ranking-period.js';
import type { UnitRef } from '../../domain/unit-ref.js';
import { ledgerStatistics, type Statistics, type StatisticsFacts } from '../../ledger/ledger-statistics.js';
import { currentSession } from '../sessions/current-session.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { matchField } from '../suggestions/match-field.js';
import { loadUnits, matchUnit } from '../units/match-unit.js';

export type { Figures, Share } from '../../ledger/ledger-statistics.js';

export interface StatisticsAnswer {
  sessionName: string;
  period: RankingPeriod;
  unitName?: string;
  field?: string;
  statistics: Statistics;
}

/**
 * 统计: the office's figures for the suggestions of the current session assigned in the period
 * (the session to date, this month or this week), as they stand now, by unit and 领域, narrowed
 * to a unit or a 领域 on request. Read from the ledger's rows and counted as the exported ledger's
 * 统计 sheet counts them (ledger/ledger-statistics.ts).
 */
export async function readStatistics(
  ctx: ServiceContext,
  input: { period: RankingPeriodKind; unit?: UnitRef; field?: string },
): Promise<StatisticsAnswer> {
  const permission = canReadStatistics(await loadActorRoles(ctx.db, ctx));
  if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
  const session = await currentSession(ctx.db, ctx.now, ctx.timezone);
  const period = rankingPeriodOf(input.period, dateInZone(ctx.now, ctx.timezone), dateInZone(session.createdAt, ctx.timezone));
  const unitName = input.unit ? matchUnit(await loadUnits(ctx.db), input.unit).name : undefined;
  const field = input.field === undefined ? undefined : await matchField(ctx.db, session.id, input.field);
  const facts = await readStatisticsFacts(ctx, session.id, period);
  return {
    sessionName: session.name,
    period,
    ...(unitName ? { unitName } : {}),
    ...(field !== undefined ? { field } : {}),
    statistics: ledgerStatistics(facts, {
      from: period.from,
      to: period.to,
      ...(unitName ? { unitName } : {}),
      ...(field !== undefined ? { field } : {}),
    }),
  };
}

/** The ledger's rows the figures count, for the session's suggestions assigned in the period. */
async function readStatisticsFacts(ctx: ServiceContext, sessionId: number, period: RankingPeriod): Promise<StatisticsFacts> {
  const chosen = and(eq(suggestions.sessionId, sessionId), between(suggestions.assignedOn, period.from, period.to));
  const ids = ctx.db.select({ id: suggestions.id }).from(suggestions).where(chosen);
  const [suggestionRows, assignmentRows, replyRows, verdictRows, commitmentRows] = await Promise.all([
    ctx.db
      .select({ id: suggestions.id, field: suggestions.field, status: suggestions.status, assignedOn: suggestions.assignedOn })
      .from(suggestions)
      .where(chosen),
    ctx.db
      .select({ suggestionId: assignments.suggestionId, unitName: units.name, role: assignments.role, status: assignments.status })
      .from(assignments)
      .innerJoin(units, eq(units.id, assignments.unitId))
      .where(inArray(assignments.suggestionId, ids)),
    ctx.db
      .select({
        id: replies.id,
        suggestionId: replies.suggestionId,
        round: replies.round,
        replyClass: replies.replyClass,
        status: replies.status,
        sentOn: replies.sentOn,
        statutoryDueOn: replies.statutoryDueOn,
      })
      .from(replies)
      .where(and(inArray(replies.suggestionId, ids), eq(replies.status, 'sent'))),
    ctx.db
      .select({ suggestionId: evaluations.suggestionId, round: evaluations.round, verdict: evaluations.verdict })
      .from(evaluations)
      .where(inArray(evaluations.suggestionId, ids)),
    ctx.db
      .select({ replyId: commitments.replyId, writtenOffAt: commitments.writtenOffAt })
      .from(commitments)
      .innerJoin(replies, eq(replies.id, commitments.replyId))
      .where(inArray(replies.suggestionId, ids)),
  ]);
  return {
    suggestions: suggestionRows,
    assignments: assignmentRows,
    replies: replyRows,
    verdicts: verdictRows,
    commitments: commitmentRows,
  };
}
