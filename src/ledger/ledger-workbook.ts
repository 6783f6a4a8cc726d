// The ledger (台账) as an Excel workbook: one sheet a part, headers in the office's language, the
// header row frozen, dates as dates (instants as the office's wall-clock time), people as their
// Slack ids with the name the workspace gave them beside. Pure but for the library that writes the file.
import ExcelJS from 'exceljs';
import type { CalendarDate } from '../domain/calendar-date.js';
import { isLiveAssignment, type MilestoneKind, milestoneKinds, replyClasses, verdictAspects, windowKinds } from '../domain/vocabulary.js';
import type { Catalog } from '../i18n/index.js';
import type { Ledger } from './ledger.js';
import { type Figures, ledgerStatistics } from './ledger-statistics.js';

type Cell = string | number | Date | null;
interface Sheet {
  name: string;
  headers: string[];
  rows: Cell[][];
  /** Columns holding a day, and columns holding a time of day. */
  days: number[];
  times: number[];
  /** Columns holding a person's Slack id: each gets a column of their names beside it. */
  people: number[];
}

const dayOf = (date: CalendarDate | null): Date | null => (date === null ? null : new Date(`${date}T00:00:00Z`));

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

/** An instant as the office's wall-clock time: Excel has no time zones, and people read local time. */
function wallClock(instant: Date | null, zone: string): Date | null {
  if (!instant) return null;
  // One formatter a zone: a ledger has tens of thousands of times, and making one costs more than using it.
  let format = wallClockFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    wallClockFormats.set(zone, format);
  }
  const parts = format.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return new Date(Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')));
}

/** Steps shown as columns: every kind but the window that closes (申请调整截止 is a date, not a step). */
const stepKinds = milestoneKinds.filter((kind) => !windowKinds.has(kind));

function ledgerSheets(catalog: Catalog, ledger: Ledger, zone: string): Sheet[] {
  const words = catalog.ledger;
  const c = words.columns;
  const codeOf = new Map(ledger.suggestions.map((s) => [s.id, s.code]));
  const replyOf = new Map(ledger.replies.map((r) => [r.id, r]));
  const at = (instant: Date | null) => wallClock(instant, zone);
  const yesNo = (value: boolean) => (value ? words.yes : words.no);

  // The units in force on each suggestion: its 建议 row reads like a 交办清单, which an import takes back.
  const live = ledger.assignments.filter((a) => isLiveAssignment(a.status));
  const leadOf = new Map(live.filter((a) => a.role === 'lead').map((a) => [a.suggestionId, a]));
  const coOf = (suggestionId: number) => live.filter((a) => a.role === 'co' && a.suggestionId === suggestionId).map((a) => a.unitName);

  const assignmentRows: Cell[][] = [];
  for (const assignment of ledger.assignments) {
    // The current round first, as every surface lists steps.
    const rounds = [...new Set(assignment.nodes.map((node) => node.round))].sort((a, b) => b - a);
    for (const round of rounds.length > 0 ? rounds : [1]) {
      const byKind = new Map<MilestoneKind, (typeof assignment.nodes)[number]>(
        assignment.nodes.filter((node) => node.round === round).map((node) => [node.kind, node]),
      );
      assignmentRows.push([
        codeOf.get(assignment.suggestionId) ?? '',
        assignment.unitName,
        catalog.assignmentRoleNames[assignment.role],
        catalog.lifecycle.assignment.states[assignment.status],
        assignment.handlerUserId,
        assignment.division,
        assignment.responsibleLeaderUserId,
        dayOf(assignment.startedOn),
        at(assignment.acceptedAt),
        round,
        ...stepKinds.flatMap((kind) => {
          const node = byKind.get(kind);
          return [dayOf(node?.plannedOn ?? null), at(node?.doneAt ?? null)];
        }),
      ]);
    }
  }
  const stepColumns = stepKinds.flatMap((kind) => [c.planned(catalog.milestoneNames[kind]), c.done(catalog.milestoneNames[kind])]);

  return [
    {
      name: words.sheets.suggestions,
      headers: [
        c.code,
        c.title,
        c.leadDeputy,
        c.coSigners,
        c.field,
        c.lead,
        c.co,
        c.handler,
        c.status,
        c.round,
        c.assignedOn,
        c.internalDueOn,
        c.statutoryDueOn,
        c.key,
        c.keyLeader,
        c.keyNote,
        c.mergedInto,
      ],
      rows: ledger.suggestions.map((s) => [
        s.code,
        s.title,
        s.leadDeputy,
        s.coSigners.join(catalog.listJoin),
        s.field,
        // 并案: a merged suggestion is answered by its main one's lead unit.
        leadOf.get(s.mergedIntoId ?? s.id)?.unitName ?? '',
        coOf(s.id).join(catalog.listJoin),
        leadOf.get(s.mergedIntoId ?? s.id)?.handlerUserId ?? null,
        catalog.statusNames[s.status],
        s.round,
        dayOf(s.assignedOn),
        dayOf(s.internalDueOn),
        dayOf(s.statutoryDueOn),
        s.key ? words.keyMark : '',
        s.key?.leaderUserId ?? null,
        s.key?.note ?? '',
        s.mergedIntoId === null ? '' : (codeOf.get(s.mergedIntoId) ?? ''),
      ]),
      days: [10, 11, 12],
      times: [],
      people: [7, 14],
    },
    {
      name: words.sheets.assignments,
      headers: [
        c.code,
        c.unit,
        c.role,
        c.status,
        c.handler,
        c.division,
        c.responsibleLeader,
        c.startedOn,
        c.acceptedAt,
        c.round,
        ...stepColumns,
      ],
      rows: assignmentRows,
      days: [7, ...stepKinds.map((_, i) => 10 + 2 * i)],
      times: [8, ...stepKinds.map((_, i) => 11 + 2 * i)],
      people: [4, 6],
    },
    {
      name: words.sheets.contacts,
      headers: [c.code, c.unit, c.stage, c.mode, c.contactedOn, c.note, c.loggedBy],
      rows: ledger.contacts.map((x) => [
        codeOf.get(x.suggestionId) ?? '',
        x.unitName,
        catalog.contact.stageNames[x.stage],
        catalog.contact.modeNames[x.mode],
        dayOf(x.contactedOn),
        x.note,
        x.loggedBy,
      ]),
      days: [4],
      times: [],
      people: [6],
    },
    {
      name: words.sheets.opinions,
      headers: [c.code, c.unit, c.round, c.body, c.submittedBy, c.submittedAt],
      rows: ledger.opinions.map((o) => [codeOf.get(o.suggestionId) ?? '', o.unitName, o.round, o.body, o.submittedBy, at(o.createdAt)]),
      days: [],
      times: [5],
      people: [4],
    },
    {
      name: words.sheets.replies,
      headers: [
        c.code,
        c.round,
        c.replyClass,
        c.status,
        c.summary,
        c.documentUrl,
        c.mayPublish,
        c.reason,
        c.draftedBy,
        c.sentOn,
        c.dueWhenSent,
        c.publishBy,
        c.publishedOn,
      ],
      rows: ledger.replies.map((r) => [
        codeOf.get(r.suggestionId) ?? '',
        r.round,
        r.replyClass,
        catalog.lifecycle.reply.states[r.status],
        r.summary,
        r.documentUrl,
        yesNo(r.mayPublish),
        r.reason,
        r.draftedBy,
        dayOf(r.sentOn),
        dayOf(r.statutoryDueOn),
        dayOf(r.publishBy),
        dayOf(r.publishedOn),
      ]),
      days: [9, 10, 11, 12],
      times: [],
      people: [8],
    },
    {
      name: words.sheets.reviews,
      headers: [c.code, c.round, c.level, c.decision, c.comment, c.reviewer, c.reviewedAt],
      rows: ledger.reviews.map((v) => {
        const reply = replyOf.get(v.replyId);
        return [
          codeOf.get(reply?.suggestionId ?? -1) ?? '',
          reply?.round ?? null,
          catalog.reply.levelNames[v.level],
          v.decision === 'return' ? catalog.show.return : v.level === 'head' ? catalog.show.sign : catalog.show.approve,
          v.comment,
          v.reviewerUserId,
          at(v.createdAt),
        ];
      }),
      days: [],
      times: [6],
      people: [5],
    },
    {
      name: words.sheets.verdicts,
      headers: [c.code, c.round, c.verdict, c.communication, c.attitude, c.result, c.note, c.recordedBy, c.recordedAt],
      rows: ledger.verdicts.map((e) => [
        codeOf.get(e.suggestionId) ?? '',
        e.round,
        catalog.verdict.names[e.verdict],
        ...verdictAspects.map((aspect) => {
          const answer = e.aspects[aspect];
          return answer ? catalog.verdict.names[answer] : '';
        }),
        e.note,
        e.recordedBy,
        at(e.createdAt),
      ]),
      days: [],
      times: [8],
      people: [7],
    },
    {
      name: words.sheets.commitments,
      headers: [c.code, c.round, c.seq, c.description, c.dueOn, c.writtenOffAt, c.writtenOffBy, c.followup],
      rows: ledger.commitments.map((k) => {
        const reply = replyOf.get(k.replyId);
        return [
          codeOf.get(reply?.suggestionId ?? -1) ?? '',
          reply?.round ?? null,
          k.seq,
          k.description,
          dayOf(k.dueOn),
          at(k.writtenOffAt),
          k.writtenOffBy,
          yesNo(k.carriedToFollowup),
        ];
      }),
      days: [4],
      times: [5],
      people: [6],
    },
  ];
}

/** 统计: the figures of every suggestion in the ledger, as `/suggest stats` counts them, each as its count and what it is counted out of. */
function statisticsSheet(catalog: Catalog, ledger: Ledger, counted: readonly number[]): Sheet {
  const words = catalog.ledger.statistics;
  const chosen = new Set(counted);
  const stats = ledgerStatistics({ ...ledger, suggestions: ledger.suggestions.filter((s) => chosen.has(s.id)) }, {});
  const counts = (f: Figures): Cell[] => [
    f.lead,
    f.co,
    f.replied.count,
    f.onTime.of,
    f.onTime.count,
    f.closed.count,
    ...replyClasses.map((replyClass) => f.classes[replyClass].count),
    f.satisfied.of,
    f.satisfied.count,
    f.promisesKept.of,
    f.promisesKept.count,
  ];
  return {
    name: catalog.ledger.sheets.statistics,
    headers: [
      words.scope,
      words.name,
      words.lead,
      words.co,
      words.replied,
      words.timed,
      words.onTime,
      words.closed,
      ...replyClasses.map(words.classOf),
      words.judged,
      words.satisfied,
      words.promises,
      words.kept,
    ],
    rows: [
      [words.scopes.total, '', ...counts(stats.total)],
      ...stats.byUnit.map((u) => [words.scopes.unit, u.unitName, ...counts(u.figures)]),
      ...stats.byField.map((f) => [words.scopes.field, f.field === '' ? words.noField : f.field, ...counts(f.figures)]),
    ],
    days: [],
    times: [],
    people: [],
  };
}

/** The sheet with a column of names after each column of people's ids; the day and time columns moved along. */
function withNames(sheet: Sheet, names: ReadonlyMap<string, string>, nameHeader: (header: string) => string): Sheet {
  const moved = (i: number) => i + sheet.people.filter((p) => p < i).length;
  const widen = <T>(cells: readonly T[], nameOf: (cell: T, i: number) => T): T[] =>
    cells.flatMap((cell, i) => (sheet.people.includes(i) ? [cell, nameOf(cell, i)] : [cell]));
  return {
    name: sheet.name,
    headers: widen(sheet.headers, (header) => nameHeader(header)),
    rows: sheet.rows.map((row) => widen<Cell>(row, (id) => (typeof id === 'string' ? (names.get(id) ?? null) : null))),
    days: sheet.days.map(moved),
    times: sheet.times.map(moved),
    people: [],
  };
}

/** The workbook's bytes (.xlsx). */
export async function ledgerWorkbook(catalog: Catalog, ledger: Ledger, zone: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'duban';
  const names = new Map(Object.entries(ledger.names ?? {}));
  const sheets = [
    ...ledgerSheets(catalog, ledger, zone).map((s) => withNames(s, names, catalog.ledger.columns.nameOf)),
    ...(ledger.figuresOf ? [statisticsSheet(catalog, ledger, ledger.figuresOf)] : []),
  ];
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.addRow(sheet.headers).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow(row);
    sheet.headers.forEach((header, i) => {
      const column = worksheet.getColumn(i + 1);
      column.width = Math.min(40, Math.max(10, header.length * 2 + 2));
      if (sheet.days.includes(i)) column.numFmt = 'yyyy-mm-dd';
      if (sheet.times.includes(i)) column.numFmt = 'yyyy-mm-dd hh:mm';
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
