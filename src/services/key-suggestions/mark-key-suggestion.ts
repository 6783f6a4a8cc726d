import { eq } from 'drizzle-orm';
import { sessions, suggestions } from '../../db/schema.js';
import { canAssign } from '../../domain/permissions.js';
import { readSessionSettings } from '../../domain/settings.js';
import { enqueueNotices } from '../shared/enqueue-notices.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import { recordAudit } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { findSuggestion } from '../suggestions/find-suggestion.js';
import { readLeadUnit } from '../suggestions/read-lead-unit.js';

export interface KeySuggestionInput {
  code: string;
  /** The leader who takes it on (领导领办); kept as it was when not given again. */
  leaderUserId?: string;
  /** The leader's instruction (批示) or the office's note; kept as it was when not given again. */
  note?: string;
}

export interface KeySuggestionMarked {
  code: string;
  title: string;
  leaderUserId: string | null;
  note: string;
  /** marked: it became 重点 now; updated: its leader or note changed; unchanged: all as it was. */
  change: 'marked' | 'updated' | 'unchanged';
  /** Whether the leader is told (a new leader, or a new note for them). */
  leaderTold: boolean;
}

/**
 * 重点督办 (`/suggest key`): the office marks a suggestion it watches closely, with the leader who
 * takes it on and the instruction. The leader is told, and from then on hears of its steps
 * overdue from escalateKeyToLeaderAfterWorkingDays; it is marked and put first wherever it is
 * listed. Marking it again changes the leader or the note. The office's only; never a closed one.
 */
export async function markKeySuggestion(ctx: ServiceContext, input: KeySuggestionInput): Promise<KeySuggestionMarked> {
  return ctx.db.transaction(async (tx) => {
    const permission = canAssign(await loadActorRoles(tx, ctx));
    if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
    const found = await findSuggestion(tx, input.code, ctx.actor);
    const [before] = await tx.select().from(suggestions).where(eq(suggestions.id, found.id)).for('update');
    if (!before) return refuse({ code: 'unknown_suggestion', given: input.code, closest: undefined });
    if (before.status === 'closed') refuse({ code: 'key_closed', suggestionCode: before.code });

    const leaderUserId = input.leaderUserId ?? before.keyLeaderUserId;
    const note = input.note ?? before.keyNote;
    const wasKey = before.keySince !== null;
    if (wasKey && leaderUserId === before.keyLeaderUserId && note === before.keyNote) {
      return { code: before.code, title: before.title, leaderUserId, note, change: 'unchanged', leaderTold: false };
    }
    const [after] = await tx
      .update(suggestions)
      .set({ keySince: before.keySince ?? ctx.now, keyMarkedBy: ctx.actor, keyLeaderUserId: leaderUserId, keyNote: note })
      .where(eq(suggestions.id, before.id))
      .returning();
    const keyOf = (row: typeof before) => ({ keySince: row.keySince, keyLeaderUserId: row.keyLeaderUserId, keyNote: row.keyNote });
    await recordAudit(tx, ctx, [
      { action: 'suggestion.key', entity: 'suggestion', entityId: before.id, before: keyOf(before), after: keyOf(after!) },
    ]);

    const leaderTold = leaderUserId !== null && (leaderUserId !== before.keyLeaderUserId || note !== before.keyNote || !wasKey);
    if (leaderTold) {
      const lead = await readLeadUnit(tx, before.id);
      const [session] = await tx.select({ settings: sessions.settings }).from(sessions).where(eq(sessions.id, before.sessionId));
      await enqueueNotices(tx, ctx.now, [
        {
          key: `key-marked:${before.id}:${leaderUserId}:${ctx.now.toISOString()}`,
          channel: leaderUserId,
          notice: {
            type: 'key_marked',
            suggestionId: before.id,
            code: before.code,
            title: before.title,
            unitName: lead?.unitName ?? '',
            note,
            statutoryDueOn: before.statutoryDueOn,
            markedBy: ctx.actor,
            escalateAfterWorkingDays: readSessionSettings(session?.settings).escalateKeyToLeaderAfterWorkingDays,
          },
        },
      ]);
    }
    return { code: before.code, title: before.title, leaderUserId, note, change: wasKey ? 'updated' : 'marked', leaderTold };
  });
}
