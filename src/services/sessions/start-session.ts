import { eq } from 'drizzle-orm';
import { sessions } from '../../db/schema.js';
import { canChangeSettings } from '../../domain/permissions.js';
import { isUniqueViolation } from '../shared/is-unique-violation.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import { recordAudit } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';

export interface SessionStarted {
  name: string;
  previousName: string;
}

/**
 * 新会次: the next batch of suggestions begins. New assignments and imports join it; its rules are
 * the ones in force, copied; the suggestions of earlier sessions stay where they are and are
 * handled, reminded and found by their codes as before.
 */
export async function startSession(ctx: ServiceContext, input: { name: string }): Promise<SessionStarted> {
  try {
    return await ctx.db.transaction(async (tx) => {
      const permission = canChangeSettings(await loadActorRoles(tx, ctx));
      if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
      // Locked, so two supervisors starting one at the same moment start one after the other;
      // the second finds the first's session current, and starts none from a session now past.
      const [current] = await tx.select().from(sessions).where(eq(sessions.isCurrent, true)).for('update');
      if (!current) refuse({ code: 'session_changed' });
      await tx.update(sessions).set({ isCurrent: false }).where(eq(sessions.id, current.id));
      const [started] = await tx
        .insert(sessions)
        .values({ name: input.name, isCurrent: true, settings: current.settings, createdAt: ctx.now })
        .returning();
      if (!started) throw new Error('the session was not stored');
      await recordAudit(tx, ctx, [
        {
          action: 'session.start',
          entity: 'session',
          entityId: started.id,
          before: { current: { id: current.id, name: current.name } },
          after: started,
        },
      ]);
      return { name: started.name, previousName: current.name };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'sessions_name_unique')) refuse({ code: 'duplicate_session', name: input.name });
    throw error;
  }
}
