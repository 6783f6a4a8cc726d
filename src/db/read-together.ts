// Reads asked for together go to the database as one statement. Under load many people ask for
// a screen within the same turn of the event loop, and PostgreSQL spends most of a small
// statement's cost starting it (its plan's nodes and expressions are set up anew on every run):
// `show` read ten at a time costs it about half as much per answer as one at a time (measured
// by instruction count, docs/PERFORMANCE.md). A read joins only a batch whose statement has not
// started yet, so every answer is at least as fresh as the request that asked for it.
import { type Database, isTransaction } from './client.js';

/** Reads the rows for these keys in one statement: one entry per key, in the keys' order (undefined where none). */
export type ReadMany<Key, Row> = (db: Database, keys: readonly Key[]) => Promise<ReadonlyArray<Row | undefined>>;

interface Batch<Key, Row> {
  keys: Key[];
  settle: Array<{ resolve(row: Row | undefined): void; reject(error: unknown): void }>;
}

/** Bounds a statement's size; beyond it a second batch starts. */
const defaultMaxBatch = 50;

export function readTogether<Key, Row>(
  readMany: ReadMany<Key, Row>,
  maxBatch = defaultMaxBatch,
): (db: Database, key: Key) => Promise<Row | undefined> {
  const open = new WeakMap<Database, Batch<Key, Row>>();

  const run = (db: Database, batch: Batch<Key, Row>) => {
    if (open.get(db) === batch) open.delete(db);
    readMany(db, batch.keys).then(
      (rows) => batch.settle.forEach((waiter, i) => waiter.resolve(rows[i])),
      (error: unknown) => batch.settle.forEach((waiter) => waiter.reject(error)),
    );
  };

  return (db, key) => {
    // A transaction's statements run one after another on its own connection, and it may see
    // its own uncommitted rows: it reads alone.
    if (isTransaction(db)) return readMany(db, [key]).then((rows) => rows[0]);
    return new Promise<Row | undefined>((resolve, reject) => {
      let batch = open.get(db);
      if (!batch) {
        const created: Batch<Key, Row> = { keys: [], settle: [] };
        open.set(db, created);
        // After the requests that arrived in this turn have reached here, not before.
        setImmediate(() => {
          if (open.get(db) === created) run(db, created);
        });
        batch = created;
      }
      batch.keys.push(key);
      batch.settle.push({ resolve, reject });
      if (batch.keys.length >= maxBatch) run(db, batch);
    });
  };
}

/** The rows of a statement over `unnest(…) with ordinality as q(…, n)`, put back in the keys' order. */
export function inKeyOrder<Row extends { n: number }>(count: number, rows: readonly Row[]): Array<Row | undefined> {
  const ordered = new Array<Row | undefined>(count).fill(undefined);
  for (const row of rows) ordered[row.n - 1] = row;
  return ordered;
}
