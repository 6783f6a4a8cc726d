// Answers read far more often than the ledger changes (a person's list, a suggestion's detail),
// kept in memory and served again while the ledger is unchanged. ledger_version counts every
// committed transaction that changed a table answers read (drizzle/0003_ledger_version_triggers.sql);
// an answer is read together with that count, in one statement and so one snapshot, and served
// again only after the database confirms the count is still the same. So a served answer is
// exactly what reading it again would give, on any number of instances, for the cost of a
// single-row read instead of the answer's own statement.
import { sql } from 'drizzle-orm';
import { type Database, isTransaction } from '../../db/client.js';
import { readRows } from '../../db/read-rows.js';

/** How many answers one instance keeps; the least recently served goes first. 0 keeps none. */
const defaultCapacity = 1000;

/** A column for an answer's statement: the ledger's change count in that statement's snapshot. */
export const ledgerChangesColumn = sql`(select changes::text from ledger_version where id = 1) as "ledgerChanges"`;

/** An answer with the count its statement saw, when it saw one (no row, no count: not kept). */
export interface CountedAnswer<T> {
  answer: T;
  ledgerChanges: string | undefined;
}

interface Kept {
  answer: unknown;
  ledgerChanges: string;
}

export class AnswerCache {
  private readonly kept = new Map<string, Kept>();
  /** The count's read in flight, and the one queued behind it for the requests that came since. */
  private running: Promise<string | undefined> | undefined;
  private queued: Promise<string | undefined> | undefined;

  constructor(private readonly capacity = defaultCapacity) {}

  /**
   * The ledger's change count as of some moment after this call: requests that arrive together
   * share one read of it. A read already running may have started before this request came, and
   * could miss a change committed in between, so a request joins only a read that starts after
   * it arrived: the one queued behind the running read, which everyone arriving meanwhile shares.
   */
  private changesSince(db: Database): Promise<string | undefined> {
    if (!this.running) return this.startRead(db);
    this.queued ??= this.running.then(
      () => this.startQueued(db),
      () => this.startQueued(db),
    );
    return this.queued;
  }

  private startQueued(db: Database): Promise<string | undefined> {
    this.queued = undefined;
    return this.startRead(db);
  }

  private startRead(db: Database): Promise<string | undefined> {
    const read = ledgerChanges(db);
    this.running = read;
    const done = () => {
      if (this.running === read) this.running = undefined;
    };
    read.then(done, done);
    return read;
  }

  /** The answer under key: the one kept, if the ledger has not changed since, or read anew. */
  async read<T>(db: Database, key: string, read: () => Promise<CountedAnswer<T>>): Promise<T> {
    // A transaction may see its own uncommitted changes, which the count does not show yet.
    if (isTransaction(db) || this.capacity === 0) return (await read()).answer;
    const kept = this.kept.get(key);
    // Left in place while the count is asked: concurrent requests for the same answer all find it.
    if (kept && kept.ledgerChanges === (await this.changesSince(db))) {
      if (this.kept.get(key) === kept) {
        this.kept.delete(key);
        this.kept.set(key, kept);
      }
      return kept.answer as T;
    }
    const { answer, ledgerChanges: seen } = await read();
    if (seen !== undefined) {
      this.kept.set(key, { answer, ledgerChanges: seen });
      if (this.kept.size > this.capacity) this.kept.delete(this.kept.keys().next().value as string);
    }
    return answer;
  }

  /** How many answers are kept. */
  get size(): number {
    return this.kept.size;
  }
}

/**
 * The verb's answer, served from the context's cache when it has one. The key must name
 * everything besides the ledger that the answer depends on (who asks, what, and the day).
 * A served answer is shared with everyone else served it: callers only read it.
 */
export async function cachedAnswer<T>(
  ctx: { db: Database; answers?: AnswerCache | undefined },
  key: readonly unknown[],
  read: () => Promise<CountedAnswer<T>>,
): Promise<T> {
  return ctx.answers ? ctx.answers.read(ctx.db, JSON.stringify(key), read) : (await read()).answer;
}

async function ledgerChanges(db: Database): Promise<string | undefined> {
  const [row] = await readRows<{ ledgerChanges: string }>(db, sql`select ${ledgerChangesColumn}`);
  return row?.ledgerChanges;
}
