// PGlite is a single-process database: two processes writing one data directory corrupt it.
// A lock file holding the owner's pid keeps a second bot, or a job runner started beside the bot,
// out; a lock whose owner has died (kill -9, power loss) is taken over. Every step is atomic on
// the file system (link, rename), so two processes starting at once cannot both take it.
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
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

/** Moves a dead owner's lock aside; a lock that turns out to be someone's fresh one goes back. */
function takeOver(path: string, deadPid: number | undefined): void {
  const aside = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.stale`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if (code(error) === 'ENOENT') return; // another process moved it first
    throw error;
  }
  if (readOwner(aside) !== deadPid) {
    try {
      linkSync(aside, path);
    } catch (error) {
      if (code(error) !== 'EEXIST') throw error;
    }
  }
  rmSync(aside, { force: true });
}

/** Takes the data directory for this process; returns the function that gives it back. */
export function lockDataDir(dataDir: string): () => void {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'duban.lock');
  for (let attempt = 0; attempt < 5; attempt += 1) {
    if (create(path)) {
      return () => {
        if (readOwner(path) === process.pid) rmSync(path, { force: true });
      };
    }
    const owner = readOwner(path);
    if (owner !== undefined && isAlive(owner)) throw new DataDirLockedError(dir, owner);
    // A dead owner's lock, or one with no readable owner at all, is taken over.
    takeOver(path, owner);
  }
  throw new DataDirLockedError(dir, readOwner(path) ?? 0);
}
