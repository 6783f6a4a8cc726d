import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, sessions } from '../../src/db/schema.js';
import { defaultSessionSettings } from '../../src/domain/settings.js';
import { currentSession } from '../../src/services/sessions/current-session.js';
import { inRolledBackTransaction } from '../support/rollback.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();

describe('currentSession', () => {
  it('creates the first session once, named by the year in the office’s time zone, with the default rules, audited', () =>
    inRolledBackTransaction(database().db, async (db) => {
      // 31 Dec 2026 17:00 UTC is already 1 Jan 2027 in Shanghai.
      const at = new Date('2026-12-31T17:00:00Z');
      const first = await currentSession(db, at, 'Asia/Shanghai');
      expect(first).toMatchObject({ name: '2027', settings: defaultSessionSettings() });
      expect(await currentSession(db, new Date('2027-03-01T00:00:00Z'), 'Asia/Shanghai')).toEqual(first);
      expect(await db.select().from(sessions)).toHaveLength(1);
      const audit = await db.select().from(auditEvents).where(eq(auditEvents.action, 'session.create'));
      expect(audit).toMatchObject([{ actor: 'system', entityId: String(first.id) }]);
    }));

  it('reads stored settings, keeping the defaults for what is not stored', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await db.insert(sessions).values({ name: '2026', isCurrent: true, settings: { statutoryMonths: 2, acceptWorkingDays: 5 } });
      const session = await currentSession(db, new Date('2026-03-02T01:00:00Z'), 'Asia/Shanghai');
      expect(session.settings).toEqual({ ...defaultSessionSettings(), statutoryMonths: 2, acceptWorkingDays: 5 });
    }));
});
