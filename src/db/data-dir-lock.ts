// PGlite is a single-process database: two processes writing one data directory corrupt it.
// A lock file naming its owner keeps a second bot, or a job runner started beside the bot, out.
// Node has no flock, so the owner is a record a reused pid cannot fake (host, boot id, pid, start
// time; lock-owner.ts): a lock whose owner has died (kill -9, power loss, a crashed container
// restarted with the same pid) is taken over at once. Containers sharing a volume cannot see each
// other's processes (they are told apart by host name and pid namespace, as a restarted container
// has a new namespace too), so the owner refreshes the lock's mtime while it holds it, and such a
// lock left unrefreshed for a minute is taken over (their clocks must agree to well within that). A lock is created atomically with its owner inside
// (link), and only one process at a time may remove a dead owner's lock, so two processes
// starting at once cannot both take it.

import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isOutOfSight, isOwnerGone, type LockOwner, ownerNow, readLockOwner } from './lock-owner.js';

const heartbeatMs = 10_000;
const otherHostSilentForMs = 60_000;

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: Pick<LockOwner, 'host' | 'pid' | 'since' | 'pidNamespace'>,
  ) {
    const elsewhere = isOutOfSight(owner);
    super(
      `The embedded database in ${dataDir} is in use by another duban process (pid ${owner.pid} on ${owner.host}, since ${owner.since}). ` +
        (elsewhere
          ? `If that process is gone, its lock is taken over once it has not been refreshed for ${otherHostSilentForMs / 1000} s. `
          : '') +
        'Stop that process first, or set DATABASE_URL to a PostgreSQL server so that several processes can share one database.',
    );
    this.name = 'DataDirLockedError';
  }
}

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** Creates the lock with its content already in it, or fails with EEXIST: never a lock without an owner. */
function create(path: string, content: string): boolean {
  const draft = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, content);
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

/** Whether a lock is there and its owner is gone (or unreadable). A lock already removed is not dead: it may be someone's fresh one the next instant. */
const isDead = (path: string) => {
  if (!existsSync(path)) return false;
  const lock = readLockOwner(path);
  return lock === undefined || isOwnerGone(lock, otherHostSilentForMs);
};

// A takeover is a few file operations; a mutex older than this was left by a process that died
// in the middle of one.
const abandonedAfterMs = 10_000;

/**
 * Removes a lock whose owner is gone (or unreadable), holding a second lock file as a mutex so
 * that only one process at a time judges and removes it: without it, one process could remove the
 * fresh lock another has just put in place of the dead one.
 */
function removeDeadLock(path: string): void {
  const mutex = `${path}.takeover`;
  if (!create(mutex, String(process.pid))) {
    try {
      if (Date.now() - statSync(mutex).mtimeMs > abandonedAfterMs) rmSync(mutex, { force: true });
    } catch (error) {
      if (code(error) !== 'ENOENT') throw error;
    }
    return;
  }
  try {
    if (isDead(path)) rmSync(path, { force: true });
  } finally {
    rmSync(mutex, { force: true });
  }
}

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

const isStill = (path: string, content: string) => {
  try {
    return readFileSync(path, 'utf8') === content;
  } catch {
    return false;
  }
};

/** Keeps the lock fresh while this process holds it; returns the function that gives it back. */
function hold(path: string, content: string): () => void {
  const heartbeat = setInterval(() => {
    if (!isStill(path, content)) return clearInterval(heartbeat);
    try {
      const now = new Date();
      utimesSync(path, now, now);
    } catch {
      // Removed in between, or the disk is failing: the next beat, or the next start, will tell.
    }
  }, heartbeatMs);
  heartbeat.unref();
  return () => {
    clearInterval(heartbeat);
    if (isStill(path, content)) rmSync(path, { force: true });
  };
}

/** Takes the data directory for this process; returns the function that gives it back. */
export function lockDataDir(dataDir: string): () => void {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'duban.lock');
  const content = JSON.stringify(ownerNow());
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (create(path, content)) return hold(path, content);
    const lock = readLockOwner(path);
    if (lock !== undefined && !isOwnerGone(lock, otherHostSilentForMs)) throw new DataDirLockedError(dir, lock.owner);
    removeDeadLock(path);
    pause(5);
  }
  throw new DataDirLockedError(dir, readLockOwner(path)?.owner ?? { host: '?', pid: 0, since: '?' });
}
