// The ledger of a whole province a few months into a session, shared by the benchmarks that need
// one: 50,000 suggestions with 0–2 co units each (about 100,000 assignments) over 200 units and
// 25 handlers a unit, written by the ack benchmark's bulk writer, with most past nodes done.
import { sql } from 'drizzle-orm';
import { type Database, openDatabase } from '../../../src/db/client.js';
import { readRows } from '../../../src/db/read-rows.js';
import { seed } from '../ack/seed.js';

export const timezone = 'Asia/Shanghai';
/** A Tuesday's 09:00: the daily job as it fires. */
export const fireAt = new Date('2026-12-08T09:00:00+08:00');
export const size = { suggestions: 50_000, handlersPerUnit: 25 };
/** Of the nodes due before the last few working days, this share was never done: the laggards. */
export const neverDone = 0.05;

export async function seedProvince(databaseUrl: string): Promise<void> {
  const handle = await openDatabase({ databaseUrl });
  try {
    await seed(handle.db, { now: fireAt, timezone, size });
    await markPastNodesDone(handle.db);
  } finally {
    await handle.close();
  }
}

/** An office a few months in: most nodes due before the last days were done; a few never were. */
async function markPastNodesDone(db: Database): Promise<void> {
  await db.execute(sql`
    update milestones set done_at = (planned_on::timestamp + interval '16 hours') at time zone 'Asia/Shanghai', done_by = 'UBENCHDONE'
    where kind <> 'transfer_window' and planned_on < ${'2026-12-01'}::date and abs(hashtext(id::text)) % 1000 >= ${neverDone * 1000}`);
  await db.execute(sql`
    update assignments a set status = 'accepted', accepted_at = m.done_at, accepted_by = m.done_by
    from milestones m where m.assignment_id = a.id and m.kind = 'accept' and m.done_at is not null`);
  await db.execute(sql`vacuum analyze`);
}

export async function ledgerShape(db: Database) {
  const [row] = await readRows<{ assignments: number; milestones: number; open: number; units: number; people: number }>(
    db,
    sql`
    select (select count(*) from assignments where status in ('pending', 'accepted'))::int as assignments,
      (select count(*) from milestones)::int as milestones,
      (select count(*) from milestones where done_at is null and kind <> 'transfer_window')::int as open,
      (select count(*) from units)::int as units,
      (select count(distinct user_id) from members)::int as people`,
  );
  if (!row) throw new Error('the ledger could not be measured');
  return row;
}
