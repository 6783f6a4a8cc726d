// One way to reach the ledger, two engines: postgres.js when DATABASE_URL is set, embedded PGlite
// in DATA_DIR otherwise. Services see the same drizzle database either way.
import { availableParallelism } from 'node:os';
import { type PgDatabase, type PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { migrateServer } from './migrate.js';
import * as schema from './schema.js';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/** Whether `db` is a transaction rather than the database: it may see its own uncommitted rows. */
export const isTransaction = (db: Database): boolean => (db as unknown) instanceof PgTransaction;

export interface DatabaseHandle {
  db: Database;
  engine: 'postgres' | 'pglite';
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  /** A folder for PGlite, or 'memory://' for a throwaway database (tests, demo). */
  dataDir?: string;
  /** A dump of a migrated embedded database to start from (tests: a copy is quicker to load than to make). */
  loadDataDir?: Blob;
  /** The embedded database's page cache, e.g. '16MB' (EMBEDDED_SHARED_BUFFERS). */
  sharedBuffers?: string;
  /** Pool size for postgres.js. */
  maxConnections?: number;
  /**
   * How a server connection is set up (DATABASE_PREPARE, DATABASE_SESSION_SETTINGS): prepared
   * statements, and the session settings sent as startup parameters. Behind PgBouncer in
   * transaction mode, switch both off (docs/deploy.md).
   */
  server?: ServerConnection;
}

export interface ServerConnection {
  /** Statements prepared on their connection (default true); a transaction pooler may refuse them. */
  prepare: boolean;
  /** serverSessionSettings sent when connecting ('startup', the default), or set on the role by the operator ('role'). */
  sessionSettings: 'startup' | 'role';
}

/** The database the environment names (config.ts's variables), opened as it asks. */
export const databaseOptionsFrom = (config: {
  DATABASE_URL?: string | undefined;
  DATA_DIR: string;
  EMBEDDED_SHARED_BUFFERS: string;
  DATABASE_PREPARE: boolean;
  DATABASE_SESSION_SETTINGS: 'startup' | 'role';
}): DatabaseOptions => ({
  databaseUrl: config.DATABASE_URL,
  dataDir: config.DATA_DIR,
  sharedBuffers: config.EMBEDDED_SHARED_BUFFERS,
  server: { prepare: config.DATABASE_PREPARE, sessionSettings: config.DATABASE_SESSION_SETTINGS },
});

/** postgres.js's options for a server connection set up as asked. */
export function serverClientOptions(connection: ServerConnection = { prepare: true, sessionSettings: 'startup' }) {
  return {
    onnotice: () => {},
    prepare: connection.prepare,
    ...(connection.sessionSettings === 'startup' ? { connection: serverSessionSettings } : {}),
  };
}

/**
 * Statements outside a transaction (the reads on the ack path) run as prepared statements: a
 * parameterised statement is otherwise described and planned on every run, a second round trip.
 * The set of statement texts is fixed by the code, so the per-connection cache stays small.
 */
function preparedByDefault(client: postgres.Sql): void {
  const unsafe = client.unsafe.bind(client);
  client.unsafe = ((query: string, args?: unknown[], options?: postgres.UnsafeQueryOptions) =>
    unsafe(query, args as postgres.ParameterOrJSON<never>[], { ...options, prepare: true })) as typeof client.unsafe;
}

/**
 * Session settings for every server connection. The ledger's queries are short and
 * index-driven: JIT compiling them costs more than it saves (measured: about 30 ms of a 45 ms
 * list query), and so does planning a prepared statement anew on each run (measured: 0.6–0.9 ms
 * of a 1.3 ms list query). The ledger lives in memory, where reading a page through an index
 * costs about what reading the next one does: at the default random_page_cost of 4 the planner
 * scanned all 200 units, or hashed them, to name the two units of a suggestion.
 */
export const serverSessionSettings = { jit: 'off', plan_cache_mode: 'force_generic_plan', random_page_cost: '1.1' } as const;

/** Opens the database and brings its schema up to date. */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    await migrateServer(options.databaseUrl);
    const client = postgres(options.databaseUrl, {
      // Queries here take well under a millisecond: a few connections per core keep the server
      // busy, more only make its backends compete (measured: 10 → 4 on 2 cores, list +15 %).
      max: options.maxConnections ?? Math.max(4, 2 * availableParallelism()),
      ...serverClientOptions(options.server),
    });
    if (options.server?.prepare !== false) preparedByDefault(client);
    return {
      db: drizzlePostgres(client, { schema }),
      engine: 'postgres',
      close: () => client.end({ timeout: 5 }),
    };
  }
  // The embedded engine is loaded only where it runs: a process on a server never carries it.
  const { openEmbedded } = await import('./open-embedded.js');
  return openEmbedded(options);
}
