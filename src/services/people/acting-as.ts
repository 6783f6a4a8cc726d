import { type SQL, sql } from 'drizzle-orm';
import type { ServiceContext } from '../shared/service-context.js';

/** A running delegation: not ended, and its last day not over (a delegation never outlives its date). */
export const runningDelegation = (now: Date | SQL, alias = 'd'): SQL =>
  sql`${sql.raw(alias)}.ended_at is null and ${sql.raw(alias)}.ends_at > ${now instanceof Date ? sql`${now.toISOString()}::timestamptz` : now}`;

/**
 * The ids whose rights the person acts with now: their own, and those of everyone they stand in
 * for (代理). Every read of "what involves this person" goes through it, so a delegate sees what
 * the people they stand in for see, and not a day longer.
 */
export const actingAs = (ctx: Pick<ServiceContext, 'actor' | 'now'>): SQL =>
  sql`select ${ctx.actor}::text union all
    select d.principal_user_id from delegations d where d.delegate_user_id = ${ctx.actor} and ${runningDelegation(ctx.now)}`;
