// duban's scripts as an operator runs them: real processes, their output kept for assertions.
import { type ChildProcess, spawn } from 'node:child_process';
import { inject } from 'vitest';
import { bundleOf, type ProcessScript } from './bundle-processes.js';

export interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  /** SIGKILL to the whole process group: whatever the script started goes with it. */
  killHard(): void;
}

export function run(script: ProcessScript, env: Record<string, string>, args: string[] = []): Running {
  let output = '';
  // Source maps, so that a stack trace a test prints names the TypeScript line.
  const child = spawn(process.execPath, ['--enable-source-maps', bundleOf(inject('processBundles'), script), ...args], {
    cwd: process.cwd(),
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // A process group of its own, so that killHard reaches the script itself.
    detached: true,
  });
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const killHard = () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
  };
  return { child, output: () => output, exited, killHard };
}

export async function waitFor(running: Running, pattern: RegExp, ms = 30_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + ms;
  for (;;) {
    const match = running.output().match(pattern);
    if (match) return match;
    if (Date.now() > deadline || running.child.exitCode !== null) throw new Error(`never saw ${pattern}:\n${running.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
