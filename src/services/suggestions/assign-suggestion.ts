import { and, eq } from 'drizzle-orm';
import { assignments, milestones, suggestions } from '../../db/schema.js';
import type { WorkingCalendar } from '../../domain/calendar.js';
import { type CalendarDate, dateInZone } from '../../domain/calendar-date.js';
import { type Deadlines, planDeadlines } from '../../domain/deadlines.js';
import { canAssign } from '../../domain/permissions.js';
import { planMilestones, type SharedDay, stepsSharingDays } from '../../domain/schedule.js';
import type { SessionSettings } from '../../domain/settings.js';
import { titleIndex } from '../../domain/title-index.js';
import { titleTopic } from '../../domain/title-similarity.js';
import type { UnitRef } from '../../domain/unit-ref.js';
import { currentSession } from '../sessions/current-session.js';
import { loadWorkingCalendar } from '../sessions/load-working-calendar.js';
import { enqueueNotices } from '../shared/enqueue-notices.js';
import { isUniqueViolation } from '../shared/is-unique-violation.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import { recordAudit } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { loadUnits, matchUnit, type UnitRow } from '../units/match-unit.js';
import { assignedNotices } from './assigned-notices.js';
import { inListedSessions } from './find-suggestion.js';
import { readOpenTitles } from './read-open-titles.js';

export interface AssignSuggestionInput {
  code: string;
  title?: string | undefined;
  leadDeputy?: string | undefined;
  /** 附议代表 and 领域, as a 交办清单 gives them. */
  coSigners?: string[] | undefined;
  field?: string | undefined;
  lead: UnitRef;
  co: UnitRef[];
  handlerUserId?: string | undefined;
  dueOn?: CalendarDate | undefined;
}

export interface AssignSuggestionResult {
  suggestionId: number;
  code: string;
  sessionName: string;
  leadUnit: string;
  coUnits: string[];
  acceptBy: CalendarDate;
  statutoryDueOn: CalendarDate;
  internalDueOn: CalendarDate;
  notified: number;
  /** Open suggestions of the session whose titles are like this one's, most alike first: likely the same ask, for 并案. */
  similar: Array<{ code: string; title: string }>;
  /** The lead unit's steps that share a day, its window too short to part them (none in a usual one). */
  sharedDays: SharedDay[];
}

/** Likely duplicates an answer names: enough to recognise them, few enough to read. */
const similarNamed = 3;

/** 交办: one suggestion to a lead unit and co-handling units, its nodes planned, everyone told. */
export async function assignSuggestion(ctx: ServiceContext, input: AssignSuggestionInput): Promise<AssignSuggestionResult> {
  try {
    return await ctx.db.transaction((tx) => assignInTransaction({ ...ctx, db: tx }, input));
  } catch (error) {
    if (isUniqueViolation(error, 'suggestions_session_code_unique')) refuse({ code: 'duplicate_code', given: input.code });
    throw error;
  }
}

/** The same inside the caller's transaction (an import assigns many at once, all or none). */
async function assignInTransaction(ctx: ServiceContext, input: AssignSuggestionInput): Promise<AssignSuggestionResult> {
  const tx = ctx.db;
  const permission = canAssign(await loadActorRoles(tx, ctx));
  if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });

  const session = await currentSession(tx, ctx.now, ctx.timezone);
  const { lead, co } = unitsOfAssignment(await loadUnits(tx), input);

  const taken = await tx
    .select({ id: suggestions.id })
    .from(suggestions)
    // Taken in this session, or by a suggestion of an earlier one still in handling, which the
    // code must go on reaching.
    .where(and(inListedSessions(suggestions), eq(suggestions.code, input.code)));
  if (taken.length > 0) refuse({ code: 'duplicate_code', given: input.code });
  // Read before the new one is written, which would be like itself; a title without a topic is like nothing.
  const open = titleTopic(input.title ?? '') === '' ? [] : await readOpenTitles(tx, session.id);
  const similar = titleIndex(open.map((item) => item.title))
    .similarTo(input.title ?? '')
    .slice(0, similarNamed)
    .map((found) => open[found.index]!);

  const assignedOn = dateInZone(ctx.now, ctx.timezone);
  const calendar = await loadWorkingCalendar(tx);
  const deadlines = deadlinesOfAssignment(assignedOn, session.settings, calendar, input.dueOn);

  const [suggestion] = await tx
    .insert(suggestions)
    .values({
      sessionId: session.id,
      code: input.code,
      title: input.title ?? '',
      leadDeputy: input.leadDeputy ?? '',
      coSigners: input.coSigners ?? [],
      field: input.field ?? '',
      assignedOn,
      ...deadlines,
      createdBy: ctx.actor,
      createdAt: ctx.now,
    })
    .returning();
  if (!suggestion) throw new Error('suggestion insert returned nothing');

  const units = [lead, ...co];
  const created = await tx
    .insert(assignments)
    .values(
      units.map((unit) => ({
        suggestionId: suggestion.id,
        unitId: unit.id,
        role: unit === lead ? ('lead' as const) : ('co' as const),
        handlerUserId: unit === lead ? (input.handlerUserId ?? null) : null,
        startedOn: assignedOn,
        createdAt: ctx.now,
      })),
    )
    .returning();

  const plans = created.map((assignment) => ({
    assignment,
    nodes: planMilestones(
      { role: assignment.role, startedOn: assignedOn, internalDueOn: deadlines.internalDueOn },
      session.settings,
      calendar,
    ),
  }));
  await tx
    .insert(milestones)
    .values(
      plans.flatMap(({ assignment, nodes }) =>
        nodes.map((node) => ({ assignmentId: assignment.id, kind: node.kind, plannedOn: node.plannedOn, createdAt: ctx.now })),
      ),
    );

  const acceptBy = plans[0]?.nodes.find((node) => node.kind === 'accept')?.plannedOn ?? assignedOn;
  const outgoing = await assignedNotices(tx, suggestion, plans, ctx.actor);
  await enqueueNotices(tx, ctx.now, outgoing);

  await recordAudit(tx, ctx, [
    {
      action: 'suggestion.assign',
      entity: 'suggestion',
      entityId: suggestion.id,
      after: {
        suggestion,
        assignments: created.map((a) => ({ id: a.id, unitId: a.unitId, role: a.role, handlerUserId: a.handlerUserId })),
      },
    },
  ]);

  return {
    suggestionId: suggestion.id,
    code: suggestion.code,
    sessionName: session.name,
    leadUnit: lead.name,
    coUnits: co.map((u) => u.name),
    acceptBy,
    statutoryDueOn: deadlines.statutoryDueOn,
    internalDueOn: deadlines.internalDueOn,
    notified: outgoing.length,
    similar,
    // The lead's plan holds every step a co-handling unit's has, on the same days.
    sharedDays: stepsSharingDays(plans.find((plan) => plan.assignment.role === 'lead')?.nodes ?? []),
  };
}

/** The lead unit and the co-handling units (each once) an assignment names; refused when unknown, or the lead also co. */
export function unitsOfAssignment(
  allUnits: readonly UnitRow[],
  input: Pick<AssignSuggestionInput, 'lead' | 'co'>,
): { lead: UnitRow; co: UnitRow[] } {
  const lead = matchUnit(allUnits, input.lead);
  const co = [...new Map(input.co.map((ref) => matchUnit(allUnits, ref)).map((u) => [u.id, u])).values()];
  if (co.some((unit) => unit.id === lead.id)) refuse({ code: 'lead_also_co', unitName: lead.name });
  return { lead, co };
}

/** The deadlines of a suggestion assigned today, with the due date given or by the session's rule; refused outside its bounds. */
export function deadlinesOfAssignment(
  assignedOn: CalendarDate,
  settings: SessionSettings,
  calendar: WorkingCalendar,
  dueOn: CalendarDate | undefined,
): Deadlines {
  const deadlines = planDeadlines(assignedOn, settings, calendar, dueOn);
  if (!('problem' in deadlines)) return deadlines;
  if (deadlines.problem === 'due_not_after_assignment')
    refuse({ code: 'due_not_after_assignment', given: dueOn ?? '', months: settings.statutoryMonths });
  return refuse({ code: 'due_beyond_limit', given: dueOn ?? '', months: settings.maxExtensionMonths });
}
