import { and, eq, ne } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { suggestions } from '../../db/schema.js';
import { closestName } from '../../domain/closest-name.js';
import { refuse } from '../shared/service-error.js';

/** A typed 领域 as the session's suggestions spell it (case and spaces aside); refused with the closest when none has it. */
export async function matchField(db: Database, sessionId: number, typed: string): Promise<string> {
  const rows = await db
    .selectDistinct({ field: suggestions.field })
    .from(suggestions)
    .where(and(eq(suggestions.sessionId, sessionId), ne(suggestions.field, '')));
  const fields = rows.map((row) => row.field);
  const wanted = typed.trim().toLowerCase();
  const found = fields.find((field) => field.trim().toLowerCase() === wanted);
  if (found !== undefined) return found;
  return refuse({
    code: 'unknown_field',
    given: typed,
    closest: closestName(
      typed,
      fields.map((field) => [field, field] as const),
    ),
  });
}
