// ledger_version counts the committed transactions that change what answers read; the answer
// cache is only as right as this count.
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { readRows } from '../../src/db/read-rows.js';
import { outbox, supervisors, units } from '../../src/db/schema.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();

/** Tables no answer reads, so changing them need not be counted. */
const unread = ['audit_events', 'outbox', 'outbox_channel_pace', 'job_runs', 'ledger_version', 'people', 'seen_requests'];

async function count(db: Database): Promise<number> {
  const [row] = await readRows<{ n: number }>(db, sql`select changes::int as n from ledger_version`);
  return row!.n;
}

const grant = (db: Database, userId: string) => db.insert(supervisors).values({ userId, grantedBy: 'test' });

describe('ledger_version', () => {
  it('counts changes to every table but those no answer reads', async () => {
    const { db } = database();
    const rows = await readRows<{ name: string; counted: boolean; truncate_counted: boolean }>(
      db,
      sql`
      select t.table_name as name,
        exists (select 1 from pg_trigger g where g.tgrelid = ('public.' || t.table_name)::regclass and g.tgname = t.table_name || '_count_change') as counted,
        exists (select 1 from pg_trigger g where g.tgrelid = ('public.' || t.table_name)::regclass and g.tgname = t.table_name || '_count_truncate') as truncate_counted
      from information_schema.tables t where t.table_schema = 'public' and t.table_type = 'BASE TABLE'
      order by 1`,
    );
    expect(rows.length).toBeGreaterThan(15);
    const uncounted = rows.filter((t) => !(t.counted && t.truncate_counted) && !unread.includes(t.name)).map((t) => t.name);
    expect(uncounted).toEqual([]);
  });

  it('adds one per committed transaction, however many rows and statements it changes', async () => {
    const { db } = database();
    const before = await count(db);
    await db.transaction(async (tx) => {
      await grant(tx, 'UCOUNT1');
      await grant(tx, 'UCOUNT2');
      await tx.update(supervisors).set({ grantedBy: 'again' }).where(eq(supervisors.userId, 'UCOUNT1'));
    });
    expect(await count(db)).toBe(before + 1);
    await grant(db, 'UCOUNT3'); // a statement on its own is a transaction of its own
    expect(await count(db)).toBe(before + 2);
  });

  it('adds nothing for a rolled-back change, a change no answer reads, or a rolled-back savepoint', async () => {
    const { db } = database();
    const before = await count(db);
    await expect(
      db.transaction(async (tx) => {
        await grant(tx, 'UROLLED');
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await db.insert(outbox).values({ idempotencyKey: 'count-test', method: 'chat.postMessage', channel: 'UX', payload: {} });
    expect(await count(db)).toBe(before);

    await db.transaction(async (tx) => {
      await tx.insert(outbox).values({ idempotencyKey: 'count-test-2', method: 'chat.postMessage', channel: 'UX', payload: {} });
      await expect(
        tx.transaction(async (savepoint) => {
          await grant(savepoint, 'USAVEPOINT');
          throw new Error('roll back the savepoint');
        }),
      ).rejects.toThrow('roll back the savepoint');
    });
    expect(await count(db)).toBe(before);
  });

  it('never deadlocks writers that wait for each other’s rows: it is counted at commit, the last lock taken', async () => {
    const { db } = database();
    const [a, b] = await db
      .insert(units)
      .values([{ name: '甲单位' }, { name: '乙单位' }])
      .returning({ id: units.id });
    const before = await count(db);
    const rename = (tx: Database, unit: { id: number } | undefined, mark: string) =>
      tx
        .update(units)
        .set({ name: sql`${units.name} || ${mark}` })
        .where(eq(units.id, unit!.id));
    let secondChanged!: () => void;
    const secondHasChanged = new Promise<void>((resolve) => (secondChanged = resolve));
    let firstChanged!: () => void;
    const firstHasChanged = new Promise<void>((resolve) => (firstChanged = resolve));
    // On PostgreSQL the first writer then waits for the second's row; a count taken at each
    // statement would have the second wait for the first's count: a deadlock. The embedded
    // database runs one transaction at a time, so there the waits time out and run in turn.
    const patience = (promise: Promise<void>) => Promise.race([promise, new Promise<void>((resolve) => setTimeout(resolve, 1000))]);
    const first = db.transaction(async (tx) => {
      await rename(tx, a, '·一');
      firstChanged();
      await patience(secondHasChanged);
      await rename(tx, b, '·一');
    });
    const second = db.transaction(async (tx) => {
      await patience(firstHasChanged);
      await rename(tx, b, '·二');
      secondChanged();
    });
    await Promise.all([first, second]);
    expect(await count(db)).toBe(before + 2);
    const names = await db.select({ name: units.name }).from(units).where(eq(units.id, b!.id));
    expect(names[0]?.name).toMatch(/^乙单位·(一·二|二·一)$/);
  });
});
