// Starts the targets process and stops it. BENCH_CPU_PROF=<dir> has it write a V8 CPU profile
// there on exit (open it in Chrome DevTools or speedscope) to see where the bot's time goes.
import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { configVariable, stopMessage, type TargetsConfig, type TargetsMessage, type TargetUrls } from './targets-protocol.js';

export interface Targets {
  urls: TargetUrls;
  /** Graceful: requests in flight finish. Not graceful: for an interrupted run, which cannot wait. */
  stop(options?: { graceful: boolean }): Promise<void>;
}

const startTimeoutMs = 60_000;
const stopTimeoutMs = 15_000;

export async function startTargets(config: TargetsConfig): Promise<Targets> {
  const profileDir = process.env.BENCH_CPU_PROF;
  const child = fork(fileURLToPath(new URL('./targets-process.ts', import.meta.url)), [], {
    env: { ...process.env, [configVariable]: JSON.stringify(config) },
    // process.execArgv carries tsx's loader, so the child runs TypeScript too.
    execArgv: [...process.execArgv, ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])],
  });
  const stop = (options = { graceful: true }) => stopChild(child, options.graceful);
  try {
    return { urls: await ready(child), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function ready(child: ChildProcess): Promise<TargetUrls> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the targets did not start within ${startTimeoutMs / 1000} s`)), startTimeoutMs);
    const settle = () => clearTimeout(timer);
    child.once('message', (message: TargetsMessage) => {
      settle();
      if (message.kind === 'ready') resolve(message.urls);
      else reject(new Error(`the targets could not start:\n${message.error}`));
    });
    child.once('exit', (code, signal) => {
      settle();
      reject(new Error(`the targets process ended before it was ready (${signal ?? `exit code ${code}`})`));
    });
  });
}

async function stopChild(child: ChildProcess, graceful: boolean): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  // Under load a graceful stop waits for the load to end; an interrupted run ends it here.
  if (!graceful) child.kill('SIGTERM');
  else if (child.connected) child.send(stopMessage);
  const timer = setTimeout(() => {
    process.stderr.write('the targets process did not stop in time; killing it\n');
    child.kill('SIGKILL');
  }, stopTimeoutMs);
  await exited;
  clearTimeout(timer);
}
