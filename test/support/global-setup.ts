// Once per run: the embedded database migrated once and dumped, so that each test file loads a
// ready ledger (about 0.4 s) instead of creating and migrating one (about 2 s, more while
// another file shares the cores). On PostgreSQL each file still migrates its own database.
// And the scripts that tests start as real processes, bundled (bundle-processes.ts).
import { mkdtempSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import type { TestProject } from 'vitest/node';
import { migrateEmbedded } from '../../src/db/migrate-embedded.js';
import { bundleProcesses } from './bundle-processes.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated embedded database as a tar file, or '' when the tests run on a server. */
    migratedDump: string;
    /** Where the scripts started as processes are, bundled. */
    processBundles: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const bundles = await bundleProcesses();
  project.provide('processBundles', bundles);
  const removeBundles = () => {
    rmSync(bundles, { recursive: true, force: true });
    // The folder the bundles went in, unless something else is in it (another run's bundles).
    rmdirQuietly(dirname(bundles));
  };
  if (process.env.TEST_DATABASE_URL) {
    project.provide('migratedDump', '');
    return removeBundles;
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
  return () => {
    rmSync(folder, { recursive: true, force: true });
    removeBundles();
  };
}

function rmdirQuietly(folder: string): void {
  try {
    rmdirSync(folder);
  } catch {
    // Not empty: it stays.
  }
}
