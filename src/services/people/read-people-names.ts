import { inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { people } from '../../db/schema.js';

/** A day: names change rarely, and a look-up a person a day keeps within Slack's limits whatever the office's size. */
export const nameFreshForMs = 24 * 60 * 60 * 1000;

/**
 * The names the workspace gave, by ID, for those asked; `stale` lists the IDs never looked up or
 * looked up longer ago than a day, for the caller to refresh where it can ask Slack.
 */
export async function readPeopleNames(
  db: Database,
  userIds: readonly string[],
  now: Date,
): Promise<{ names: Map<string, string>; stale: string[] }> {
  const wanted = [...new Set(userIds)];
  if (wanted.length === 0) return { names: new Map(), stale: [] };
  const rows = await db.select().from(people).where(inArray(people.userId, wanted));
  const known = new Map(rows.map((row) => [row.userId, row]));
  return {
    names: new Map(rows.map((row) => [row.userId, row.name])),
    stale: wanted.filter((id) => {
      const row = known.get(id);
      return !row || now.getTime() - row.checkedAt.getTime() > nameFreshForMs;
    }),
  };
}
