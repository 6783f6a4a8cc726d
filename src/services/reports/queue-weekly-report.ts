// 每周一通报: on the week's first working day the supervision office gets every unit ranked over
// the week just ended, as tables and as a chart, and each unit's channel its own report. The job fires every day at 09:30
// and queues the report on any working day of the week; its keys (the week, the part, the unit)
// make every run after the first queue nothing, so a Monday the bot was down is caught up the
// next working day, and a Monday that is a holiday waits for the first working day.

import type { Database } from '../../db/client.js';
import { units as unitsTable } from '../../db/schema.js';
import { addDays, type CalendarDate, dateInZone, instantInZone } from '../../domain/calendar-date.js';
import { alertLinesKept, type Notice, type UnitReportLine, unitsPerRankingPart } from '../../domain/notices.js';
import { rankingChartOf } from '../../domain/ranking-chart-of.js';
import { lastWeekBefore, weekOf } from '../../domain/ranking-period.js';
import { noPeople, type OpenNode, ownersOf } from '../../domain/reminders.js';
import { byCodePoint } from '../../domain/text-order.js';
import { currentSession } from '../sessions/current-session.js';
import { loadWorkingCalendar } from '../sessions/load-working-calendar.js';
import { alreadyQueued } from '../shared/already-queued.js';
import { enqueueNotices, type OutgoingNotice } from '../shared/enqueue-notices.js';
import { supervisionAudience } from '../shared/supervision-audience.js';
import { readOpenNodes, readUnitPeople } from './read-open-nodes.js';
import { rankOver } from './read-ranking.js';

export type WeeklyRun =
  | { day: CalendarDate; restDay: true }
  | { day: CalendarDate; restDay: false; week: CalendarDate; units: number; queued: number };

export async function queueWeeklyReport(db: Database, at: Date, timezone: string): Promise<WeeklyRun> {
  const day = dateInZone(at, timezone);
  const calendar = await loadWorkingCalendar(db);
  if (!calendar.isWorkday(day)) return { day, restDay: true };
  const { settings, createdAt } = await currentSession(db, at, timezone);
  const period = lastWeekBefore(day);
  const allUnits = await db.select({ id: unitsTable.id, channelId: unitsTable.channelId }).from(unitsTable);
  const audience = allUnits.length > 0 ? await supervisionAudience(db, settings) : [];
  const parts = Math.max(1, Math.ceil(allUnits.length / unitsPerRankingPart));
  const rankingKey = (part: number, to: string) => `weekly-ranking:${period.from}:${part}:${to}`;
  const chartKey = (to: string) => `weekly-chart:${period.from}:${to}`;
  const unitKey = (unitId: number) => `weekly-unit:${period.from}:${unitId}`;
  const keys = [
    ...audience.flatMap((to) => [...Array.from({ length: parts }, (_, i) => rankingKey(i + 1, to)), chartKey(to)]),
    ...allUnits.flatMap((unit) => (unit.channelId ? [unitKey(unit.id)] : [])),
  ];
  if (await alreadyQueued(db, keys)) return { day, restDay: false, week: period.from, units: allUnits.length, queued: 0 };

  // The week just ended, ranked as it stood at its end, against the last week each unit was ranked in.
  const standings = await rankOver(
    db,
    settings,
    period,
    instantInZone(addDays(period.to, 1), '00:00', timezone),
    timezone,
    dateInZone(createdAt, timezone),
  );
  const messages: OutgoingNotice[] = [];
  const queue = (key: string, channel: string, notice: Notice) => messages.push({ key, channel, notice });
  for (const to of audience) {
    for (let part = 1; part <= parts; part += 1) {
      queue(rankingKey(part, to), to, {
        type: 'weekly_ranking',
        period,
        overduePenalty: settings.rankOverduePenalty,
        units: standings.slice((part - 1) * unitsPerRankingPart, part * unitsPerRankingPart),
        part,
        parts,
      });
    }
    // After the tables, in the same channel: the dispatcher sends a channel's messages in order.
    queue(chartKey(to), to, rankingChartOf(period, standings));
  }

  // Each unit's own report: what is late now, and what falls due in the week it opens.
  const week = weekOf(day);
  const nodes = await readOpenNodes(db, week.to);
  const people = await readUnitPeople(
    db,
    nodes.map((node) => node.unitId),
  );
  const channels = new Map(allUnits.map((unit) => [unit.id, unit.channelId]));
  const lineOf = (node: OpenNode): UnitReportLine => ({
    code: node.code,
    title: node.title,
    role: node.role,
    kind: node.kind,
    plannedOn: node.plannedOn,
    owners: ownersOf(node, people.get(node.unitId) ?? noPeople),
    ...(node.isKey ? { key: true as const } : {}),
  });
  // 重点督办 first, then by date.
  const byDate = (a: OpenNode, b: OpenNode) =>
    Number(b.isKey) - Number(a.isKey) || byCodePoint(a.plannedOn, b.plannedOn) || byCodePoint(a.code, b.code);
  for (const standing of standings) {
    const channel = channels.get(standing.metrics.unitId);
    if (!channel) continue;
    const own = nodes.filter((node) => node.unitId === standing.metrics.unitId).sort(byDate);
    const overdue = own.filter((node) => node.plannedOn < day);
    const due = own.filter((node) => node.plannedOn >= day);
    queue(unitKey(standing.metrics.unitId), channel, {
      type: 'unit_weekly',
      period,
      unitName: standing.metrics.unitName,
      standing,
      unitCount: standings.length,
      week: { from: week.from, to: week.to },
      overdue: overdue.slice(0, alertLinesKept).map(lineOf),
      overdueTotal: overdue.length,
      dueThisWeek: due.slice(0, alertLinesKept).map(lineOf),
      dueTotal: due.length,
    });
  }
  await db.transaction((tx) => enqueueNotices(tx, at, messages));
  return { day, restDay: false, week: period.from, units: standings.length, queued: messages.length };
}
