import { and, asc, eq, ne } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { suggestions } from '../../db/schema.js';
import type { TitledCode } from '../../domain/likely-duplicates.js';

/**
 * The code and title of each suggestion of a session not yet closed, in one read: what a new one
 * may repeat. A closed one is answered and settled, past handling together with anything. In
 * code order, so that titles equally alike are named in the same order every time.
 */
export const readOpenTitles = (db: Database, sessionId: number): Promise<TitledCode[]> =>
  db
    .select({ code: suggestions.code, title: suggestions.title })
    .from(suggestions)
    .where(and(eq(suggestions.sessionId, sessionId), ne(suggestions.status, 'closed')))
    .orderBy(asc(suggestions.code));
