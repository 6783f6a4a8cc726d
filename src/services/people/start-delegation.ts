import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { readRows } from '../../db/read-rows.js';
import { delegations } from '../../db/schema.js';
import { addDays, type CalendarDate, dateInZone, instantInZone } from '../../domain/calendar-date.js';
import { delegationProblem } from '../../domain/delegation.js';
import { enqueueNotices } from '../shared/enqueue-notices.js';
import { recordAudit } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { runningDelegation } from './acting-as.js';
import { delegationNotices } from './delegation-notices.js';
import { endLapsedDelegations } from './end-lapsed-delegations.js';
import { type LookUpPerson, requireActivePeople } from './look-up-person.js';

/** Any constant of its own: the migration lock of db/migrate.ts is another. */
const delegationLockKey = 7_321_020;

export interface DelegationStarted {
  delegate: string;
  until: CalendarDate;
}

/**
 * 代理: the person names a delegate until a date. While it runs the delegate receives the
 * person's messages and acts in their roles; both are told now and when it ends. A delegation is
 * never chained: neither a delegate who is away, nor a person who stands in for someone.
 */
export async function startDelegation(
  ctx: ServiceContext,
  input: { delegate: string; until: CalendarDate },
  lookUpPerson?: LookUpPerson,
): Promise<DelegationStarted> {
  const today = dateInZone(ctx.now, ctx.timezone);
  /** Why it may not start, as the delegations running now stand. */
  const problemIn = async (db: Database) => {
    const open = await readRows<{ principal: string; delegate: string; until: CalendarDate }>(
      db,
      sql`select d.principal_user_id as principal, d.delegate_user_id as delegate, d.until::text as until from delegations d
          where (d.principal_user_id in (${ctx.actor}, ${input.delegate}) or d.delegate_user_id = ${ctx.actor}) and ${runningDelegation(ctx.now)}`,
    );
    const own = open.find((d) => d.principal === ctx.actor);
    return delegationProblem({
      principal: ctx.actor,
      delegate: input.delegate,
      until: input.until,
      today,
      running: own && { delegate: own.delegate, until: own.until },
      principalStandsInFor: open.filter((d) => d.delegate === ctx.actor).map((d) => d.principal),
      delegateIsAway: open.some((d) => d.principal === input.delegate),
    });
  };
  // Slack is asked about the delegate only for a delegation that may otherwise start.
  const early = await problemIn(ctx.db);
  if (early) refuse(early);
  await requireActivePeople(lookUpPerson, [input.delegate]);
  return ctx.db.transaction(async (tx) => {
    // Delegations start one at a time: two at once (A to B while B to A) would each miss the other
    // and make a chain. Row locks cannot guard rows that do not exist yet; this lock can.
    await tx.execute(sql`select pg_advisory_xact_lock(${delegationLockKey})`);
    // One that lapsed is closed first (and both told), so it neither blocks the new one nor goes untold.
    await endLapsedDelegations(tx, ctx.now);
    const problem = await problemIn(tx);
    if (problem) refuse(problem);
    const [created] = await tx
      .insert(delegations)
      .values({
        principalUserId: ctx.actor,
        delegateUserId: input.delegate,
        until: input.until,
        endsAt: instantInZone(addDays(input.until, 1), '00:00', ctx.timezone),
        createdAt: ctx.now,
      })
      .returning();
    if (!created) throw new Error('the delegation was not stored');
    await enqueueNotices(tx, ctx.now, delegationNotices(created, 'started'));
    await recordAudit(tx, ctx, [{ action: 'delegation.start', entity: 'delegation', entityId: created.id, after: created }]);
    return { delegate: created.delegateUserId, until: created.until };
  });
}
