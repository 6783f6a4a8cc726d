// The embedded engine: PGlite in DATA_DIR (or in memory for tests and the demo), migrated and
// locked to this process. Loaded by client.ts only when no server is configured.
import { PGlite, types } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { createEmbeddedFolder, holdsEmbeddedDatabase } from './create-embedded-folder.js';
import { lockDataDir } from './data-dir-lock.js';
import { migrateEmbedded } from './migrate-embedded.js';
import { preparedEmbedded } from './prepared-embedded.js';
import * as schema from './schema.js';

const keepText = (value: string) => value;
/** What drizzle's PGlite driver asks of every query: dates, times and intervals as PostgreSQL wrote them. */
const drizzleParsers = Object.fromEntries(
  // numeric[], timestamp[], timestamptz[], interval[], date[]: drizzle-orm/pglite/session.js
  [types.TIMESTAMP, types.TIMESTAMPTZ, types.INTERVAL, types.DATE, 1231, 1115, 1185, 1187, 1182].map((oid) => [oid, keepText]),
);

export interface EmbeddedOptions {
  /** A folder, or 'memory://' for a throwaway database (tests, demo); default ./data. */
  dataDir?: string | undefined;
  /** A dump of a migrated embedded database to start from. */
  loadDataDir?: Blob | undefined;
  /** PostgreSQL's page cache inside PGlite (EMBEDDED_SHARED_BUFFERS), e.g. '16MB'; PGlite's own 128MB when unset. */
  sharedBuffers?: string | undefined;
}

export async function openEmbedded(options: EmbeddedOptions) {
  const dataDir = options.dataDir ?? './data';
  const inMemory = dataDir.startsWith('memory://');
  const unlock = inMemory ? () => {} : lockDataDir(dataDir);
  try {
    const postgresqlconf = options.sharedBuffers ? [`shared_buffers = ${options.sharedBuffers}`] : [];
    if (!inMemory && !options.loadDataDir && !holdsEmbeddedDatabase(dataDir)) await createEmbeddedFolder(dataDir, postgresqlconf);
    // A database in memory has no files to keep in step: not waiting for them after each query
    // halves its cost (tests, the demo). One on disk waits, so a commit is a commit.
    const client = new PGlite(dataDir, {
      postgresqlconf,
      relaxedDurability: inMemory,
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
    // PGlite sets its array types' parsers while it starts: drizzle's go on top once it is ready.
    await client.waitReady;
    const db = drizzle(preparedEmbedded(client, drizzleParsers), { schema });
    await migrateEmbedded(db);
    return {
      db,
      engine: 'pglite' as const,
      close: async () => {
        await client.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
