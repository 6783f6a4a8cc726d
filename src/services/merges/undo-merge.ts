import { eq } from 'drizzle-orm';
import { suggestions } from '../../db/schema.js';
import { canAssign } from '../../domain/permissions.js';
import { isAnswering } from '../../domain/vocabulary.js';
import { enqueueNotices } from '../shared/enqueue-notices.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import { recordAudit } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { findSuggestion } from '../suggestions/find-suggestion.js';
import { restoreOwnHandling } from './restore-own-handling.js';

/**
 * `merge undo <code>`: before the main one's reply is sent, the merged suggestion is handled on
 * its own again, its units given it anew with fresh steps (restoreOwnHandling). After the reply,
 * it stands answered with the main one. The office's only.
 */
export async function undoMerge(ctx: ServiceContext, input: { code: string }): Promise<{ code: string; mainCode: string }> {
  return ctx.db.transaction(async (tx) => {
    const permission = canAssign(await loadActorRoles(tx, ctx));
    if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
    const found = await findSuggestion(tx, input.code, ctx.actor);
    const [merged] = await tx.select().from(suggestions).where(eq(suggestions.id, found.id)).for('update');
    if (!merged?.mergedIntoId) return refuse({ code: 'not_merged', suggestionCode: found.code });
    const [main] = await tx.select().from(suggestions).where(eq(suggestions.id, merged.mergedIntoId));
    const mainCode = main?.code ?? '';
    if (!main || !isAnswering(main.status) || !isAnswering(merged.status))
      refuse({ code: 'merge_reply_sent', suggestionCode: merged.code, mainCode });
    const { audit, notices } = await restoreOwnHandling(tx, ctx, merged);
    await recordAudit(tx, ctx, audit);
    await enqueueNotices(tx, ctx.now, notices);
    return { code: merged.code, mainCode };
  });
}
