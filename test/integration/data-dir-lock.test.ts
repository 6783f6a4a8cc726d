// One process per embedded data directory, whatever happens around it.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataDirLockedError, lockDataDir } from '../../src/db/data-dir-lock.js';

let dir: string;
const children: ChildProcess[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'duban-lock-'));
});
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});
const lockFile = () => join(dir, 'duban.lock');
const owner = () => JSON.parse(readFileSync(lockFile(), 'utf8'));
/** The record this process writes when it takes the lock. */
const mine = () => {
  const release = lockDataDir(dir);
  const record = owner();
  release();
  return record;
};
const refusal = () => {
  try {
    lockDataDir(dir)();
  } catch (error) {
    if (error instanceof DataDirLockedError) return error;
    throw error;
  }
  throw new Error('the lock was taken');
};
/** Takes the lock if it can, then asserts that it now names this process. */
const takesIt = (leftover: string) => {
  writeFileSync(lockFile(), leftover);
  const release = lockDataDir(dir);
  const record = owner();
  release();
  expect(record).toMatchObject({ host: hostname(), pid: process.pid });
};

const lockModule = JSON.stringify(join(process.cwd(), 'src/db/data-dir-lock.ts'));
/** A real process running `script`, with the lock module loaded, its stdout collected by line. */
function child(script: string) {
  const process_ = spawn(
    process.execPath,
    ['--import', 'tsx', '--eval', `(async () => { const { lockDataDir } = await import(${lockModule}); ${script} })();`],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  children.push(process_);
  const lines: string[] = [];
  process_.stdout?.on('data', (chunk) => lines.push(...String(chunk).split('\n').filter(Boolean)));
  const exited = new Promise<void>((resolve) => process_.on('exit', () => resolve()));
  return { process: process_, lines, exited };
}
const until = async (test: () => boolean) => {
  while (!test()) await new Promise((resolve) => setTimeout(resolve, 10));
};
/** A child that takes the lock and holds it until it is killed. */
async function holder() {
  const held = child(`lockDataDir(${JSON.stringify(dir)}); console.log('locked'); setInterval(() => {}, 60_000);`);
  await until(() => held.lines.includes('locked'));
  return held;
}

describe('lockDataDir', () => {
  it('holds the directory with this process as its owner and gives it back', () => {
    const release = lockDataDir(dir);
    expect(owner()).toMatchObject({ host: hostname(), pid: process.pid });
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    release();
    expect(existsSync(lockFile())).toBe(false);
    lockDataDir(dir)();
  });

  it('takes over the lock of a process that died, or a lock with no readable owner', () => {
    for (const leftover of ['999999', '', 'garbage', '{"pid":', JSON.stringify({ ...mine(), pid: 999999 })]) takesIt(leftover);
  });

  it('never removes a lock that another process took over in the meantime', () => {
    const release = lockDataDir(dir);
    writeFileSync(lockFile(), '424242');
    release();
    expect(readFileSync(lockFile(), 'utf8')).toBe('424242');
  });

  it('takes over a lock left under its own pid by an earlier process (a restarted container)', () => {
    const me = mine();
    takesIt(String(process.pid));
    takesIt(JSON.stringify({ ...me, startedAt: me.startedAt - 1, since: '2026-01-01T00:00:00.000Z' }));
  });

  it('refuses while another process holds the lock, and names it', async () => {
    const held = await holder();
    const error = refusal();
    expect(error.owner).toMatchObject({ host: hostname(), pid: held.process.pid });
    expect(error.message).toContain(`pid ${held.process.pid} on ${hostname()}`);
    expect(error.message).toContain('DATABASE_URL');
  });

  it('takes over the lock of a process killed with SIGKILL', async () => {
    const held = await holder();
    expect(owner().pid).toBe(held.process.pid);
    held.process.kill('SIGKILL');
    await held.exited;
    const release = lockDataDir(dir);
    expect(owner().pid).toBe(process.pid);
    release();
  });

  it('lets exactly one of several processes racing over a dead owner’s lock take it', async () => {
    writeFileSync(lockFile(), JSON.stringify({ ...mine(), pid: 999999 }));
    // Each child says it is ready, waits for the starting signal, tries the lock, reports, and
    // holds what it got until the test has counted.
    const racers = Array.from({ length: 6 }, () =>
      child(`
        const { existsSync } = await import('node:fs');
        const dir = ${JSON.stringify(dir)};
        const when = (file) => new Promise((resolve) => { const t = setInterval(() => { if (existsSync(dir + file)) { clearInterval(t); resolve(); } }, 2); });
        console.log('ready');
        await when('/go');
        let outcome = 'refused';
        try { lockDataDir(dir); outcome = 'took'; } catch {}
        console.log(outcome);
        await when('/done');`),
    );
    await until(() => racers.every((c) => c.lines.includes('ready')));
    writeFileSync(join(dir, 'go'), '');
    await until(() => racers.every((c) => c.lines.length >= 2));
    const outcomes = racers.map((c) => c.lines[1]);
    writeFileSync(join(dir, 'done'), '');
    await Promise.all(racers.map((c) => c.exited));
    expect(outcomes.filter((o) => o === 'took')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'refused')).toHaveLength(5);
  });

  it('refuses another host’s lock while it is refreshed, and takes it over once it is not', () => {
    const record = { host: 'duban-other-container', bootId: 'b', pid: 1, startedAt: 1, since: '2026-01-01T00:00:00.000Z' };
    writeFileSync(lockFile(), JSON.stringify(record));
    const error = refusal();
    expect(error.owner).toMatchObject({ host: record.host, pid: 1, since: record.since });
    expect(error.message).toContain(`pid 1 on duban-other-container, since ${record.since}`);
    const aMinuteAgo = new Date(Date.now() - 61_000);
    utimesSync(lockFile(), aMinuteAgo, aMinuteAgo);
    const release = lockDataDir(dir);
    expect(owner()).toMatchObject({ host: hostname(), pid: process.pid });
    release();
  });

  it('judges a container of the same host name by the heartbeat too: its pid is another process here', () => {
    // Host networking, or a host name set by hand: only the pid namespace tells the two apart.
    const ours = mine();
    const record = { ...ours, pid: process.pid, startedAt: 1, pidNamespace: 'pid:[4026500000]' };
    writeFileSync(lockFile(), JSON.stringify(record));
    expect(refusal().message).toContain('taken over once it has not been refreshed for 60 s');
    const aMinuteAgo = new Date(Date.now() - 61_000);
    utimesSync(lockFile(), aMinuteAgo, aMinuteAgo);
    const release = lockDataDir(dir);
    expect(owner()).toMatchObject({ host: hostname(), pid: process.pid, startedAt: ours.startedAt, pidNamespace: ours.pidNamespace });
    release();
  });

  it('refreshes the lock it holds, so that another host does not take it over', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const release = lockDataDir(dir);
      const longAgo = new Date(Date.now() - 3_600_000);
      utimesSync(lockFile(), longAgo, longAgo);
      vi.advanceTimersByTime(10_000);
      expect(Date.now() - statSync(lockFile()).mtimeMs).toBeLessThan(5_000);
      release();
      vi.advanceTimersByTime(10_000);
      expect(existsSync(lockFile())).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('takes over a lock written before the machine rebooted', () => {
    // Owned by this very process but for the boot id, which is all that tells the record stale.
    takesIt(JSON.stringify({ ...mine(), bootId: 'a-boot-before' }));
  });

  it('takes over a lock whose pid now belongs to another process', () => {
    const stat = readFileSync(`/proc/${process.ppid}/stat`, 'utf8');
    const parentStartedAt = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
    const parent = { ...mine(), pid: process.ppid, startedAt: parentStartedAt };
    writeFileSync(lockFile(), JSON.stringify(parent));
    expect(refusal().owner.pid).toBe(process.ppid);
    takesIt(JSON.stringify({ ...parent, startedAt: parentStartedAt + 1 }));
  });
});
