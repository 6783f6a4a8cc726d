// Runs a test's work inside a transaction that is always rolled back, so tests sharing one
// database never see each other's rows. Services open their own transactions inside it, which
// become savepoints.
import type { Database } from '../../src/db/client.js';

class Rollback extends Error {}

export async function inRolledBackTransaction<T>(db: Database, work: (tx: Database) => Promise<T>): Promise<T> {
  let result: T | undefined;
  try {
    await db.transaction(async (tx) => {
      result = await work(tx);
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return result as T;
}
