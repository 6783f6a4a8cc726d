// Decisions apply to what they were made for (DESIGN §2): a request still waiting when its
// assignment passes to another unit, or when a new round opens, is cancelled and its asker told;
// a decision from an old notice is then refused; an approved extension never moves a deadline earlier.
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { extensionRequests, outbox, suggestions, transferRequests } from '../../src/db/schema.js';
import { decideExtension } from '../../src/services/requests/decide-extension.js';
import { decideTransfer } from '../../src/services/requests/decide-transfer.js';
import { requestExtension } from '../../src/services/requests/request-extension.js';
import { requestTransfer } from '../../src/services/requests/request-transfer.js';
import { assignSuggestion } from '../../src/services/suggestions/assign-suggestion.js';
import { contextOf, people, rowCount, seedOffice } from '../support/fixtures.js';
import { refusalOf } from '../support/refusal.js';
import { inRolledBackTransaction } from '../support/rollback.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();
const wednesday = new Date('2026-03-04T02:00:00Z');

/** 水利厅 leads S-1 and asks, in its transfer window, both for more time and to hand it on. */
async function bothAsked(db: Database) {
  await seedOffice(db);
  await assignSuggestion(contextOf(db, people.supervisor), { code: 'S-1', lead: { text: '水利厅' }, co: [] });
  const liaison = contextOf(db, people.waterLiaison, wednesday);
  const extension = await requestExtension(liaison, { code: 'S-1', dueOn: '2026-07-31', reason: '需协调' });
  const transfer = await requestTransfer(liaison, { code: 'S-1', reason: '应由省高院办理' });
  return { extension: extension.requestId, transfer: transfer.requestId };
}

const statusOf = async (db: Database, id: number) =>
  (await db.select().from(extensionRequests).where(eq(extensionRequests.id, id)))[0]?.status;

describe('a decision on what was replaced', () => {
  it('cancels the extension still waiting when the suggestion passes to another unit, tells the asker, and refuses it later', () =>
    inRolledBackTransaction(database().db, async (db) => {
      const { extension, transfer } = await bothAsked(db);
      const office = contextOf(db, people.supervisor, wednesday);
      await decideTransfer(office, { requestId: transfer, approve: true, toUnit: { text: '省高院' } });
      expect(await statusOf(db, extension)).toBe('cancelled');
      const told = await db.select().from(outbox).where(sql`${outbox.payload}->>'type' = 'request_cancelled'`);
      expect(told.map((row) => [row.channel, (row.payload as { because: string }).because])).toEqual([
        [people.waterLiaison, 'transferred'],
      ]);

      const [before] = await db.select().from(suggestions);
      const audit = await rowCount(db, extensionRequests);
      expect(await refusalOf(decideExtension(office, { requestId: extension, approve: true }))).toEqual({ code: 'request_cancelled' });
      const [after] = await db.select().from(suggestions);
      expect(after!.statutoryDueOn).toBe(before!.statutoryDueOn);
      expect(await rowCount(db, extensionRequests)).toBe(audit);
    }));

  it('never moves a deadline earlier: an extension that is no longer later than the deadline is refused', () =>
    inRolledBackTransaction(database().db, async (db) => {
      const { extension } = await bothAsked(db);
      // The deadline moved past what was asked, meanwhile.
      await db.update(suggestions).set({ statutoryDueOn: '2026-08-31', internalDueOn: '2026-08-14' });
      expect(
        await refusalOf(decideExtension(contextOf(db, people.supervisor, wednesday), { requestId: extension, approve: true })),
      ).toEqual({
        code: 'extension_not_later',
        currentDueOn: '2026-08-31',
      });
      expect(await statusOf(db, extension)).toBe('pending');
    }));

  it('refuses a transfer request cancelled with its round, from an old notice', () =>
    inRolledBackTransaction(database().db, async (db) => {
      const { transfer } = await bothAsked(db);
      await db.update(transferRequests).set({ status: 'cancelled', decidedBy: 'system', decidedAt: wednesday });
      expect(
        await refusalOf(
          decideTransfer(contextOf(db, people.supervisor, wednesday), { requestId: transfer, approve: true, toUnit: { text: '省高院' } }),
        ),
      ).toEqual({ code: 'request_cancelled' });
    }));
});
