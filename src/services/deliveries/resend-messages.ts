import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { outbox } from '../../db/schema.js';
import { canOverseeDeliveries } from '../../domain/permissions.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import { recordAudit } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { undeliveredWhere } from './undelivered-where.js';

/** Messages 全部重发 gives back at once: within what an answer to a click may take. */
const resentAtOnce = 500;

/**
 * 重发: dead messages (one, or all that `/suggest outbox` lists as dead, at most resentAtOnce) given back to the outbox, to be tried again from now
 * under their own keys, so that none is sent twice: one Slack may have posted after all is looked
 * for in its channel first, as any uncertain try is. Refused to anyone but the office.
 */
export async function resendMessages(ctx: ServiceContext, input: { id: number } | { all: true }): Promise<{ resent: number }> {
  const permission = canOverseeDeliveries(await loadActorRoles(ctx.db, ctx));
  if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
  return ctx.db.transaction(async (tx) => {
    const chosen = tx
      .select({ id: outbox.id })
      .from(outbox)
      .where('id' in input ? and(eq(outbox.status, 'dead'), eq(outbox.id, input.id)) : undeliveredWhere(ctx.now).dead)
      .orderBy(asc(outbox.id))
      .limit(resentAtOnce);
    const resent = await tx
      .update(outbox)
      .set({ status: 'pending', permanentFailures: 0, notBefore: sql`now()`, leaseUntil: null, claimedBy: null })
      .where(and(eq(outbox.status, 'dead'), inArray(outbox.id, chosen)))
      .returning({ id: outbox.id, channel: outbox.channel, lastError: outbox.lastError });
    if ('id' in input && resent.length === 0) refuse({ code: 'nothing_to_resend' });
    await recordAudit(
      tx,
      ctx,
      resent.map((row) => ({
        action: 'outbox.resend',
        entity: 'outbox',
        entityId: row.id,
        before: { status: 'dead', lastError: row.lastError },
        after: { status: 'pending' },
      })),
    );
    return { resent: resent.length };
  });
}
