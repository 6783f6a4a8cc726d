import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { assignments, replies, suggestions } from '../../db/schema.js';
import { canAssign } from '../../domain/permissions.js';
import { answeringStatuses, liveAssignmentStatuses } from '../../domain/vocabulary.js';
import { readPeopleOf } from '../reports/read-open-nodes.js';
import { cancelPendingRequests } from '../requests/cancel-pending-requests.js';
import { enqueueNotices } from '../shared/enqueue-notices.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import { type AuditEntry, recordAudit } from '../shared/record-audit.js';
import { requireStep } from '../shared/require-step.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { findSuggestion } from '../suggestions/find-suggestion.js';
import { readLeadUnit } from '../suggestions/read-lead-unit.js';

export interface Merged {
  code: string;
  mainCode: string;
  unitName: string;
  /** Undecided extension or transfer requests of the merged suggestion, withdrawn with their requesters told. */
  cancelledRequests: number;
}

/**
 * 并案 (`/suggest merge <code> into <main>`): several deputies proposed the same thing, and one
 * unit answers them once. The merged suggestion's own assignments end (its steps are no longer
 * reminded or counted: the main one's are its steps), its undecided requests are withdrawn, and it
 * follows the main one until the reply is sent, which answers it too; it keeps its code, its deputy
 * and its own verdict. Only between suggestions of one lead unit, neither answered, and never a
 * chain (a main that is itself merged, or a merged one others are merged into). The office's only.
 */
export async function mergeSuggestion(ctx: ServiceContext, input: { code: string; into: string }): Promise<Merged> {
  return ctx.db.transaction(async (tx) => {
    const permission = canAssign(await loadActorRoles(tx, ctx));
    if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
    const found = await findSuggestion(tx, input.code, ctx.actor);
    const foundMain = await findSuggestion(tx, input.into, ctx.actor);
    if (found.id === foundMain.id) refuse({ code: 'merge_into_itself', suggestionCode: found.code });
    // Both locked, in id order: two merges naming the same pair never wait on each other.
    const locked = await tx
      .select()
      .from(suggestions)
      .where(inArray(suggestions.id, [found.id, foundMain.id]))
      .orderBy(suggestions.id)
      .for('update');
    const merged = locked.find((row) => row.id === found.id)!;
    const main = locked.find((row) => row.id === foundMain.id)!;

    if (merged.mergedIntoId !== null)
      refuse({ code: 'already_merged', suggestionCode: merged.code, mainCode: await codeOf(tx, merged.mergedIntoId) });
    if (main.mergedIntoId !== null)
      refuse({ code: 'merge_into_merged', mainCode: main.code, itsMainCode: await codeOf(tx, main.mergedIntoId) });
    const intoMerged = await tx.select({ code: suggestions.code }).from(suggestions).where(eq(suggestions.mergedIntoId, merged.id));
    if (intoMerged.length > 0)
      refuse({ code: 'merge_has_merged', suggestionCode: merged.code, mergedCodes: intoMerged.map((row) => row.code).sort() });
    for (const suggestion of [merged, main])
      if (!answeringStatuses.includes(suggestion.status)) refuse({ code: 'merge_answered', suggestionCode: suggestion.code });
    const [drafting] = await tx
      .select({ id: replies.id })
      .from(replies)
      .where(and(eq(replies.suggestionId, merged.id), eq(replies.round, merged.round), ne(replies.status, 'sent')));
    if (drafting) refuse({ code: 'merge_reply_in_progress', suggestionCode: merged.code, mainCode: main.code });

    const [lead, mainLead] = await Promise.all([readLeadUnit(tx, merged.id), readLeadUnit(tx, main.id)]);
    if (!lead || !mainLead || lead.unitId !== mainLead.unitId)
      refuse({
        code: 'merge_different_leads',
        suggestionCode: merged.code,
        unitName: lead?.unitName ?? '',
        mainCode: main.code,
        mainUnitName: mainLead?.unitName ?? '',
      });

    const ended = await tx
      .select()
      .from(assignments)
      .where(and(eq(assignments.suggestionId, merged.id), inArray(assignments.status, [...liveAssignmentStatuses])));
    for (const assignment of ended) requireStep('assignment', assignment.status, 'merge');
    const audit: AuditEntry[] = await cancelPendingRequests(
      tx,
      ctx,
      merged,
      ended.map((a) => a.id),
      'merged',
    );
    const cancelledRequests = audit.length;
    await tx
      .update(assignments)
      .set({ status: 'merged' })
      .where(
        inArray(
          assignments.id,
          ended.map((a) => a.id),
        ),
      );
    await tx
      .update(suggestions)
      .set({ mergedIntoId: main.id, mergedAt: ctx.now, mergedBy: ctx.actor })
      .where(eq(suggestions.id, merged.id));
    audit.push(
      {
        action: 'suggestion.merge',
        entity: 'suggestion',
        entityId: merged.id,
        before: { mergedIntoId: null },
        after: { mergedIntoId: main.id, mainCode: main.code },
      },
      ...ended.map((a) => ({
        action: 'assignment.merge',
        entity: 'assignment',
        entityId: a.id,
        before: { status: a.status },
        after: { status: 'merged' },
      })),
    );
    await recordAudit(tx, ctx, audit);

    // The lead unit hears of it, once a person: its liaisons, and the handlers of both.
    const people = await readPeopleOf(tx, mainLead.unitId);
    const told = new Set([...people.liaisons, ...[mainLead.handlerUserId, lead.handlerUserId].filter((id) => id !== null)]);
    await enqueueNotices(
      tx,
      ctx.now,
      [...told].map((to) => ({
        key: `merged:${merged.id}:${main.id}:${ctx.now.toISOString()}:${to}`,
        channel: to,
        notice: {
          type: 'merged',
          suggestionId: main.id,
          code: main.code,
          title: main.title,
          unitName: mainLead.unitName,
          mergedCode: merged.code,
          mergedTitle: merged.title,
          mergedBy: ctx.actor,
        },
      })),
    );
    return { code: merged.code, mainCode: main.code, unitName: mainLead.unitName, cancelledRequests };
  });
}

async function codeOf(tx: Database, id: number): Promise<string> {
  const [row] = await tx.select({ code: suggestions.code }).from(suggestions).where(eq(suggestions.id, id));
  return row?.code ?? '';
}
