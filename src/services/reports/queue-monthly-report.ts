// 每月一督办: on a month's first working day the supervision office gets its report: where the
// overdue steps are, which units fell in last month's ranking, the B-class promises falling due,
// and the suggestions near their statutory deadline without a sent reply. Like the weekly report
// the job fires every day (10:00) and its key (the month, the person) lets only the first run of
// the month queue it.

import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { listOf } from '../../db/list-of.js';
import { readRows } from '../../db/read-rows.js';
import { addDays, type CalendarDate, dateInZone, instantInZone } from '../../domain/calendar-date.js';
import { alertLinesKept, type MonthlyReportNotice } from '../../domain/notices.js';
import { monthOf } from '../../domain/ranking-period.js';
import { liveAssignmentStatuses } from '../../domain/vocabulary.js';
import { readKeySuggestions } from '../key-suggestions/read-key-suggestions.js';
import { currentSession } from '../sessions/current-session.js';
import { loadWorkingCalendar } from '../sessions/load-working-calendar.js';
import { alreadyQueued } from '../shared/already-queued.js';
import { enqueueNotices } from '../shared/enqueue-notices.js';
import { supervisionAudience } from '../shared/supervision-audience.js';
import { promisesInForce } from '../verdicts/promises-in-force.js';
import { rankOver } from './read-ranking.js';

export type MonthlyRun = { day: CalendarDate; restDay: true } | { day: CalendarDate; restDay: false; month: CalendarDate; queued: number };

export async function queueMonthlyReport(db: Database, at: Date, timezone: string): Promise<MonthlyRun> {
  const day = dateInZone(at, timezone);
  if (!(await loadWorkingCalendar(db)).isWorkday(day)) return { day, restDay: true };
  const { settings, createdAt } = await currentSession(db, at, timezone);
  const month = monthOf(day);
  const audience = await supervisionAudience(db, settings);
  const keyOf = (to: string) => `monthly:${month.from}:${to}`;
  if (await alreadyQueued(db, audience.map(keyOf))) return { day, restDay: false, month: month.from, queued: 0 };
  const lastMonth = monthOf(addDays(month.from, -1));
  const standings = await rankOver(
    db,
    settings,
    lastMonth,
    instantInZone(month.from, '00:00', timezone),
    timezone,
    dateInZone(createdAt, timezone),
  );
  const live = listOf(liveAssignmentStatuses);

  const commitments = await readRows<MonthlyReportNotice['commitments'][number]>(
    db,
    sql`
      select s.code, s.title, u.name as "unitName", c.seq, c.description, c.due_on::text as "dueOn"
      from commitments c
      join replies r on r.id = c.reply_id and ${promisesInForce}
      join suggestions s on s.id = r.suggestion_id
      join assignments a on a.suggestion_id = s.id and a.role = 'lead' and a.status in ${live}
      join units u on u.id = a.unit_id
      where c.written_off_at is null and c.due_on <= ${month.to}::date
      order by c.due_on, s.code, c.seq`,
  );
  // No reply sent yet: the lead unit's 答复 step of the current round is still open.
  const nearStatutory = await readRows<MonthlyReportNotice['nearStatutory'][number]>(
    db,
    sql`
      select s.code, s.title, u.name as "unitName", s.statutory_due_on::text as "statutoryDueOn"
      from suggestions s
      join assignments a on a.suggestion_id = s.id and a.role = 'lead' and a.status in ${live}
      join units u on u.id = a.unit_id
      join milestones m on m.assignment_id = a.id and m.kind = 'reply' and m.round = s.round and m.done_at is null
      where s.status <> 'closed' and s.statutory_due_on <= ${month.to}::date
      order by s.statutory_due_on, s.code`,
  );

  const key = await readKeySuggestions(db, day);
  const notice: MonthlyReportNotice = {
    type: 'monthly_report',
    lastMonth: { from: lastMonth.from, to: lastMonth.to },
    month: { from: month.from, to: month.to },
    keySuggestions: key.slice(0, alertLinesKept).map(({ code, title, unitName, leaderUserId, overdueNodes, statutoryDueOn }) => ({
      code,
      title,
      unitName,
      leaderUserId,
      overdueNodes,
      statutoryDueOn,
    })),
    keySuggestionsTotal: key.length,
    overdueByUnit: standings
      .filter((unit) => unit.metrics.overdueNodes > 0)
      .map((unit) => ({ unitName: unit.metrics.unitName, overdueNodes: unit.metrics.overdueNodes }))
      .sort((a, b) => b.overdueNodes - a.overdueNodes || (a.unitName < b.unitName ? -1 : 1)),
    fell: standings.flatMap((unit) =>
      unit.rank !== null && unit.change !== null && unit.change < 0
        ? [{ unitName: unit.metrics.unitName, rank: unit.rank, places: -unit.change, tied: unit.tied ?? false }]
        : [],
    ),
    commitments: commitments.slice(0, alertLinesKept),
    commitmentsTotal: commitments.length,
    nearStatutory: nearStatutory.slice(0, alertLinesKept),
    nearStatutoryTotal: nearStatutory.length,
  };
  await db.transaction((tx) =>
    enqueueNotices(
      tx,
      at,
      audience.map((to) => ({ key: keyOf(to), channel: to, notice })),
    ),
  );
  return { day, restDay: false, month: month.from, queued: audience.length };
}
