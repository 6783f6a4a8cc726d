import { and, eq } from 'drizzle-orm';
import { suggestions } from '../db/schema.js';
import type { Database } from '../db/client.js';
import { closestName } from '../domain/closest-name.js';
import { refuse } from './service-error.js';

export type SuggestionRow = typeof suggestions.$inferSelect;

/** A suggestion of the session by its code; an unknown code is refused with the nearest one. */
export async function findSuggestion(db: Database, sessionId: number, code: string): Promise<SuggestionRow> {
  const [found] = await db
    .select()
    .from(suggestions)
    .where(and(eq(suggestions.sessionId, sessionId), eq(suggestions.code, code)));
  return found ?? refuseUnknownSuggestion(db, sessionId, code);
}

/** Refuses a code the session does not have, naming the nearest one it has. */
export async function refuseUnknownSuggestion(db: Database, sessionId: number, code: string): Promise<never> {
  // Only on the error path: read the codes to offer the nearest.
  const codes = await db.select({ code: suggestions.code }).from(suggestions).where(eq(suggestions.sessionId, sessionId));
  return refuse({ code: 'unknown_suggestion', given: code, closest: closestName(code, codes.map((r) => [r.code, r.code] as const)) });
}
