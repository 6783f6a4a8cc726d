// One process per embedded data directory, whatever happens around it.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from '../../src/db/data-dir-lock.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'duban-lock-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});
const lockFile = () => join(dir, 'duban.lock');

describe('lockDataDir', () => {
  it('holds the directory with this process’s pid and gives it back', () => {
    const release = lockDataDir(dir);
    expect(readFileSync(lockFile(), 'utf8')).toBe(String(process.pid));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    release();
    expect(existsSync(lockFile())).toBe(false);
    lockDataDir(dir)();
  });

  it('takes over the lock of a process that died, or a lock with no readable owner', () => {
    for (const leftover of ['999999', '', 'garbage']) {
      writeFileSync(lockFile(), leftover);
      const release = lockDataDir(dir);
      expect(readFileSync(lockFile(), 'utf8')).toBe(String(process.pid));
      release();
    }
  });

  it('never removes a lock that another process took over in the meantime', () => {
    const release = lockDataDir(dir);
    writeFileSync(lockFile(), '424242');
    release();
    expect(readFileSync(lockFile(), 'utf8')).toBe('424242');
  });

  it('lets exactly one of several processes racing over a dead owner’s lock take it', async () => {
    writeFileSync(lockFile(), '999999');
    // Each child says it is ready, waits for the starting signal, tries the lock, reports, and
    // holds what it got until the test has counted.
    const script = `(async () => {
      const { existsSync } = await import('node:fs');
      const { lockDataDir } = await import(${JSON.stringify(join(process.cwd(), 'src/db/data-dir-lock.ts'))});
      const dir = ${JSON.stringify(dir)};
      const when = (file) => new Promise((resolve) => { const t = setInterval(() => { if (existsSync(dir + file)) { clearInterval(t); resolve(); } }, 2); });
      console.log('ready');
      await when('/go');
      let outcome = 'refused';
      try { lockDataDir(dir); outcome = 'took'; } catch {}
      console.log(outcome);
      await when('/done');
    })();`;
    const children = Array.from({ length: 6 }, () => {
      const child = spawn(join(process.cwd(), 'node_modules/.bin/tsx'), ['--eval', script], { stdio: ['ignore', 'pipe', 'inherit'] });
      const lines: string[] = [];
      child.stdout.on('data', (chunk) => lines.push(...String(chunk).split('\n').filter(Boolean)));
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
      return { lines, exited };
    });
    const until = async (test: () => boolean) => {
      while (!test()) await new Promise((resolve) => setTimeout(resolve, 10));
    };
    await until(() => children.every((c) => c.lines.includes('ready')));
    writeFileSync(join(dir, 'go'), '');
    await until(() => children.every((c) => c.lines.length >= 2));
    const outcomes = children.map((c) => c.lines[1]);
    writeFileSync(join(dir, 'done'), '');
    await Promise.all(children.map((c) => c.exited));
    expect(outcomes.filter((o) => o === 'took')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'refused')).toHaveLength(5);
  });
});
