// The newcomer's tour must finish in under a minute: `npm run demo` run as README says (its own
// process, the command package.json gives), three times, each timed from start to exit.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { assignmentList } from '../../demo/assignment-list.js';
import { describeMachine, machine } from '../machine.js';
import type { BenchmarkReport } from '../report.js';

const runs = 3;
const targetMs = 60_000;

const progress = (text: string) => process.stderr.write(`[demo] ${text}\n`);

/** The command `npm run demo` runs, without npm around it: node's arguments. */
export function demoCommand(): string[] {
  const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
  const [program, ...args] = (scripts.demo ?? '').split(/\s+/);
  if (program !== 'node') throw new Error(`package.json's demo script no longer starts with node: ${scripts.demo}`);
  return args;
}

async function runDemo(args: string[]): Promise<{ ms: number; code: number | null; output: string }> {
  const start = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += String(chunk)));
  child.stderr.on('data', (chunk) => (output += String(chunk)));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { ms: performance.now() - start, code, output };
}

export async function runDemoBenchmark(): Promise<BenchmarkReport> {
  const args = demoCommand();
  const broken: string[] = [];
  const times: number[] = [];
  let messages = '';
  for (let i = 0; i < runs; i += 1) {
    progress(`run ${i + 1} of ${runs}`);
    const run = await runDemo(args);
    const finished = /demo finished: (\d+) messages sent, (\d+) dead/.exec(run.output);
    if (run.code !== 0 || !finished) broken.push(`run ${i + 1} exited ${run.code}: ${run.output.slice(-500)}`);
    else if (finished[2] !== '0') broken.push(`run ${i + 1}: ${finished[2]} messages dead`);
    messages = finished?.[1] ?? messages;
    times.push(run.ms);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const slowest = sorted.at(-1)!;
  const pass = slowest < targetMs;
  const text = [
    '## The demo (`scripts/bench/demo`)',
    '',
    `- Command: \`BENCH_ONLY=demo npm run bench\` (runs \`npm run demo\`'s command ${runs} times) · Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- Machine: ${describeMachine(machine())}`,
    `- Work: ${assignmentList().length} suggestions imported and one assigned through the form, played through a quarter, ${messages} messages sent to the local stand-in`,
    '',
    '| Measure | median | fastest | slowest |',
    '| --- | ---: | ---: | ---: |',
    `| start to exit | ${seconds(sorted[Math.floor(runs / 2)]!)} | ${seconds(sorted[0]!)} | ${seconds(slowest)} |`,
    '',
    `- ${pass ? 'PASS' : 'FAIL'}: the slowest of ${runs} runs ${seconds(slowest)} (target under ${seconds(targetMs)})`,
  ].join('\n');
  return { name: 'demo', text, targets: [{ name: `npm run demo under ${targetMs / 1000} s`, pass }], broken };
}
