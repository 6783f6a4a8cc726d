// Fast feedback: the newcomer's tour (`npm run demo` run as README says, its own process, the
// command package.json gives, three times) must finish in under 30 s, and README's test command
// in under 3 minutes with no test lost. Each is timed from start to exit.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assignmentList } from '../../demo/assignment-list.js';
import { describeMachine, machine } from '../machine.js';
import type { BenchmarkReport } from '../report.js';

const runs = 3;
const demoTargetMs = 30_000;
const suiteTargetMs = 180_000;
/** The suite's size when its time was first cut: speed must not come from dropping tests. */
const testsAtLeast = 826;

const progress = (text: string) => process.stderr.write(`[demo] ${text}\n`);

/** The command an npm script runs, without npm around it: its program and arguments. */
function scriptCommand(name: string): [string, ...string[]] {
  const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
  const [program, ...args] = (scripts[name] ?? '').split(/\s+/);
  if (!program) throw new Error(`package.json has no ${name} script`);
  return [program, ...args];
}

/** The command `npm run demo` runs, without npm around it: node's arguments. */
export function demoCommand(): string[] {
  const [program, ...args] = scriptCommand('demo');
  if (program !== 'node') throw new Error(`package.json's demo script no longer starts with node: ${program} ${args.join(' ')}`);
  return args;
}

async function timed(program: string, args: string[], env = process.env): Promise<{ ms: number; code: number | null; output: string }> {
  const start = performance.now();
  const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, PATH: `node_modules/.bin:${env.PATH ?? ''}` } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += String(chunk)));
  child.stderr.on('data', (chunk) => (output += String(chunk)));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { ms: performance.now() - start, code, output };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** README's test command once, on the embedded database, with Vitest's count of what ran. */
async function timeTestSuite(broken: string[]): Promise<{ ms: number; passed: number; files: number }> {
  const folder = mkdtempSync(join(tmpdir(), 'duban-bench-suite-'));
  try {
    const report = join(folder, 'vitest.json');
    const [program, ...args] = scriptCommand('test');
    // README's command runs on the embedded database, whatever server the benchmarks were given.
    const { TEST_DATABASE_URL: _server, ...env } = process.env;
    const run = await timed(program, [...args, '--reporter=dot', '--reporter=json', `--outputFile.json=${report}`], env);
    if (run.code !== 0) broken.push(`npm test exited ${run.code}: ${run.output.slice(-800)}`);
    const result = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; testResults: unknown[] };
    return { ms: run.ms, passed: result.numPassedTests, files: result.testResults.length };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export async function runDemoBenchmark(): Promise<BenchmarkReport> {
  const args = demoCommand();
  const broken: string[] = [];
  const times: number[] = [];
  let messages = '';
  for (let i = 0; i < runs; i += 1) {
    progress(`run ${i + 1} of ${runs}`);
    const run = await timed(process.execPath, args);
    const finished = /demo finished: (\d+) messages sent, (\d+) dead/.exec(run.output);
    if (run.code !== 0 || !finished) broken.push(`run ${i + 1} exited ${run.code}: ${run.output.slice(-500)}`);
    else if (finished[2] !== '0') broken.push(`run ${i + 1}: ${finished[2]} messages dead`);
    messages = finished?.[1] ?? messages;
    times.push(run.ms);
  }
  progress('the test suite (npm test)');
  const suite = await timeTestSuite(broken);
  const sorted = [...times].sort((a, b) => a - b);
  const slowest = sorted.at(-1)!;
  const demoPass = slowest < demoTargetMs;
  const suitePass = suite.ms < suiteTargetMs;
  const keptPass = suite.passed >= testsAtLeast;
  const text = [
    '## Fast feedback: the demo and the test suite (`scripts/bench/demo`)',
    '',
    `- Command: \`BENCH_ONLY=demo npm run bench\` (runs \`npm run demo\`'s command ${runs} times, then \`npm test\` once) · Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- Machine: ${describeMachine(machine())}`,
    `- Demo: ${assignmentList().length} suggestions imported and one assigned through the form, played through a quarter, ${messages} messages sent to the local stand-in`,
    '',
    '| Measure | median | fastest | slowest |',
    '| --- | ---: | ---: | ---: |',
    `| demo, start to exit | ${seconds(sorted[Math.floor(runs / 2)]!)} | ${seconds(sorted[0]!)} | ${seconds(slowest)} |`,
    `| \`npm test\`, start to exit (${suite.passed} tests passed in ${suite.files} files) | ${seconds(suite.ms)} | | |`,
    '',
    `- ${demoPass ? 'PASS' : 'FAIL'}: the slowest of ${runs} demo runs ${seconds(slowest)} (target under ${seconds(demoTargetMs)})`,
    `- ${suitePass ? 'PASS' : 'FAIL'}: \`npm test\` ${seconds(suite.ms)} (target under ${seconds(suiteTargetMs)})`,
    `- ${keptPass ? 'PASS' : 'FAIL'}: ${suite.passed} tests passed (at least ${testsAtLeast})`,
  ].join('\n');
  return {
    name: 'demo',
    text,
    targets: [
      { name: `npm run demo under ${demoTargetMs / 1000} s`, pass: demoPass },
      { name: `npm test under ${suiteTargetMs / 1000} s`, pass: suitePass },
      { name: `npm test keeps at least ${testsAtLeast} tests`, pass: keptPass },
    ],
    broken,
  };
}
