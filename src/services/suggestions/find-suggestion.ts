import { desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { readRows } from '../../db/read-rows.js';
import { suggestions } from '../../db/schema.js';
import { closestName } from '../../domain/closest-name.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { involvedSuggestionIds } from './involved-suggestion-ids.js';

export type SuggestionRow = typeof suggestions.$inferSelect;

/**
 * A suggestion by its code, in the newest session that has one: the current session's first (a
 * new session's codes may repeat an old one's), then earlier sessions', so a suggestion still in
 * handling when the office started the next session stays in reach. An unknown code is refused
 * with the nearest one.
 */
export async function findSuggestion(db: Database, code: string, actor: string): Promise<SuggestionRow> {
  const [found] = await db.select().from(suggestions).where(eq(suggestions.code, code)).orderBy(desc(suggestions.sessionId)).limit(1);
  return found ?? refuseUnknownSuggestion(db, code, actor);
}

/** A suggestion by its code (a command), or by its id (a button or a form). */
export type SuggestionRef = { code: string } | { suggestionId: number };

export async function findSuggestionByRef(db: Database, ctx: Pick<ServiceContext, 'actor'>, ref: SuggestionRef): Promise<SuggestionRow> {
  if ('code' in ref) return findSuggestion(db, ref.code, ctx.actor);
  const [found] = await db.select().from(suggestions).where(eq(suggestions.id, ref.suggestionId));
  return found ?? refuse({ code: 'unknown_assignment' });
}

/** The suggestions a list or the ledger shows: the current session's, and earlier sessions' not yet closed. */
export const inListedSessions = (suggestion: SQL | typeof suggestions = sql`s`) =>
  sql`(${suggestion}.session_id = (select id from sessions where is_current) or ${suggestion}.status <> 'closed')`;

/**
 * Refuses a code no session has, naming the nearest one the person may see (a hint must not
 * reveal a suggestion they could not open).
 */
export async function refuseUnknownSuggestion(db: Database, code: string, actor: string): Promise<never> {
  const visible = await readRows<{ code: string }>(
    db,
    sql`select s.code from suggestions s
        where ${inListedSessions()}
          and (exists (select 1 from supervisors where user_id = ${actor}) or s.id in (${involvedSuggestionIds(sql`select ${actor}::text`, 'any')}))`,
  );
  return refuse({
    code: 'unknown_suggestion',
    given: code,
    closest: closestName(
      code,
      visible.map((r) => [r.code, r.code] as const),
    ),
  });
}
