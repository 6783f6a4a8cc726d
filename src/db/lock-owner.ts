// Who holds the embedded database's lock, and whether they still can. A pid alone proves nothing:
// a container restarted after a crash is given the same pid (often 1) as the process that left the
// lock, and after a reboot any pid may be someone else's. The kernel's boot id says which boot a
// record was written in, and a process's start time (in clock ticks since boot, from /proc) is
// different for every process that has ever had that pid in that boot.

import { readFileSync, readlinkSync, statSync } from 'node:fs';
import { hostname } from 'node:os';

export interface LockOwner {
  readonly host: string;
  readonly bootId: string;
  readonly pid: number;
  /** Clock ticks since boot on Linux, otherwise the epoch ms; absent in a lock written by a bare pid. */
  readonly startedAt?: number;
  /**
   * The pid namespace (Linux): containers that share a host name (host networking, a name set
   * by hand) and a volume still each have their own, where the same pid is another process.
   */
  readonly pidNamespace?: string;
  readonly since: string;
}

const readText = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

/** State and start time of a process on Linux, undefined where /proc cannot tell. */
function processStat(pid: number): { state: string; startedAt: number } | undefined {
  // The command name (field 2) is in parentheses and may hold spaces or parentheses itself.
  const stat = readText(`/proc/${pid}/stat`);
  if (stat === undefined) return undefined;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const startedAt = Number(fields[19]); // field 22, counted from field 3
  return fields[0] && Number.isSafeInteger(startedAt) ? { state: fields[0], startedAt } : undefined;
}

const bootId = readText('/proc/sys/kernel/random/boot_id')?.trim() ?? '';
const pidNamespace = (() => {
  try {
    return readlinkSync('/proc/self/ns/pid');
  } catch {
    return undefined;
  }
})();
const startedAt = processStat(process.pid)?.startedAt ?? Math.round(Date.now() - process.uptime() * 1000);

/** This process as the owner of a lock taken now. */
export const ownerNow = (): LockOwner => ({
  host: hostname(),
  bootId,
  pid: process.pid,
  startedAt,
  ...(pidNamespace ? { pidNamespace } : {}),
  since: new Date().toISOString(),
});

const isPid = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) > 0;

function parse(text: string, touchedAt: number): LockOwner | undefined {
  // A lock written before owners were recorded holds a bare pid, left on this machine.
  if (/^\d+$/.test(text.trim())) {
    const pid = Number(text.trim());
    return isPid(pid) ? { host: hostname(), bootId, pid, since: new Date(touchedAt).toISOString() } : undefined;
  }
  try {
    const owner = JSON.parse(text) as Partial<LockOwner>;
    const fine =
      typeof owner.host === 'string' &&
      typeof owner.bootId === 'string' &&
      isPid(owner.pid) &&
      (owner.startedAt === undefined || Number.isSafeInteger(owner.startedAt)) &&
      (owner.pidNamespace === undefined || typeof owner.pidNamespace === 'string') &&
      typeof owner.since === 'string';
    return fine ? (owner as LockOwner) : undefined;
  } catch {
    return undefined;
  }
}

/** The owner a lock file names and when it was last refreshed, or undefined when it names none. */
export function readLockOwner(path: string): { owner: LockOwner; touchedAt: number } | undefined {
  try {
    const touchedAt = statSync(path).mtimeMs;
    const owner = parse(readFileSync(path, 'utf8'), touchedAt);
    return owner && { owner, touchedAt };
  } catch {
    return undefined;
  }
}

const exists = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Whether the owner runs in another pid namespace (another container on this host), where its pid says nothing here. */
export const isOutOfSight = (owner: Pick<LockOwner, 'host' | 'pidNamespace'>): boolean =>
  owner.host !== hostname() || (owner.pidNamespace !== undefined && pidNamespace !== undefined && owner.pidNamespace !== pidNamespace);

/**
 * Whether the owner of a lock can no longer hold it. Another host's processes cannot be seen from
 * here: its lock is gone only once it has not been refreshed for `silentForMs`.
 */
export function isOwnerGone(lock: { owner: LockOwner; touchedAt: number }, silentForMs: number): boolean {
  const { owner } = lock;
  // Processes out of sight (another host, another container's pid namespace) are judged by the lock's heartbeat alone.
  const silent = () => Date.now() - lock.touchedAt > silentForMs;
  if (owner.host !== hostname()) return silent();
  if (owner.bootId !== bootId) return true;
  if (isOutOfSight(owner)) return silent();
  // Our own pid: this very process, or a previous one that had it (the same container restarted).
  if (owner.pid === process.pid) return owner.startedAt !== startedAt;
  if (!exists(owner.pid)) return true;
  const stat = processStat(owner.pid);
  if (stat === undefined) return false;
  return stat.state === 'Z' || (owner.startedAt !== undefined && stat.startedAt !== owner.startedAt);
}
