import { sql } from 'drizzle-orm';
import { listOf } from '../../db/list-of.js';
import { readRows } from '../../db/read-rows.js';
import { addDays, dateInZone } from '../../domain/calendar-date.js';
import type { RankingPeriodKind } from '../../domain/ranking-period.js';
import { liveAssignmentStatuses, type Verdict, verdicts } from '../../domain/vocabulary.js';
import type { HandlingReport } from '../../ledger/handling-report-document.js';
import { readKeySuggestions } from '../key-suggestions/read-key-suggestions.js';
import { readPeopleNames } from '../people/read-people-names.js';
import { readOpenNodes } from '../reports/read-open-nodes.js';
import { rankOver } from '../reports/read-ranking.js';
import { currentSession } from '../sessions/current-session.js';
import type { ServiceContext } from '../shared/service-context.js';
import { readOpenPromises } from '../verdicts/read-open-promises.js';
import { readStatistics } from './read-statistics.js';

/** Lines a list of the report holds; the rest are counted (the ledger holds them all). */
export const reportLinesKept = 300;

/**
 * What the 办理情况报告 says, as the ledger stands now, for the one who asked (refused, as 统计
 * is, to anyone but the office): the figures and the ranking over the period, and, whatever the
 * period, what is overdue or near its statutory deadline, the promises still open and the
 * deputies' verdicts of the session.
 */
export async function readHandlingReport(
  ctx: ServiceContext,
  input: { period: RankingPeriodKind },
): Promise<Omit<HandlingReport, 'rankingChart'>> {
  const { statistics, period, sessionName } = await readStatistics(ctx, { period: input.period });
  const session = await currentSession(ctx.db, ctx.now, ctx.timezone);
  const today = dateInZone(ctx.now, ctx.timezone);
  const sessionStart = dateInZone(session.createdAt, ctx.timezone);
  const ranking = await rankOver(ctx.db, session.settings, period, ctx.now, ctx.timezone, sessionStart);
  const overdue = (await readOpenNodes(ctx.db, addDays(today, -1))).sort(
    (a, b) => a.plannedOn.localeCompare(b.plannedOn) || a.code.localeCompare(b.code),
  );
  const promises = (await readOpenPromises(ctx.db, '9999-12-31')).sort(
    (a, b) => a.dueOn.localeCompare(b.dueOn) || a.code.localeCompare(b.code),
  );
  const nearStatutory = await readRows<{ code: string; title: string; unitName: string; statutoryDueOn: string }>(
    ctx.db,
    sql`select s.code, s.title, u.name as "unitName", s.statutory_due_on::text as "statutoryDueOn"
        from suggestions s
        join assignments a on a.suggestion_id = s.id and a.role = 'lead' and a.status in ${listOf(liveAssignmentStatuses)}
        join units u on u.id = a.unit_id
        where s.session_id = ${session.id} and s.status in ('assigned', 'in_progress', 'reopened')
          and s.statutory_due_on <= ${addDays(today, session.settings.statutoryAlertDays)}::date
        order by s.statutory_due_on, s.code`,
  );
  const latestVerdicts = await readRows<{ code: string; title: string; unitName: string; verdict: Verdict; note: string }>(
    ctx.db,
    sql`select distinct on (s.id) s.code, s.title, coalesce(u.name, '') as "unitName", e.verdict, e.note
        from evaluations e join suggestions s on s.id = e.suggestion_id
        left join assignments a on a.suggestion_id = s.id and a.role = 'lead' and a.status in ${listOf(liveAssignmentStatuses)}
        left join units u on u.id = a.unit_id
        where s.session_id = ${session.id}
        order by s.id, e.round desc`,
  );
  const dissatisfied = latestVerdicts.filter((e) => e.verdict === 'dissatisfied');
  const key = await readKeySuggestions(ctx.db, today);
  // A document is read away from Slack: the leader by the name the workspace gave, as remembered.
  const { names } = await readPeopleNames(
    ctx.db,
    key.flatMap((k) => (k.leaderUserId ? [k.leaderUserId] : [])),
    ctx.now,
  );
  const verdictCounts = Object.fromEntries(verdicts.map((v) => [v, latestVerdicts.filter((e) => e.verdict === v).length])) as Record<
    Verdict,
    number
  >;
  return {
    sessionName,
    period,
    madeOn: today,
    statistics,
    ranking,
    keySuggestions: key.slice(0, reportLinesKept).map(({ leaderUserId, ...line }) => ({
      ...line,
      leaderName: leaderUserId ? (names.get(leaderUserId) ?? '') : '',
    })),
    overdue: overdue.slice(0, reportLinesKept).map((node) => ({
      code: node.code,
      title: node.title,
      unitName: node.unitName,
      step: node.kind,
      plannedOn: node.plannedOn,
    })),
    nearStatutory: nearStatutory.slice(0, reportLinesKept),
    openPromises: promises.slice(0, reportLinesKept).map((p) => ({
      code: p.code,
      title: p.title,
      unitName: p.unitName,
      description: p.description,
      dueOn: p.dueOn,
    })),
    verdictCounts,
    dissatisfied: dissatisfied.slice(0, reportLinesKept).map(({ code, title, unitName, note }) => ({ code, title, unitName, note })),
    totals: {
      keySuggestions: key.length,
      overdue: overdue.length,
      nearStatutory: nearStatutory.length,
      openPromises: promises.length,
      dissatisfied: dissatisfied.length,
    },
  };
}
