import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { sessions } from '../../db/schema.js';
import { dateInZone } from '../../domain/calendar-date.js';
import { readSessionSettings, type SessionSettings } from '../../domain/settings.js';
import { recordAudit } from '../shared/record-audit.js';

export interface CurrentSession {
  id: number;
  name: string;
  settings: SessionSettings;
  /** When the session began: the session-to-date ranking counts from that day. */
  createdAt: Date;
}

/** The session new suggestions join. There is always one: the first is created, named by the year. */
export async function currentSession(db: Database, now: Date, timezone: string): Promise<CurrentSession> {
  const [found] = await db.select().from(sessions).where(eq(sessions.isCurrent, true));
  const row = found ?? (await createFirstSession(db, now, timezone));
  return { id: row.id, name: row.name, settings: readSessionSettings(row.settings), createdAt: row.createdAt };
}

async function createFirstSession(db: Database, now: Date, timezone: string) {
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(sessions)
      .values({ name: dateInZone(now, timezone).slice(0, 4), isCurrent: true, settings: {}, createdAt: now })
      .onConflictDoNothing()
      .returning();
    if (created) {
      await recordAudit(tx, { actor: 'system', now }, [
        { action: 'session.create', entity: 'session', entityId: created.id, after: created },
      ]);
      return created;
    }
    // Another instance created it between our read and our insert.
    const [existing] = await tx.select().from(sessions).where(eq(sessions.isCurrent, true));
    if (!existing) throw new Error('no current session could be created');
    return existing;
  });
}
