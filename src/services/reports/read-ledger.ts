import { type AnyColumn, and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { listOf } from '../../db/list-of.js';
import { readRows } from '../../db/read-rows.js';
import {
  assignments,
  commitments,
  contacts,
  coOpinions,
  evaluations,
  replies,
  reviews,
  sessions,
  suggestions,
  units,
} from '../../db/schema.js';
import type { CalendarDate } from '../../domain/calendar-date.js';
import { publishByOf } from '../../domain/publication.js';
import { readSessionSettings } from '../../domain/settings.js';
import type { MilestoneKind } from '../../domain/vocabulary.js';
import { liveAssignmentStatuses } from '../../domain/vocabulary.js';
import type { Ledger } from '../../ledger/ledger.js';
import { actingAs } from '../people/acting-as.js';
import { currentSession } from '../sessions/current-session.js';
import { loadWorkingCalendar } from '../sessions/load-working-calendar.js';
import { inListedSessions } from '../suggestions/find-suggestion.js';
import { involvedSuggestionIds } from '../suggestions/involved-suggestion-ids.js';

/** Who reads the ledger: the supervision office (all of the session), or one person (what they may see). */
export type LedgerReader = { office: true } | { office: false; userId: string };

/**
 * The current session's ledger (with earlier sessions' suggestions not yet closed) as the reader
 * may see it: the supervision office all of it, anyone
 * else the suggestions of the units they hold a role in or that they handle; narrowed to one
 * unit's suggestions when a unit is given. A handful of statements whatever its size.
 */
export async function readLedger(
  db: Database,
  at: { now: Date; timezone: string },
  reader: LedgerReader,
  unitId?: number,
): Promise<Ledger> {
  const session = await currentSession(db, at.now, at.timezone);
  const visible: SQL[] = [inListedSessions(suggestions)];
  if (!reader.office) visible.push(sql`${suggestions.id} in (${involvedSuggestionIds(actingAs({ actor: reader.userId, ...at }), 'any')})`);
  if (unitId !== undefined) {
    visible.push(
      sql`exists (select 1 from assignments u_a where u_a.suggestion_id = ${suggestions.id} and u_a.unit_id = ${unitId} and u_a.status in ${listOf(liveAssignmentStatuses)})`,
    );
  }
  const rows = await db
    .select({
      id: suggestions.id,
      sessionId: suggestions.sessionId,
      code: suggestions.code,
      title: suggestions.title,
      leadDeputy: suggestions.leadDeputy,
      coSigners: suggestions.coSigners,
      field: suggestions.field,
      status: suggestions.status,
      round: suggestions.round,
      assignedOn: suggestions.assignedOn,
      internalDueOn: suggestions.internalDueOn,
      statutoryDueOn: suggestions.statutoryDueOn,
      keySince: suggestions.keySince,
      keyLeaderUserId: suggestions.keyLeaderUserId,
      keyNote: suggestions.keyNote,
      mergedIntoId: suggestions.mergedIntoId,
    })
    .from(suggestions)
    .where(and(...visible))
    // 重点督办 first, as every list puts them.
    .orderBy(sql`${suggestions.keySince} is null`, asc(suggestions.code));
  const ids = rows.map((row) => row.id);
  const empty = { contacts: [], opinions: [], replies: [], reviews: [], verdicts: [], commitments: [], assignments: [] };
  const ledger: Ledger = {
    sessionName: session.name,
    // The office's whole ledger carries the session's figures, counted as `/suggest stats` counts
    // them: the current session's suggestions only. A narrowed or a unit's ledger would show
    // partial figures as if they were whole.
    ...(reader.office && unitId === undefined
      ? { figuresOf: rows.filter((row) => row.sessionId === session.id).map((row) => row.id) }
      : {}),
    suggestions: rows.map(({ sessionId: _sessionId, keySince, keyLeaderUserId, keyNote, ...row }) => ({
      ...row,
      key: keySince === null ? null : { leaderUserId: keyLeaderUserId, note: keyNote },
    })),
    ...empty,
  };
  if (ids.length === 0) return ledger;
  // One array parameter, not a parameter a row: a session holds thousands.
  const among = (column: AnyColumn, these: number[]) => sql`${column} = any(${sql.param(these)}::int[])`;

  const assignmentRows = await db
    .select({ assignment: assignments, unitName: units.name })
    .from(assignments)
    .innerJoin(units, eq(units.id, assignments.unitId))
    .where(among(assignments.suggestionId, ids))
    .orderBy(asc(assignments.suggestionId), sql`${assignments.role} desc`, asc(assignments.id));
  const nodes = await readRows<{
    assignmentId: number;
    kind: MilestoneKind;
    round: number;
    plannedOn: CalendarDate;
    doneAt: string | null;
    doneBy: string | null;
  }>(
    db,
    sql`select m.assignment_id as "assignmentId", m.kind, m.round, m.planned_on::text as "plannedOn", m.done_at as "doneAt", m.done_by as "doneBy"
        from milestones m join ${assignments} on ${assignments.id} = m.assignment_id
        where ${among(assignments.suggestionId, ids)}
        order by m.assignment_id, m.round, m.planned_on, m.id`,
  );
  const nodesOf = new Map<number, Ledger['assignments'][number]['nodes']>();
  for (const node of nodes) {
    const list = nodesOf.get(node.assignmentId) ?? [];
    list.push({
      kind: node.kind,
      round: node.round,
      plannedOn: node.plannedOn,
      doneAt: node.doneAt === null ? null : new Date(node.doneAt),
      doneBy: node.doneBy,
    });
    nodesOf.set(node.assignmentId, list);
  }
  ledger.assignments = assignmentRows.map(({ assignment, unitName }) => ({
    suggestionId: assignment.suggestionId,
    unitName,
    role: assignment.role,
    status: assignment.status,
    handlerUserId: assignment.handlerUserId,
    division: assignment.division,
    responsibleLeaderUserId: assignment.responsibleLeaderUserId,
    startedOn: assignment.startedOn,
    acceptedAt: assignment.acceptedAt,
    nodes: nodesOf.get(assignment.id) ?? [],
  }));

  const byUnit = { suggestionId: assignments.suggestionId, unitName: units.name };
  ledger.contacts = (
    await db
      .select({ ...byUnit, contact: contacts })
      .from(contacts)
      .innerJoin(assignments, eq(assignments.id, contacts.assignmentId))
      .innerJoin(units, eq(units.id, assignments.unitId))
      .where(among(assignments.suggestionId, ids))
      .orderBy(asc(assignments.suggestionId), asc(contacts.contactedOn), asc(contacts.id))
  ).map(({ suggestionId, unitName, contact }) => ({
    suggestionId,
    unitName,
    stage: contact.stage,
    mode: contact.mode,
    contactedOn: contact.contactedOn,
    note: contact.note,
    loggedBy: contact.loggedBy,
  }));
  ledger.opinions = (
    await db
      .select({ ...byUnit, opinion: coOpinions })
      .from(coOpinions)
      .innerJoin(assignments, eq(assignments.id, coOpinions.assignmentId))
      .innerJoin(units, eq(units.id, assignments.unitId))
      .where(among(assignments.suggestionId, ids))
      .orderBy(asc(assignments.suggestionId), asc(coOpinions.createdAt), asc(coOpinions.id))
  ).map(({ suggestionId, unitName, opinion }) => ({
    suggestionId,
    unitName,
    round: opinion.round,
    body: opinion.body,
    submittedBy: opinion.submittedBy,
    createdAt: opinion.createdAt,
  }));
  const replyRows = await db
    .select()
    .from(replies)
    .where(among(replies.suggestionId, ids))
    .orderBy(asc(replies.suggestionId), asc(replies.round));
  const publishBy = await publishByOfReplies(db, rows, replyRows);
  // A reply's row as the ledger shows it: the version and the row's own times are the bot's business.
  ledger.replies = replyRows.map(({ version: _version, createdAt: _createdAt, publishedBy: _publishedBy, ...reply }) => ({
    ...reply,
    publishBy: publishBy(reply.id),
  }));
  const replyIds = replyRows.map((reply) => reply.id);
  if (replyIds.length > 0) {
    ledger.reviews = (
      await db.select().from(reviews).where(among(reviews.replyId, replyIds)).orderBy(asc(reviews.replyId), asc(reviews.id))
    ).map(({ replyId, level, decision, comment, reviewerUserId, createdAt }) => ({
      replyId,
      level,
      decision,
      comment,
      reviewerUserId,
      createdAt,
    }));
    ledger.commitments = (
      await db
        .select()
        .from(commitments)
        .where(among(commitments.replyId, replyIds))
        .orderBy(asc(commitments.replyId), asc(commitments.seq))
    ).map(({ replyId, seq, description, dueOn, writtenOffAt, writtenOffBy, carriedToFollowup }) => ({
      replyId,
      seq,
      description,
      dueOn,
      writtenOffAt,
      writtenOffBy,
      carriedToFollowup,
    }));
  }
  ledger.verdicts = (
    await db
      .select()
      .from(evaluations)
      .where(among(evaluations.suggestionId, ids))
      .orderBy(asc(evaluations.suggestionId), asc(evaluations.round))
  ).map(({ suggestionId, round, verdict, communication, attitude, result, note, recordedBy, createdAt }) => ({
    suggestionId,
    round,
    verdict,
    aspects: { communication, attitude, result },
    note,
    recordedBy,
    createdAt,
  }));
  return ledger;
}

/**
 * 公开期限: each sent may-publish reply's publish-by date, by the rule of the session its suggestion
 * belongs to (an earlier session's suggestion still open keeps the rule it was handled under).
 */
async function publishByOfReplies(
  db: Database,
  suggestionRows: ReadonlyArray<{ id: number; sessionId: number }>,
  replyRows: ReadonlyArray<{ id: number; suggestionId: number; mayPublish: boolean; sentOn: CalendarDate | null }>,
): Promise<(replyId: number) => CalendarDate | null> {
  const published = replyRows.filter((reply) => reply.mayPublish && reply.sentOn !== null);
  if (published.length === 0) return () => null;
  const sessionOf = new Map(suggestionRows.map((row) => [row.id, row.sessionId]));
  const [calendar, settingRows] = await Promise.all([
    loadWorkingCalendar(db),
    db
      .select({ id: sessions.id, settings: sessions.settings })
      .from(sessions)
      .where(inArray(sessions.id, [...new Set(sessionOf.values())])),
  ]);
  const settingsOf = new Map(settingRows.map((row) => [row.id, readSessionSettings(row.settings)]));
  const dates = new Map<number, CalendarDate>();
  // Thousands of replies were sent on a few dozen days: each session's day is counted once.
  const counted = new Map<string, CalendarDate>();
  for (const reply of published) {
    const sessionId = sessionOf.get(reply.suggestionId)!;
    const settings = settingsOf.get(sessionId);
    if (!settings) continue;
    const key = `${sessionId}:${reply.sentOn}`;
    let publishBy = counted.get(key);
    if (publishBy === undefined) counted.set(key, (publishBy = publishByOf(reply.sentOn!, settings, calendar)));
    dates.set(reply.id, publishBy);
  }
  return (replyId) => dates.get(replyId) ?? null;
}
