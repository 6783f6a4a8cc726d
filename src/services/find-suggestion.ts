import { and, eq, sql } from 'drizzle-orm';
import { suggestions } from '../db/schema.js';
import type { Database } from '../db/client.js';
import { readRows } from '../db/read-rows.js';
import { closestName } from '../domain/closest-name.js';
import type { ServiceContext } from './context.js';
import { currentSession } from './current-session.js';
import { involvedSuggestionIds } from './involved-suggestions.js';
import { refuse } from './service-error.js';

export type SuggestionRow = typeof suggestions.$inferSelect;

/** A suggestion of the session by its code; an unknown code is refused with the nearest one. */
export async function findSuggestion(db: Database, sessionId: number, code: string, actor: string): Promise<SuggestionRow> {
  const [found] = await db
    .select()
    .from(suggestions)
    .where(and(eq(suggestions.sessionId, sessionId), eq(suggestions.code, code)));
  return found ?? refuseUnknownSuggestion(db, sessionId, code, actor);
}

/** A suggestion by its code in the current session (a command), or by its id (a button or a form, any session). */
export type SuggestionRef = { code: string } | { suggestionId: number };

export async function findSuggestionByRef(db: Database, ctx: Pick<ServiceContext, 'actor' | 'now' | 'timezone'>, ref: SuggestionRef): Promise<SuggestionRow> {
  if ('code' in ref) return findSuggestion(db, (await currentSession(db, ctx.now, ctx.timezone)).id, ref.code, ctx.actor);
  const [found] = await db.select().from(suggestions).where(eq(suggestions.id, ref.suggestionId));
  return found ?? refuse({ code: 'unknown_assignment' });
}

/**
 * Refuses a code the session does not have, naming the nearest one the person may see (a hint
 * must not reveal a suggestion they could not open).
 */
export async function refuseUnknownSuggestion(db: Database, sessionId: number, code: string, actor: string): Promise<never> {
  const visible = await readRows<{ code: string }>(
    db,
    sql`select s.code from suggestions s
        where s.session_id = ${sessionId}
          and (exists (select 1 from supervisors where user_id = ${actor}) or s.id in (${involvedSuggestionIds(actor, 'any')}))`,
  );
  return refuse({ code: 'unknown_suggestion', given: code, closest: closestName(code, visible.map((r) => [r.code, r.code] as const)) });
}
