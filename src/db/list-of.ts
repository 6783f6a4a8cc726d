import { type SQL, sql } from 'drizzle-orm';

/**
 * A closed set of the domain written into SQL as a list, `('a', 'b')`. The words come from
 * domain/vocabulary.ts, never from input; they are literals rather than parameters because the
 * planner must see them (a partial index is used only when a query states its predicate).
 */
export const listOf = (values: Iterable<string>): SQL => sql.raw(`(${[...values].map((value) => `'${value}'`).join(', ')})`);
