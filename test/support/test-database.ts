// One database per test file: embedded PGlite in memory by default; with TEST_DATABASE_URL set
// (CI), a fresh database of its own on that PostgreSQL server, dropped when the file ends.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { afterAll, beforeAll, inject } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/db/client.js';

export const serverUrl = process.env.TEST_DATABASE_URL || undefined;

export type TestDatabase = DatabaseHandle & { url?: string };

let migratedDump: Blob | undefined;

/** The migrated ledger the run's global setup dumped, read once per file. */
export function readMigratedDump(): Blob {
  migratedDump ??= new Blob([readFileSync(inject('migratedDump'))]);
  return migratedDump;
}

export async function openTestDatabase(): Promise<TestDatabase> {
  if (!serverUrl) return openDatabase({ dataDir: 'memory://', loadDataDir: readMigratedDump() });
  const name = `duban_test_${randomBytes(5).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString(), maxConnections: 10 });
  return {
    ...handle,
    url: url.toString(),
    async close() {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

/** One database for the whole test file: opened before its tests, closed after them. */
export function useTestDatabase(): () => TestDatabase {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });
  return () => {
    if (!database) throw new Error('the test database is not open yet');
    return database;
  };
}
