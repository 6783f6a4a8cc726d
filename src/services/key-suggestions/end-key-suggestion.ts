import { eq } from 'drizzle-orm';
import { suggestions } from '../../db/schema.js';
import { canAssign } from '../../domain/permissions.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import { recordAudit } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { findSuggestion } from '../suggestions/find-suggestion.js';

/**
 * `key off`: the suggestion is handled as any other again; its leader no longer hears of its
 * lateness before the unit's own leader would. The office's only.
 */
export async function endKeySuggestion(
  ctx: ServiceContext,
  input: { code: string },
): Promise<{ code: string; leaderUserId: string | null }> {
  return ctx.db.transaction(async (tx) => {
    const permission = canAssign(await loadActorRoles(tx, ctx));
    if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
    const found = await findSuggestion(tx, input.code, ctx.actor);
    const [before] = await tx.select().from(suggestions).where(eq(suggestions.id, found.id)).for('update');
    if (!before?.keySince) return refuse({ code: 'not_key', suggestionCode: found.code });
    await tx
      .update(suggestions)
      .set({ keySince: null, keyMarkedBy: null, keyLeaderUserId: null, keyNote: '' })
      .where(eq(suggestions.id, before.id));
    await recordAudit(tx, ctx, [
      {
        action: 'suggestion.key_off',
        entity: 'suggestion',
        entityId: before.id,
        before: { keySince: before.keySince, keyLeaderUserId: before.keyLeaderUserId, keyNote: before.keyNote },
      },
    ]);
    return { code: before.code, leaderUserId: before.keyLeaderUserId };
  });
}
