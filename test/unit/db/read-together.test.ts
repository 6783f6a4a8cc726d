import { PgTransaction } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/client.js';
import { inKeyOrder, readTogether } from '../../../src/db/read-together.js';

/** A stand-in database: only its identity matters to the batching. */
const database = () => ({}) as unknown as Database;

/** A statement that answers each key with its double, recording the keys of every run; it finishes when told. */
function doublingStatement() {
  const runs: number[][] = [];
  const finish: Array<() => void> = [];
  const readMany = (_db: Database, keys: readonly number[]) => {
    runs.push([...keys]);
    return new Promise<Array<number | undefined>>((resolve) =>
      finish.push(() => resolve(keys.map((key) => (key < 0 ? undefined : key * 2)))),
    );
  };
  return { runs, readMany, finishAll: () => finish.splice(0).forEach((done) => done()) };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('readTogether', () => {
  it('reads the keys asked for in one turn with one statement, and gives each its own row', async () => {
    const statement = doublingStatement();
    const read = readTogether(statement.readMany);
    const db = database();
    const answers = Promise.all([read(db, 1), read(db, 2), read(db, -1), read(db, 3)]);
    await nextTurn();
    statement.finishAll();
    expect(await answers).toEqual([2, 4, undefined, 6]);
    expect(statement.runs).toEqual([[1, 2, -1, 3]]);
  });

  it('never adds a key to a statement already running: it waits for the next, so its answer is as fresh as its request', async () => {
    const statement = doublingStatement();
    const read = readTogether(statement.readMany);
    const db = database();
    const first = read(db, 1);
    await nextTurn();
    expect(statement.runs).toEqual([[1]]);
    const second = read(db, 2);
    await nextTurn();
    expect(statement.runs).toEqual([[1], [2]]);
    statement.finishAll();
    expect([await first, await second]).toEqual([2, 4]);
  });

  it('starts another statement once one holds as many keys as allowed', async () => {
    const statement = doublingStatement();
    const read = readTogether(statement.readMany, 2);
    const db = database();
    const answers = Promise.all([1, 2, 3, 4, 5].map((key) => read(db, key)));
    await nextTurn();
    statement.finishAll();
    expect(await answers).toEqual([2, 4, 6, 8, 10]);
    expect(statement.runs).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('keeps each database apart', async () => {
    const statement = doublingStatement();
    const read = readTogether(statement.readMany);
    const [one, two] = [database(), database()];
    const answers = Promise.all([read(one, 1), read(two, 2), read(one, 3)]);
    await nextTurn();
    statement.finishAll();
    expect(await answers).toEqual([2, 4, 6]);
    expect(statement.runs).toEqual([[1, 3], [2]]);
  });

  it('fails every read of a statement that fails, and only those', async () => {
    let fail = true;
    const runs: number[][] = [];
    const read = readTogether<number, number>(async (_db, keys) => {
      runs.push([...keys]);
      if (fail) throw new Error('connection lost');
      return keys.map((key) => key * 2);
    });
    const db = database();
    const failing = [read(db, 1), read(db, 2)].map((answer) => answer.then(String, (error: Error) => error.message));
    await nextTurn();
    fail = false;
    expect(await Promise.all(failing)).toEqual(['connection lost', 'connection lost']);
    expect(await read(db, 3)).toBe(6);
    expect(runs).toEqual([[1, 2], [3]]);
  });

  it('reads alone inside a transaction, at once', async () => {
    const runs: number[][] = [];
    const read = readTogether<number, number>(async (_db, keys) => {
      runs.push([...keys]);
      return keys.map((key) => key * 2);
    });
    const transaction = Object.create(PgTransaction.prototype) as Database;
    const answers = [read(transaction, 1), read(transaction, 2)];
    expect(runs).toEqual([[1], [2]]);
    expect(await Promise.all(answers)).toEqual([2, 4]);
  });
});

describe('inKeyOrder', () => {
  it('puts rows back in the order of the keys they answer, leaving a gap where none came', () => {
    expect(
      inKeyOrder(4, [
        { n: 3, v: 'c' },
        { n: 1, v: 'a' },
      ]),
    ).toEqual([{ n: 1, v: 'a' }, undefined, { n: 3, v: 'c' }, undefined]);
  });
});
