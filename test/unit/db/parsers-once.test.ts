// drizzle asks PGlite for dates, times and their arrays as text; parsersOnce gives them so once
// on the client instead of with every query, transactions included.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../../src/db/client.js';
import { readRows } from '../../../src/db/read-rows.js';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openDatabase({ dataDir: 'memory://' });
});
afterAll(async () => {
  await handle.close();
});

const asText = sql`select '2026-03-02'::date as day, array['2026-03-02'::date, '2026-03-03'::date] as days,
  '2026-03-02 09:00:00+08'::timestamptz as at, 1::int as n`;

describe('the embedded database', () => {
  it('answers dates, timestamps and arrays of dates as PostgreSQL writes them, numbers as numbers', async () => {
    const [row] = await readRows<Record<string, unknown>>(handle.db, asText);
    expect(row).toEqual({ day: '2026-03-02', days: '{2026-03-02,2026-03-03}', at: '2026-03-02 01:00:00+00', n: 1 });
  });

  it('answers the same inside a transaction', async () => {
    const [row] = await handle.db.transaction((tx) => readRows<Record<string, unknown>>(tx, asText));
    expect(row).toEqual({ day: '2026-03-02', days: '{2026-03-02,2026-03-03}', at: '2026-03-02 01:00:00+00', n: 1 });
  });
});
