// PGlite is a single-process database: two processes writing one data directory corrupt it.
// A lock file holding the owner's pid keeps a second bot, or a job runner started beside the bot,
// out; a lock whose owner has died (kill -9, power loss) is taken over. A lock is created
// atomically with its owner inside (link), and only one process at a time may remove a dead
// owner's lock, so two processes starting at once cannot both take it.

import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by another duban process (pid ${ownerPid}). ` +
        'Stop that process first, or set DATABASE_URL to a PostgreSQL server so that several processes can share one database.',
    );
    this.name = 'DataDirLockedError';
  }
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const readOwner = (path: string): number | undefined => {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
};

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** Creates the lock with our pid already in it, or fails with EEXIST: never a lock without an owner. */
function create(path: string): boolean {
  const draft = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, String(process.pid));
  try {
    linkSync(draft, path);
    return true;
  } catch (error) {
    if (code(error) === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(draft, { force: true });
  }
}

// A takeover is a few file operations; a mutex older than this was left by a process that died
// in the middle of one.
const abandonedAfterMs = 10_000;

/**
 * Removes a lock whose owner is dead (or unreadable), holding a second lock file as a mutex so
 * that only one process at a time judges and removes it: without it, one process could remove the
 * fresh lock another has just put in place of the dead one.
 */
function removeDeadLock(path: string): void {
  const mutex = `${path}.takeover`;
  if (!create(mutex)) {
    try {
      if (Date.now() - statSync(mutex).mtimeMs > abandonedAfterMs) rmSync(mutex, { force: true });
    } catch (error) {
      if (code(error) !== 'ENOENT') throw error;
    }
    return;
  }
  try {
    const owner = readOwner(path);
    if (owner === undefined || !isAlive(owner)) rmSync(path, { force: true });
  } finally {
    rmSync(mutex, { force: true });
  }
}

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Takes the data directory for this process; returns the function that gives it back. */
export function lockDataDir(dataDir: string): () => void {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'duban.lock');
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (create(path)) {
      return () => {
        if (readOwner(path) === process.pid) rmSync(path, { force: true });
      };
    }
    const owner = readOwner(path);
    if (owner !== undefined && isAlive(owner)) throw new DataDirLockedError(dir, owner);
    // A dead owner's lock, or one with no readable owner at all, is removed, then taken afresh.
    removeDeadLock(path);
    pause(5);
  }
  throw new DataDirLockedError(dir, readOwner(path) ?? 0);
}
