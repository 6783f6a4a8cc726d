// PGlite makes a new database folder by running initdb in the process that opens it, and the
// process keeps the memory initdb used: about 450 MB more for as long as it runs, measured in
// docs/PERFORMANCE.md. A fresh folder is made by a short-lived process of its own instead, and the
// bot opens what it left, as it would after a restart.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Whether the folder already holds a database (PostgreSQL writes PG_VERSION first thing). */
export const holdsEmbeddedDatabase = (dataDir: string): boolean => existsSync(join(dataDir, 'PG_VERSION'));

export async function createEmbeddedFolder(dataDir: string, postgresqlconf: readonly string[]): Promise<void> {
  // The child finds PGlite where this process does, whatever folder it was started from.
  const pglite = import.meta.resolve('@electric-sql/pglite');
  const code = [
    `const { PGlite } = await import(${JSON.stringify(pglite)});`,
    'const db = new PGlite(process.argv[1], { postgresqlconf: JSON.parse(process.argv[2]) });',
    'await db.waitReady;',
    'await db.close();',
  ].join('\n');
  const child = spawn(process.execPath, ['--input-type=module', '-e', code, dataDir, JSON.stringify(postgresqlconf)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => {
    errors = (errors + String(chunk)).slice(-2000);
  });
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
  });
  if (exitCode !== 0 || !holdsEmbeddedDatabase(dataDir))
    throw new Error(`could not make the embedded database in ${dataDir} (${signal ?? `exit code ${exitCode}`}): ${errors.trim()}`);
}
