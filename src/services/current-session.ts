import { eq } from 'drizzle-orm';
import { sessions } from '../db/schema.js';
import type { Database } from '../db/client.js';
import { dateInZone } from '../domain/calendar-date.js';
import { readSessionSettings, type SessionSettings } from '../domain/settings.js';

export interface CurrentSession {
  id: number;
  name: string;
  settings: SessionSettings;
}

/** The session new suggestions join. There is always one: the first is created, named by the year. */
export async function currentSession(db: Database, now: Date, timezone: string): Promise<CurrentSession> {
  const found = await db.select().from(sessions).where(eq(sessions.isCurrent, true));
  const row =
    found[0] ??
    (
      await db
        .insert(sessions)
        .values({ name: dateInZone(now, timezone).slice(0, 4), isCurrent: true, settings: {}, createdAt: now })
        .onConflictDoNothing()
        .returning()
    )[0] ??
    // Another instance created it between our read and our insert.
    (await db.select().from(sessions).where(eq(sessions.isCurrent, true)))[0];
  if (!row) throw new Error('no current session could be created');
  return { id: row.id, name: row.name, settings: readSessionSettings(row.settings) };
}
