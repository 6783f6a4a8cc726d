import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { readRows } from '../../db/read-rows.js';
import { type assignments, members, suggestions } from '../../db/schema.js';
import { type CalendarDate, dateInZone } from '../../domain/calendar-date.js';
import type { Deadlines } from '../../domain/deadlines.js';
import { type LikelyDuplicate, likelyDuplicates } from '../../domain/likely-duplicates.js';
import { canAssign } from '../../domain/permissions.js';
import { type PlannedMilestone, planMilestones, stepsSharingDays } from '../../domain/schedule.js';
import { byCodePoint } from '../../domain/text-order.js';
import { currentSession } from '../sessions/current-session.js';
import { loadWorkingCalendar } from '../sessions/load-working-calendar.js';
import { enqueueNotices, type OutgoingNotice } from '../shared/enqueue-notices.js';
import { isUniqueViolation } from '../shared/is-unique-violation.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import { type AuditEntry, recordAudit } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';
import { ServiceError, type ServiceProblem } from '../shared/service-error.js';
import { deadlinesOfAssignment, unitsOfAssignment } from '../suggestions/assign-suggestion.js';
import { assignedNoticesOf } from '../suggestions/assigned-notices.js';
import { inListedSessions } from '../suggestions/find-suggestion.js';
import { readOpenTitles } from '../suggestions/read-open-titles.js';
import { loadUnits, type UnitRow } from '../units/match-unit.js';
import type { ImportRow, ReadImportTable } from './read-import-table.js';

export interface ImportOutcome {
  /** Rows that were (or, in a preview, would be) assigned. */
  assigned: number;
  /** Rows the ledger refuses, each with its line and the same refusal /suggest assign gives. */
  refused: Array<{ line: number; code: string; problem: ServiceProblem }>;
  /** Whether the rows were written: only on confirmation, and only when none was refused. */
  written: boolean;
  /** What each unit is given by the rows that can be assigned, most first: the numbers an office checks before it confirms. */
  units: Array<{ name: string; lead: number; co: number }>;
  /**
   * In a preview of rows that can all be assigned: the rows whose titles are like another row's
   * or an open suggestion's of the session, a group each. Information for the office (which may
   * handle them together, 并案), never a refusal.
   */
  likelyDuplicates: LikelyDuplicate[];
  /** In a preview of rows that can all be assigned: the codes whose steps share a day, their time too short to part them. */
  sharedDays: string[];
}

/** An assignment as the import wrote it: what its notices and audit need. */
type Assigned = Pick<typeof assignments.$inferSelect, 'id' | 'suggestionId' | 'unitId' | 'role' | 'status' | 'handlerUserId' | 'startedOn'>;

interface Planned {
  row: ImportRow;
  lead: UnitRow;
  co: UnitRow[];
  deadlines: Deadlines;
}

/** Rows a statement writes: far below PostgreSQL's 65,535 parameters, and a JSON parameter of a few hundred kB. */
const batch = 2000;
const inBatches = async <T>(items: readonly T[], write: (part: T[]) => Promise<unknown>) => {
  for (let start = 0; start < items.length; start += batch) await write(items.slice(start, start + batch));
};

/**
 * 导入: the rows of a 交办清单, each checked by the rules /suggest assign applies (the same
 * functions: units, code, deadlines) against one read of what does not change within an import;
 * a preview stops there and says what would happen. A confirmed import writes every row, as
 * assign writes one (its plan, the messages through the outbox, its audit event), in a few
 * statements and one transaction; or, if any row is refused or unreadable, none.
 */
export async function importSuggestions(
  ctx: ServiceContext,
  table: ReadImportTable,
  options: { confirm: boolean },
): Promise<ImportOutcome> {
  const { rows } = table;
  let outcome: ImportOutcome;
  try {
    // A row the table itself could not read counts as refused: all or none.
    outcome = await checkAndWrite(ctx, rows, { confirm: options.confirm && table.problems.length === 0 });
  } catch (error) {
    // Someone assigned one of these codes between the check and the write: nothing was written,
    // and checking again names the rows now taken.
    if (!isUniqueViolation(error, 'suggestions_session_code_unique')) throw error;
    outcome = await checkAndWrite(ctx, rows, { confirm: false });
  }
  // The tables an import fills grow by orders at once: the planner's statistics follow now, not
  // at autovacuum's next pass (the embedded database has none), or every query after the import
  // plans for tables that look empty (measured: the demo's quarter 7 % slower).
  // Only statistics: the import is committed either way, and must not be reported as failed.
  if (outcome.written) await ctx.db.execute(sql`analyze suggestions, assignments, milestones, outbox`).catch(() => undefined);
  return outcome;
}

function checkAndWrite(ctx: ServiceContext, rows: readonly ImportRow[], options: { confirm: boolean }): Promise<ImportOutcome> {
  return ctx.db.transaction(async (tx) => {
    const permission = canAssign(await loadActorRoles(tx, ctx));
    if (!permission.allowed) {
      const first = rows[0];
      return {
        assigned: 0,
        refused: [{ line: first?.line ?? 1, code: first?.code ?? '', problem: { code: 'forbidden', needs: permission.needs } }],
        written: false,
        units: [],
        likelyDuplicates: [],
        sharedDays: [],
      };
    }
    const session = await currentSession(tx, ctx.now, ctx.timezone);
    const allUnits = await loadUnits(tx);
    const taken = new Set(
      (
        await tx
          .select({ code: suggestions.code })
          .from(suggestions)
          .where(and(inListedSessions(suggestions), sql`${suggestions.code} = any(${sql.param(rows.map((row) => row.code))}::text[])`))
      ).map((row) => row.code),
    );
    const assignedOn = dateInZone(ctx.now, ctx.timezone);
    const calendar = await loadWorkingCalendar(tx);
    const leadPlans = new Map<CalendarDate, PlannedMilestone[]>();
    const leadPlanOf = (internalDueOn: CalendarDate) => {
      let plan = leadPlans.get(internalDueOn);
      if (!plan)
        leadPlans.set(
          internalDueOn,
          (plan = planMilestones({ role: 'lead', startedOn: assignedOn, internalDueOn }, session.settings, calendar)),
        );
      return plan;
    };
    const planned: Planned[] = [];
    const refused: ImportOutcome['refused'] = [];
    for (const row of rows) {
      try {
        const { lead, co } = unitsOfAssignment(allUnits, { lead: { text: row.lead }, co: row.co.map((text) => ({ text })) });
        if (taken.has(row.code)) throw new ServiceError({ code: 'duplicate_code', given: row.code });
        planned.push({ row, lead, co, deadlines: deadlinesOfAssignment(assignedOn, session.settings, calendar, row.dueOn ?? undefined) });
      } catch (error) {
        if (!(error instanceof ServiceError)) throw error;
        refused.push({ line: row.line, code: row.code, problem: error.problem });
      }
    }
    const units = unitsGiven(planned);
    if (refused.length > 0) return { assigned: planned.length, refused, written: false, units, likelyDuplicates: [], sharedDays: [] };
    if (!options.confirm) {
      const rowTitles = planned.map(({ row }) => ({ code: row.code, title: row.title }));
      const duplicates = likelyDuplicates(rowTitles, await readOpenTitles(tx, session.id));
      const sharing = planned.filter(({ deadlines }) => stepsSharingDays(leadPlanOf(deadlines.internalDueOn)).length > 0);
      return {
        assigned: planned.length,
        refused,
        written: false,
        units,
        likelyDuplicates: duplicates,
        sharedDays: sharing.map(({ row }) => row.code),
      };
    }
    // Written in code order: two imports sharing codes meet at the unique index one after the
    // other, never each holding a code the other waits for (a deadlock).
    planned.sort((a, b) => byCodePoint(a.row.code, b.row.code));
    await writeImport(tx, ctx, session.id, planned, assignedOn, calendar, session.settings, allUnits);
    return { assigned: planned.length, refused, written: true, units, likelyDuplicates: [], sharedDays: [] };
  });
}

function unitsGiven(planned: readonly Planned[]): ImportOutcome['units'] {
  const given = new Map<string, { name: string; lead: number; co: number }>();
  const of = (name: string) => given.get(name) ?? given.set(name, { name, lead: 0, co: 0 }).get(name)!;
  for (const { lead, co } of planned) {
    of(lead.name).lead += 1;
    for (const unit of co) of(unit.name).co += 1;
  }
  return [...given.values()].sort((a, b) => b.lead + b.co - (a.lead + a.co) || byCodePoint(a.name, b.name));
}

async function writeImport(
  tx: Database,
  ctx: ServiceContext,
  sessionId: number,
  planned: readonly Planned[],
  assignedOn: string,
  calendar: Awaited<ReturnType<typeof loadWorkingCalendar>>,
  settings: Parameters<typeof planMilestones>[1],
  allUnits: readonly UnitRow[],
): Promise<void> {
  const inserted: Array<typeof suggestions.$inferSelect> = [];
  await inBatches(planned, async (part) => {
    inserted.push(
      ...(await tx
        .insert(suggestions)
        .values(
          part.map(({ row, deadlines }) => ({
            sessionId,
            code: row.code,
            title: row.title,
            leadDeputy: row.leadDeputy,
            coSigners: row.coSigners,
            field: row.field,
            assignedOn,
            ...deadlines,
            createdBy: ctx.actor,
            imported: true,
            createdAt: ctx.now,
          })),
        )
        .returning()),
    );
  });
  const suggestionOf = new Map(inserted.map((row) => [row.code, row]));

  const given = planned.flatMap(({ row, lead, co }) =>
    [lead, ...co].map((unit) => ({
      suggestion_id: suggestionOf.get(row.code)!.id,
      unit_id: unit.id,
      role: unit === lead ? 'lead' : 'co',
      handler_user_id: unit === lead && row.handler && 'userId' in row.handler ? row.handler.userId : null,
    })),
  );
  // Thousands of rows, each statement one JSON parameter: building a statement of as many
  // parameters cost more than PostgreSQL's work (measured: 2.5 s of 5,000 rows' import). Passed
  // as text: a string bound to a json parameter is taken for one JSON string.
  const created: Assigned[] = [];
  await inBatches(given, async (part) => {
    created.push(
      ...(await readRows<Assigned>(
        tx,
        sql`insert into assignments (suggestion_id, unit_id, role, handler_user_id, started_on, created_at)
            select x.suggestion_id, x.unit_id, x.role, x.handler_user_id, ${assignedOn}::date, ${ctx.now.toISOString()}::timestamptz
            from json_to_recordset(${JSON.stringify(part)}::text::json) as x(suggestion_id int, unit_id int, role text, handler_user_id text)
            returning id, suggestion_id as "suggestionId", unit_id as "unitId", role, status, handler_user_id as "handlerUserId", started_on::text as "startedOn"`,
      )),
    );
  });

  // Every row starts today, so a plan depends only on the role and the internal deadline: a
  // handful of plans for thousands of assignments (planning each anew took half the import).
  const plans = new Map<string, PlannedMilestone[]>();
  const planOf = (role: 'lead' | 'co', internalDueOn: string) => {
    const key = `${role}:${internalDueOn}`;
    let plan = plans.get(key);
    if (!plan) plans.set(key, (plan = planMilestones({ role, startedOn: assignedOn, internalDueOn }, settings, calendar)));
    return plan;
  };
  const internalDueOf = new Map(inserted.map((row) => [row.id, row.internalDueOn]));
  const nodesOf = new Map(
    created.map((assignment) => [assignment.id, planOf(assignment.role, internalDueOf.get(assignment.suggestionId)!)]),
  );
  const nodeRows = created.flatMap((assignment) =>
    nodesOf.get(assignment.id)!.map((node) => ({ assignment_id: assignment.id, kind: node.kind, planned_on: node.plannedOn })),
  );
  await inBatches(nodeRows, (part) =>
    tx.execute(
      sql`insert into milestones (assignment_id, kind, planned_on, created_at)
          select x.assignment_id, x.kind, x.planned_on::date, ${ctx.now.toISOString()}::timestamptz
          from json_to_recordset(${JSON.stringify(part)}::text::json) as x(assignment_id int, kind text, planned_on text)`,
    ),
  );

  const audit: AuditEntry[] = [];

  const liaisons = await tx
    .select({ unitId: members.unitId, userId: members.userId })
    .from(members)
    .where(eq(members.role, 'liaison'))
    .orderBy(members.userId);
  const unitById = new Map(allUnits.map((unit) => [unit.id, unit]));
  const createdOf = new Map<number, Assigned[]>();
  for (const assignment of created) {
    const its = createdOf.get(assignment.suggestionId) ?? [];
    its.push(assignment);
    createdOf.set(assignment.suggestionId, its);
  }
  const notices: OutgoingNotice[] = [];
  for (const suggestion of inserted) {
    const its = createdOf.get(suggestion.id) ?? [];
    const live = its.map((a) => ({
      unitId: a.unitId,
      name: unitById.get(a.unitId)!.name,
      channelId: unitById.get(a.unitId)!.channelId,
      role: a.role,
    }));
    notices.push(
      ...assignedNoticesOf(
        suggestion,
        its.map((assignment) => ({ assignment, nodes: nodesOf.get(assignment.id)! })),
        live,
        liaisons,
        ctx.actor,
      ),
    );
    audit.push({
      action: 'suggestion.assign',
      entity: 'suggestion',
      entityId: suggestion.id,
      after: { suggestion, assignments: its.map((a) => ({ id: a.id, unitId: a.unitId, role: a.role, handlerUserId: a.handlerUserId })) },
    });
  }
  await enqueueNotices(tx, ctx.now, notices);
  await inBatches(audit, (part) => recordAudit(tx, ctx, part));
}
