// Answers served from memory must be exactly what reading them again would give.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { readRows } from '../../src/db/read-rows.js';
import { outbox, supervisors } from '../../src/db/schema.js';
import { acceptAssignment } from '../../src/services/assignments/accept-assignment.js';
import { AnswerCache, ledgerChangesColumn } from '../../src/services/suggestions/answer-cache.js';
import { assignSuggestion } from '../../src/services/suggestions/assign-suggestion.js';
import { listSuggestions } from '../../src/services/suggestions/list-suggestions.js';
import { showSuggestion } from '../../src/services/suggestions/show-suggestion.js';
import { contextOf, defaultNow, people, seedOffice } from '../support/fixtures.js';
import { refusalOf } from '../support/refusal.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();

/** A read, as a verb's statement reads, with the ledger's count; it says how often it ran. */
function counted<T>(db: Database, value: () => T) {
  const run = {
    times: 0,
    compute: async () => {
      run.times++;
      const [row] = await readRows<{ ledgerChanges: string }>(db, sql`select ${ledgerChangesColumn}`);
      return { answer: value(), ledgerChanges: row?.ledgerChanges };
    },
  };
  return run;
}

describe('AnswerCache', () => {
  it('serves an answer again until a change to the ledger commits, but not for a change no answer reads', async () => {
    const { db } = database();
    const cache = new AnswerCache();
    const read = counted(db, () => ({ value: 1 }));
    const first = await cache.read(db, 'k', read.compute);
    expect(await cache.read(db, 'k', read.compute)).toBe(first);
    expect(read.times).toBe(1);
    // Many asking at once all find it.
    const together = await Promise.all(Array.from({ length: 20 }, () => cache.read(db, 'k', read.compute)));
    expect(together.every((answer) => answer === first)).toBe(true);
    expect(read.times).toBe(1);

    await db.insert(outbox).values({ idempotencyKey: 'cache-unread', method: 'chat.postMessage', channel: 'UX', payload: {} });
    await cache.read(db, 'k', read.compute);
    expect(read.times).toBe(1);

    await db.insert(supervisors).values({ userId: 'UCACHE', grantedBy: 'test' });
    await cache.read(db, 'k', read.compute);
    expect(read.times).toBe(2);
  });

  it('asks the count once for requests that arrive together, and never answers from a count read before a request came', async () => {
    const { db } = database();
    let countReads = 0;
    // Holds back the result of the count reads started while it is set (each read itself runs at once).
    let hold: Promise<void> | undefined;
    const counting = new Proxy(db, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (property !== 'execute') return typeof value === 'function' ? value.bind(target) : value;
        return (...args: Parameters<Database['execute']>) => {
          countReads++;
          const gate = hold;
          const result = target.execute(...args);
          return gate
            ? result.then(async (rows) => {
                await gate;
                return rows;
              })
            : result;
        };
      },
    });
    const cache = new AnswerCache();
    const read = counted(db, () => ({ value: 'shared' }));
    await cache.read(counting, 'shared', read.compute);
    countReads = 0;
    await Promise.all(Array.from({ length: 50 }, () => cache.read(counting, 'shared', read.compute)));
    // One read running and one queued behind it serve all fifty.
    expect(countReads).toBeLessThanOrEqual(2);
    expect(read.times).toBe(1);

    // A request's count read has run but not answered; meanwhile a change commits and another
    // request comes. That one must not be answered from the earlier count.
    let release!: () => void;
    hold = new Promise((resolve) => (release = resolve));
    const earlier = cache.read(counting, 'shared', read.compute);
    hold = undefined;
    await db.insert(supervisors).values({ userId: 'UCACHE-LATE', grantedBy: 'test' });
    const later = cache.read(counting, 'shared', read.compute);
    release();
    await Promise.all([earlier, later]);
    expect(read.times).toBe(2);
  });

  it('reads afresh inside a transaction, which may see its own uncommitted changes, and keeps nothing from it', async () => {
    const { db } = database();
    const cache = new AnswerCache();
    let times = 0;
    await db.transaction(async (tx) => {
      const read = counted(tx, () => 'answer');
      await tx.insert(supervisors).values({ userId: 'UUNCOMMITTED', grantedBy: 'test' });
      await cache.read(tx, 'k', read.compute);
      await cache.read(tx, 'k', read.compute);
      times = read.times;
    });
    expect(times).toBe(2);
    expect(cache.size).toBe(0);
  });

  it('keeps no refusal, and lets the least recently served answer go when full', async () => {
    const { db } = database();
    const cache = new AnswerCache(2);
    await expect(cache.read(db, 'refused', () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(cache.size).toBe(0);

    const a = counted(db, () => 'a');
    const b = counted(db, () => 'b');
    const c = counted(db, () => 'c');
    await cache.read(db, 'a', a.compute);
    await cache.read(db, 'b', b.compute);
    await cache.read(db, 'a', a.compute); // a is now the most recently served
    await cache.read(db, 'c', c.compute); // so b goes
    await cache.read(db, 'a', a.compute);
    await cache.read(db, 'b', b.compute);
    expect([a.times, b.times, c.times]).toEqual([1, 2, 1]);
    expect(cache.size).toBe(2);
  });

  it('keeps list and show answers right across changes made through another instance', async () => {
    const { db } = database();
    await seedOffice(db);
    await assignSuggestion(contextOf(db, people.supervisor), {
      code: 'C-1',
      title: '河道',
      lead: { text: '水利厅' },
      co: [],
      dueOn: '2026-05-29',
    });
    const here = new AnswerCache();
    const as = (actor: string, now = defaultNow) => ({ ...contextOf(db, actor, now), answers: here });

    const before = await listSuggestions(as(people.waterLiaison), { kind: 'mine' });
    expect(before.lines.map((l) => [l.code, l.status, l.nextNodeOn])).toEqual([['C-1', 'assigned', '2026-03-05']]);
    expect(await listSuggestions(as(people.waterLiaison), { kind: 'mine' })).toBe(before);
    const shown = await showSuggestion(as(people.waterLiaison), { code: 'C-1' });
    expect(shown.assignments[0]?.status).toBe('pending');

    // Another instance (no cache of its own here) accepts: both answers change at once.
    await acceptAssignment(contextOf(db, people.waterLiaison), { code: 'C-1' });
    const after = await listSuggestions(as(people.waterLiaison), { kind: 'mine' });
    expect(after).not.toBe(before);
    expect(after.lines[0]?.nextNodeOn).not.toBe('2026-03-05');
    expect((await showSuggestion(as(people.waterLiaison), { code: 'C-1' })).assignments[0]?.status).toBe('accepted');

    // The same question on another day is another answer: overdue depends on the day.
    const later = new Date('2026-05-20T01:00:00Z');
    const overdue = await listSuggestions(as(people.waterLiaison, later), { kind: 'mine' });
    expect(overdue.lines[0]?.overdueNodes).toBeGreaterThan(0);
    expect(after.lines[0]?.overdueNodes).toBe(0);

    // Someone else asking is another answer too, and a refusal is not kept.
    const kept = here.size;
    expect((await listSuggestions(as(people.civilLiaison), { kind: 'mine' })).total).toBe(0);
    expect(here.size).toBe(kept); // an empty list has no row to carry the count
    expect(await refusalOf(showSuggestion(as(people.stranger), { code: 'C-1' }))).toMatchObject({ code: 'forbidden' });
    expect(await refusalOf(showSuggestion(as(people.stranger), { code: 'C-1' }))).toMatchObject({ code: 'forbidden' });
  });
});
