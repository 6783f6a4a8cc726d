// Gathering (DESIGN §4): once the oldest notice waiting for a reader has waited the notice window,
// every notice that asks that reader to act and waits goes as one message. The gathered message
// is an outbox row of its own, with its own key, written in the same transaction that marks each
// notice it carries as gathered into it: the dispatcher then sends it exactly once like any other
// row, and no notice can be both carried and sent alone (the rows are locked, and a notice
// claimed for sending meanwhile is skipped, as a gathered one is no longer ready).
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { jsonValue, readRows } from '../db/read-rows.js';
import { outbox } from '../db/schema.js';
import { groupBy } from '../domain/group-by.js';
import type { CarriedNotice, GatheredNotice, MessageNotice } from '../domain/notices.js';

/** Readers gathered for in one transaction. */
const readersPerPass = 50;

/** Gathers for each reader whose waiting notices are due; resolves to the gathered messages written. */
export async function gatherNotices(db: Database, windowSeconds: number): Promise<number> {
  const readers = await readRows<{ channel: string }>(
    db,
    sql`select ${outbox.channel} as channel from ${outbox}
        where ${outbox.status} = 'pending' and ${outbox.gathers} and ${outbox.attempts} = 0
        group by ${outbox.channel}
        having count(*) > 1 and min(${outbox.notBefore}) <= now() - make_interval(secs => ${windowSeconds})
        limit ${sql.raw(String(readersPerPass))}`,
  );
  if (readers.length === 0) return 0;
  return db.transaction(async (tx) => {
    const waiting = await tx
      .select({ id: outbox.id, channel: outbox.channel, key: outbox.idempotencyKey, payload: outbox.payload, createdAt: outbox.createdAt })
      .from(outbox)
      .where(
        and(
          inArray(
            outbox.channel,
            readers.map((reader) => reader.channel),
          ),
          eq(outbox.status, 'pending'),
          eq(outbox.gathers, true),
          eq(outbox.attempts, 0),
        ),
      )
      .orderBy(outbox.channel, outbox.id)
      .for('update', { skipLocked: true });
    const byReader = groupBy(waiting, (row) => row.channel);
    let written = 0;
    for (const [channel, rows] of byReader) {
      // A lone notice goes as itself.
      if (rows.length < 2) continue;
      const items: CarriedNotice[] = rows.map((row) => ({ key: row.key, notice: jsonValue<MessageNotice>(row.payload) }));
      const notice: GatheredNotice = { type: 'gathered', items };
      const [gathered] = await tx
        .insert(outbox)
        .values({
          idempotencyKey: `gathered:${channel}:${rows[0]!.id}`,
          method: 'chat.postMessage',
          channel,
          payload: notice,
          // The day of the latest change it carries: the day its reader hears of them.
          createdAt: new Date(Math.max(...rows.map((row) => row.createdAt.getTime()))),
        })
        .returning({ id: outbox.id });
      await tx
        .update(outbox)
        .set({ status: 'gathered', gatheredInto: gathered!.id })
        .where(
          inArray(
            outbox.id,
            rows.map((row) => row.id),
          ),
        );
      written += 1;
    }
    return written;
  });
}
