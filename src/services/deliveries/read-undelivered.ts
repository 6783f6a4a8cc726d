import { desc, sql } from 'drizzle-orm';
import { outbox } from '../../db/schema.js';
import { canOverseeDeliveries } from '../../domain/permissions.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { readUndeliveredCount } from './read-undelivered-count.js';
import { undeliveredWhere } from './undelivered-where.js';

/** A message that has not reached its reader: what it was about, and why not. */
export interface UndeliveredMessage {
  id: number;
  /** The channel or person it is for. */
  reader: string;
  /** The notice's kind (gathered: several carried in one). */
  kind: string;
  /** The suggestion it is about, when it is about one. */
  code: string | null;
  error: string;
  tries: number;
  queuedAt: Date;
}

export interface Undelivered {
  /** Refused so far and tried again by itself (the bot not in a channel …), newest first. */
  retrying: UndeliveredMessage[];
  /** Given up on: sent again only when the office asks (重发), newest first. */
  dead: UndeliveredMessage[];
  totals: { retrying: number; dead: number };
}

/** Messages listed of each kind; the rest are counted. */
export const undeliveredListed = 20;

/** What the outbox could not deliver, for the office: what waits for someone to put it right, and what died. */
export async function readUndelivered(ctx: ServiceContext): Promise<Undelivered> {
  const permission = canOverseeDeliveries(await loadActorRoles(ctx.db, ctx));
  if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
  const { retrying: retryingWhere, dead: deadWhere } = undeliveredWhere(ctx.now);
  const listed = (where: typeof deadWhere) =>
    ctx.db
      .select({
        id: outbox.id,
        reader: outbox.channel,
        kind: sql<string>`${outbox.payload}->>'type'`,
        code: sql<string | null>`${outbox.payload}->>'code'`,
        error: sql<string>`coalesce(${outbox.lastError}, '')`,
        tries: outbox.attempts,
        queuedAt: outbox.createdAt,
      })
      .from(outbox)
      .where(where)
      .orderBy(desc(outbox.id))
      .limit(undeliveredListed);
  const [retrying, dead, totals] = await Promise.all([listed(retryingWhere), listed(deadWhere), readUndeliveredCount(ctx.db, ctx.now)]);
  return { retrying, dead, totals };
}
