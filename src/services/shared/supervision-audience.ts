import type { Database } from '../../db/client.js';
import { supervisors } from '../../db/schema.js';
import type { SessionSettings } from '../../domain/settings.js';

/**
 * Where the supervision office hears of things: its channel once set, until then each
 * supervisor by DM, so that nothing for the office goes unheard.
 */
export async function supervisionAudience(db: Database, settings: SessionSettings): Promise<string[]> {
  if (settings.supervisionChannel) return [settings.supervisionChannel];
  const rows = await db.select({ userId: supervisors.userId }).from(supervisors).orderBy(supervisors.userId);
  return rows.map((row) => row.userId);
}
