// The embedded database runs each statement text as a statement prepared once (prepared-embedded.ts):
// it must answer exactly as PGlite's own path does, fail as it does, leave the connection usable
// after a failure, keep a query outside a transaction out of one that is open, and keep no more
// statements than it says.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../../src/db/client.js';
import { readRows } from '../../../src/db/read-rows.js';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openDatabase({ dataDir: 'memory://' });
  await handle.db.execute(sql`create table probe (id int primary key, label text not null, tags jsonb, days date[])`);
});
afterAll(async () => {
  await handle.close();
});

const asText = sql`select '2026-03-02'::date as day, array['2026-03-02'::date, '2026-03-03'::date] as days,
  '2026-03-02 09:00:00+08'::timestamptz as at, 1::int as n`;
const asTextRow = { day: '2026-03-02', days: '{2026-03-02,2026-03-03}', at: '2026-03-02 01:00:00+00', n: 1 };

const errorCode = (error: unknown): unknown => {
  for (let cause: unknown = error; cause; cause = (cause as { cause?: unknown }).cause) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
};

describe('the embedded database', () => {
  it('answers dates, timestamps and arrays of dates as PostgreSQL writes them, numbers as numbers', async () => {
    for (let run = 0; run < 3; run += 1) expect(await readRows(handle.db, asText)).toEqual([asTextRow]);
  });

  it('answers the same inside a transaction', async () => {
    const [row] = await handle.db.transaction((tx) => readRows<Record<string, unknown>>(tx, asText));
    expect(row).toEqual(asTextRow);
  });

  it('binds each run’s own values to a statement it has run before: numbers, text, JSON, arrays, nulls', async () => {
    const insert = (id: number, label: string, tags: unknown, days: string[] | null) =>
      handle.db.execute(sql`insert into probe (id, label, tags, days) values (${id}, ${label}, ${sql.param(tags)}, ${sql.param(days)})`);
    await insert(1, '一', { a: 1 }, ['2026-03-02']);
    await insert(2, 'two', [1, 2], null);
    await insert(3, "it's", null, ['2026-03-02', '2026-03-03']);
    const read = (id: number) => readRows(handle.db, sql`select id, label, tags, days from probe where id = ${id}`);
    expect(await read(2)).toEqual([{ id: 2, label: 'two', tags: [1, 2], days: null }]);
    expect(await read(1)).toEqual([{ id: 1, label: '一', tags: { a: 1 }, days: '{2026-03-02}' }]);
    expect(await read(3)).toEqual([{ id: 3, label: "it's", tags: null, days: '{2026-03-02,2026-03-03}' }]);
    expect(await read(4)).toEqual([]);
    const updated = sql`update probe set label = label || '!' where id = any(${sql.param([1, 3])}::int[]) returning id, label`;
    expect(await readRows(handle.db, updated)).toEqual([
      { id: 1, label: '一!' },
      { id: 3, label: "it's!" },
    ]);
    await handle.db.execute(sql`delete from probe`);
  });

  it('fails as PostgreSQL does, and the next statement runs, inside a transaction and outside', async () => {
    const insert = (id: number) => handle.db.execute(sql`insert into probe (id, label) values (${id}, 'x')`);
    await insert(10);
    const twice = await insert(10).catch((error: unknown) => error);
    expect(errorCode(twice)).toBe('23505');
    const inside = await handle.db
      .transaction(async (tx) => {
        await tx.execute(sql`insert into probe (id, label) values (${11}, 'y')`);
        await tx.execute(sql`insert into probe (id, label) values (${10}, 'x')`);
      })
      .catch((error: unknown) => error);
    expect(errorCode(inside)).toBe('23505');
    // The transaction left nothing behind, and the connection is free.
    expect(await readRows(handle.db, sql`select id from probe order by id`)).toEqual([{ id: 10 }]);
    const wrong = await readRows(handle.db, sql`select no_such_column from probe where id = ${10}`).catch((error: unknown) => error);
    expect(errorCode(wrong)).toBe('42703');
    expect(await readRows(handle.db, sql`select count(*)::int as n from probe where id > ${0}`)).toEqual([{ n: 1 }]);
    await handle.db.execute(sql`delete from probe`);
  });

  it('keeps a query outside a transaction out of the transaction that is open', async () => {
    let inserted!: () => void;
    const insertedYet = new Promise<void>((resolve) => (inserted = resolve));
    let reading: Promise<unknown> | undefined;
    await handle.db
      .transaction(async (tx) => {
        await tx.execute(sql`insert into probe (id, label) values (${20}, 'open')`);
        inserted();
        reading = readRows(handle.db, sql`select count(*)::int as n from probe where label = ${'open'}`);
        // Were the read let in now, it would see the row and then be rolled back with it.
        await new Promise((resolve) => setTimeout(resolve, 20));
        tx.rollback();
      })
      .catch(() => undefined);
    await insertedYet;
    expect(await reading).toEqual([{ n: 0 }]);
  });

  it('keeps at most 500 statements, closing the oldest, and still answers the ones it closed', async () => {
    for (let n = 1; n <= 520; n += 1) {
      // Each n a text of its own, as a list of n values makes.
      expect(await readRows(handle.db, sql`select ${sql.raw(String(n))}::int as k, ${n}::int as n`)).toEqual([{ k: n, n }]);
    }
    const [kept] = await readRows<{ n: number }>(handle.db, sql`select count(*)::int as n from pg_prepared_statements`);
    expect(kept?.n).toBeLessThanOrEqual(500);
    expect(await readRows(handle.db, sql`select ${sql.raw('1')}::int as k, ${7}::int as n`)).toEqual([{ k: 1, n: 7 }]);
  });
});
