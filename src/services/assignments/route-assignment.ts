import { eq } from 'drizzle-orm';
import { assignments } from '../../db/schema.js';
import type { RoutedRole } from '../../domain/notices.js';
import { type LookUpPerson, requireActivePeople } from '../people/look-up-person.js';
import { enqueueNotices, type OutgoingNotice } from '../shared/enqueue-notices.js';
import { recordAudit } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { loadRoutableAssignment, type RouteRef } from './load-routable-assignment.js';

/** What 分办 sets; what is left out stays as it is. An empty division clears it. */
export interface Routing {
  handlerUserId?: string | undefined;
  division?: string | undefined;
  leaderUserId?: string | undefined;
}

export interface Routed {
  code: string;
  unitName: string;
  changed: boolean;
  handlerUserId: string | null;
  division: string | null;
  leaderUserId: string | null;
  /** How many people were told they are now named on it. */
  told: number;
}

/**
 * 分办: the unit's liaison (or the office) names the 四个一 of one assignment, lead or co: its
 * handler (who then works and drafts for it, and it alone), its division, and its responsible
 * leader (who reviews at the 分管领导 level and hears of its lateness, before the unit's leaders).
 * The people newly named are told; the handler replaced loses the assignment's rights at once.
 */
export async function routeAssignment(ctx: ServiceContext, input: RouteRef & Routing, lookUpPerson?: LookUpPerson): Promise<Routed> {
  if (input.handlerUserId === undefined && input.division === undefined && input.leaderUserId === undefined)
    refuse({ code: 'route_nothing' });
  // Refused first if the person may not route it; then Slack is asked only about the people it newly names.
  const { assignment: current } = await loadRoutableAssignment(ctx.db, ctx, input);
  await requireActivePeople(lookUpPerson, [
    input.handlerUserId === current.handlerUserId ? undefined : input.handlerUserId,
    input.leaderUserId === current.responsibleLeaderUserId ? undefined : input.leaderUserId,
  ]);
  return ctx.db.transaction(async (tx) => {
    const { assignment, suggestion, unitName } = await loadRoutableAssignment(tx, ctx, input);
    const before = {
      handlerUserId: assignment.handlerUserId,
      division: assignment.division,
      responsibleLeaderUserId: assignment.responsibleLeaderUserId,
    };
    const after = {
      handlerUserId: input.handlerUserId ?? before.handlerUserId,
      division: input.division === undefined ? before.division : input.division || null,
      responsibleLeaderUserId: input.leaderUserId ?? before.responsibleLeaderUserId,
    };
    const result = {
      code: suggestion.code,
      unitName,
      handlerUserId: after.handlerUserId,
      division: after.division,
      leaderUserId: after.responsibleLeaderUserId,
    };
    const changed = (Object.keys(after) as Array<keyof typeof after>).filter((key) => after[key] !== before[key]);
    if (changed.length === 0) return { ...result, changed: false, told: 0 };

    await tx.update(assignments).set(after).where(eq(assignments.id, assignment.id));
    const named: Array<[RoutedRole, string | null]> = [
      ['handler', after.handlerUserId !== before.handlerUserId ? after.handlerUserId : null],
      ['leader', after.responsibleLeaderUserId !== before.responsibleLeaderUserId ? after.responsibleLeaderUserId : null],
    ];
    const notices: OutgoingNotice[] = named.flatMap(([as, userId]) =>
      userId && userId !== ctx.actor
        ? [
            {
              key: `routed:${assignment.id}:${as}:${userId}:${ctx.now.getTime()}`,
              channel: userId,
              notice: {
                type: 'routed' as const,
                suggestionId: suggestion.id,
                assignmentId: assignment.id,
                code: suggestion.code,
                title: suggestion.title,
                unitName,
                assignmentRole: assignment.role,
                as,
                division: after.division,
                routedBy: ctx.actor,
              },
            },
          ]
        : [],
    );
    await enqueueNotices(tx, ctx.now, notices);
    await recordAudit(tx, ctx, [{ action: 'assignment.route', entity: 'assignment', entityId: assignment.id, before, after }]);
    return { ...result, changed: true, told: notices.length };
  });
}
