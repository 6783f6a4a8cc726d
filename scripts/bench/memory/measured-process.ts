// A process whose memory the benchmark reads: started with node alone (no TypeScript loader, as
// `npm start` runs the bot), ready once its /healthz answers, read from the outside (the kernel's
// resident set and its high-water mark) and from the inside (V8's heap, through report-memory.mjs).
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface MemorySample {
  /** Resident set (VmRSS), MB. */
  rssMb: number;
  /** The most it has held so far (VmHWM), MB. */
  peakMb: number;
  heapUsedMb: number;
  heapTotalMb: number;
  /** Memory outside V8's heap that it tracks (buffers, WebAssembly memory), MB. */
  externalMb: number;
}

export interface MeasuredProcess {
  url: string;
  sample(): Promise<MemorySample>;
  stop(): Promise<void>;
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/** The kernel's figure for the process, in MB: VmRSS or VmHWM from /proc (Linux). */
export function kernelMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${field}:`));
  return Math.round(Number(line?.split(/\s+/)[1] ?? Number.NaN) / 1024);
}

export async function startMeasuredProcess(script: string, env: NodeJS.ProcessEnv): Promise<MeasuredProcess> {
  const folder = mkdtempSync(join(tmpdir(), 'duban-bench-memory-'));
  const report = join(folder, 'memory.json');
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', new URL('./report-memory.mjs', import.meta.url).pathname, script], {
    env: { ...env, PORT: String(port), MEMORY_REPORT_FILE: report },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors = (errors + String(chunk)).slice(-4000);
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${script} ended before it was ready: ${errors}`);
      if (Date.now() > deadline) throw new Error(`${script} did not answer /healthz within 120 s: ${errors}`);
      const ok = await fetch(`${base}/healthz`).then(
        (response) => response.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url: `${base}/slack/events`,
    async sample() {
      rmSync(report, { force: true });
      child.kill('SIGUSR2');
      for (let waited = 0; ; waited += 50) {
        try {
          const inside = JSON.parse(readFileSync(report, 'utf8')) as NodeJS.MemoryUsage;
          const pid = child.pid!;
          return {
            rssMb: kernelMb(pid, 'VmRSS'),
            peakMb: kernelMb(pid, 'VmHWM'),
            heapUsedMb: mb(inside.heapUsed),
            heapTotalMb: mb(inside.heapTotal),
            externalMb: mb(inside.external),
          };
        } catch (error) {
          if (waited > 5000) throw new Error(`${script} wrote no memory report: ${String(error)}`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    },
    stop,
  };
}
