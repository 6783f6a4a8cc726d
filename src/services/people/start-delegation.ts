import { sql } from 'drizzle-orm';
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
  const early = delegationProblem({
    principal: ctx.actor,
    delegate: input.delegate,
    until: input.until,
    today,
    principalStandsInFor: [],
    delegateIsAway: false,
  });
  if (early) refuse(early);
  await requireActivePeople(lookUpPerson, [input.delegate]);
  return ctx.db.transaction(async (tx) => {
    // One that lapsed is closed first (and both told), so it neither blocks the new one nor goes untold.
    await endLapsedDelegations(tx, ctx.now);
    const open = await readRows<{ principal: string; delegate: string; until: CalendarDate }>(
      tx,
      sql`select d.principal_user_id as principal, d.delegate_user_id as delegate, d.until::text as until from delegations d
          where (d.principal_user_id in (${ctx.actor}, ${input.delegate}) or d.delegate_user_id = ${ctx.actor}) and ${runningDelegation(ctx.now)}
          for update`,
    );
    const own = open.find((d) => d.principal === ctx.actor);
    const problem = delegationProblem({
      principal: ctx.actor,
      delegate: input.delegate,
      until: input.until,
      today,
      running: own && { delegate: own.delegate, until: own.until },
      principalStandsInFor: open.filter((d) => d.delegate === ctx.actor).map((d) => d.principal),
      delegateIsAway: open.some((d) => d.principal === input.delegate),
    });
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
