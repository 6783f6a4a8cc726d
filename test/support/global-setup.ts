// Once per run: the embedded database migrated once and dumped, so that each test file loads a
// ready ledger (about 0.4 s) instead of creating and migrating one (about 2 s, more while
// another file shares the cores). On PostgreSQL each file still migrates its own database.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import type { TestProject } from 'vitest/node';
import { migrateEmbedded } from '../../src/db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated embedded database as a tar file, or '' when the tests run on a server. */
    migratedDump: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  if (process.env.TEST_DATABASE_URL) {
    project.provide('migratedDump', '');
    return () => {};
  }
  const folder = mkdtempSync(join(tmpdir(), 'duban-test-dump-'));
  const file = join(folder, 'migrated.tar');
  const client = new PGlite('memory://');
  try {
    await migrateEmbedded(drizzle(client));
    writeFileSync(file, Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()));
  } finally {
    await client.close();
  }
  project.provide('migratedDump', file);
  return () => rmSync(folder, { recursive: true, force: true });
}
