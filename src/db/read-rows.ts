// Hand-written reads (one statement for a whole screen) go through drizzle's execute, which
// answers in each driver's own shape; this gives both the same: plain rows.
import type { SQL } from 'drizzle-orm';
import type { Database } from './client.js';

export async function readRows<T>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** A json column as the driver gave it: parsed already, or still text. */
export const jsonValue = <T>(value: unknown): T => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));
