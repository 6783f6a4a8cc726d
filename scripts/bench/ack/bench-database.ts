// A database of its own on the local PostgreSQL server, so a run never meets another's data and
// leaves nothing behind: dropped at the end, with force, since a crashed run may still hold
// connections to it.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

const defaultServerUrl = 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export async function createBenchDatabase(serverUrl = process.env.BENCH_DATABASE_URL || defaultServerUrl): Promise<BenchDatabase> {
  const name = `duban_bench_${randomBytes(5).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } catch (error) {
    await admin.end({ timeout: 5 });
    throw error;
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      try {
        await admin.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await admin.end({ timeout: 5 });
      }
    },
  };
}
