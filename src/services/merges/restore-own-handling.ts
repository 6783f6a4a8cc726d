import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { assignments, sessions, suggestions } from '../../db/schema.js';
import { dateInZone } from '../../domain/calendar-date.js';
import { readSessionSettings } from '../../domain/settings.js';
import { liveAssignmentStatuses } from '../../domain/vocabulary.js';
import { loadWorkingCalendar } from '../sessions/load-working-calendar.js';
import type { OutgoingNotice } from '../shared/enqueue-notices.js';
import type { AuditEntry } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';
import { assignedNotices } from '../suggestions/assigned-notices.js';
import type { SuggestionRow } from '../suggestions/find-suggestion.js';
import { planGivenSteps } from '../suggestions/plan-given-steps.js';

/**
 * A merged suggestion handled on its own again (the merge undone, or its deputy's 不满意 on the
 * shared reply): it leaves its main one, and each unit whose assignment the merge ended is given
 * it anew, with its steps planned from today against the suggestion's own deadlines, and told as
 * of any assignment. Reopening (不满意), the units carry on what they had accepted, and the next
 * round's steps are the caller's to plan. Inside the caller's transaction; the suggestion locked.
 */
export async function restoreOwnHandling(
  tx: Database,
  ctx: ServiceContext,
  suggestion: SuggestionRow,
  options: { reopening?: boolean } = {},
): Promise<{ audit: AuditEntry[]; notices: OutgoingNotice[] }> {
  const ended = await tx
    .select()
    .from(assignments)
    .where(and(eq(assignments.suggestionId, suggestion.id), eq(assignments.status, 'merged')))
    .orderBy(assignments.id);
  const live = await tx
    .select({ unitId: assignments.unitId })
    .from(assignments)
    .where(and(eq(assignments.suggestionId, suggestion.id), inArray(assignments.status, [...liveAssignmentStatuses])));
  // The latest of each unit the merge ended, and none the suggestion still has (a merge undone twice).
  const byUnit = new Map(ended.filter((a) => !live.some((l) => l.unitId === a.unitId)).map((a) => [a.unitId, a]));
  const [session] = await tx.select({ settings: sessions.settings }).from(sessions).where(eq(sessions.id, suggestion.sessionId));
  const settings = readSessionSettings(session?.settings);
  const calendar = await loadWorkingCalendar(tx);
  const startedOn = dateInZone(ctx.now, ctx.timezone);

  await tx.update(suggestions).set({ mergedIntoId: null, mergedAt: null, mergedBy: null }).where(eq(suggestions.id, suggestion.id));
  const audit: AuditEntry[] = [
    { action: 'suggestion.merge_undo', entity: 'suggestion', entityId: suggestion.id, before: { mergedIntoId: suggestion.mergedIntoId } },
  ];
  // The lead first: one live lead at a time, checked at commit.
  const restored = [...byUnit.values()].sort((a, b) => (a.role === b.role ? a.id - b.id : a.role === 'lead' ? -1 : 1));
  const given = [];
  for (const old of restored) {
    const [created] = await tx
      .insert(assignments)
      .values({
        suggestionId: suggestion.id,
        unitId: old.unitId,
        role: old.role,
        handlerUserId: old.handlerUserId,
        responsibleLeaderUserId: old.responsibleLeaderUserId,
        division: old.division,
        startedOn,
        ...(options.reopening ? { status: 'accepted' as const, acceptedAt: ctx.now, acceptedBy: ctx.actor } : {}),
        createdAt: ctx.now,
      })
      .returning();
    if (!created) throw new Error('the restored assignment was not stored');
    audit.push({
      action: 'assignment.create',
      entity: 'assignment',
      entityId: created.id,
      after: { assignment: created, restoredFrom: old.id },
    });
    if (options.reopening) continue;
    const nodes = await planGivenSteps(tx, ctx.now, suggestion, created, settings, calendar);
    audit.push({ action: 'milestone.plan', entity: 'assignment', entityId: created.id, after: { nodes } });
    given.push({ assignment: created, nodes });
  }
  return {
    audit,
    notices: await assignedNotices(tx, { ...suggestion, mergedIntoId: null, mergedAt: null, mergedBy: null }, given, ctx.actor),
  };
}
