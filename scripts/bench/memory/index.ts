// The memory benchmark: what the bot holds at rest and at the end of the ack benchmark's load, on
// PostgreSQL and on the embedded database, beside a bare Bolt app measured the same way in the
// same run, each started as `npm start` starts the bot (node on compiled JavaScript); and the
// demo's peak. Figures are reported, targets judged as ratios to the bare app.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../src/db/client.js';
import { type JobName, jobDefinitions } from '../../../src/jobs/definitions.js';
import { claimJobRun, finishJobRun } from '../../../src/jobs/job-runs.js';
import { startSlackStandIn } from '../../../tools/slack-stand-in/server.js';
import { createBenchDatabase } from '../ack/bench-database.js';
import { supervisorUserId } from '../ack/cast.js';
import { measure, problemsOf, sampleAnswers } from '../ack/load.js';
import { type Seeded, seed } from '../ack/seed.js';
import { workloads } from '../ack/workloads.js';
import { registerCleanup } from '../cleanup.js';
import { demoCommand } from '../demo/index.js';
import { describeMachine, machine } from '../machine.js';
import type { BenchmarkReport, TargetVerdict } from '../report.js';
import { kernelMb, type MemorySample, startMeasuredProcess } from './measured-process.js';

const connections = 50;
const warmupSeconds = 2;
/**
 * How long a process is left alone after it answers before it is read "at rest": V8 keeps the
 * heap that starting up grew (the bot's: migrations, its modules) until it has been idle a while,
 * then gives it back (measured: 139 MB at 10 s, 106 MB at 30 s).
 */
const restSeconds = 30;
const timezone = 'Asia/Shanghai';

const progress = (text: string) => process.stderr.write(`[memory] ${text}\n`);

interface Row {
  name: string;
  rest: MemorySample;
  load: MemorySample;
  requestsPerSecond: number;
}

/**
 * The ack benchmark's ledger, with today's scheduled jobs recorded as run: a bot that starts on it
 * is at rest, as in an office where the morning's reminders went out, rather than catching up a
 * day of reminders for 10,000 suggestions.
 */
async function seedDatabase(options: { databaseUrl?: string; dataDir?: string }): Promise<Seeded> {
  const database = await openDatabase(options);
  try {
    const now = new Date();
    const seeded = await seed(database.db, { now, timezone });
    for (const [job, definition] of Object.entries(jobDefinitions) as Array<[JobName, (typeof jobDefinitions)[JobName]]>) {
      const scheduledFor = definition.owedFire(now, timezone);
      if (!scheduledFor) continue;
      const fire = { job, scheduledFor };
      if (await claimJobRun(database.db, fire, 'bench', 60_000))
        await finishJobRun(database.db, fire, 'bench', { ok: true, detail: 'before the benchmark' });
    }
    return seeded;
  } finally {
    await database.close();
  }
}

export async function runMemoryBenchmark(): Promise<BenchmarkReport> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  progress('npm run build');
  const built = spawnSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('npm run build failed');

  const broken: string[] = [];
  const database = await createBenchDatabase();
  const dropDatabase = registerCleanup(() => database.drop());
  const folder = mkdtempSync(join(tmpdir(), 'duban-bench-embedded-'));
  const removeFolder = registerCleanup(async () => rmSync(folder, { recursive: true, force: true }));
  const standIn = await startSlackStandIn();
  const closeStandIn = registerCleanup(() => standIn.close());
  try {
    progress(`seeding ${database.name} and an embedded folder with the same ledger`);
    const seeded = await seedDatabase({ databaseUrl: database.url });
    await seedDatabase({ dataDir: join(folder, 'data') });
    const secret = randomBytes(24).toString('hex');
    const slack = {
      SLACK_BOT_TOKEN: 'xoxb-bench-memory',
      SLACK_SIGNING_SECRET: secret,
      SLACK_API_URL: standIn.url,
      SUPERVISORS: supervisorUserId,
      LOG_LEVEL: 'error',
    };
    const { DATABASE_URL: _url, DATA_DIR: _dir, EMBEDDED_SHARED_BUFFERS: _buffers, ...env } = process.env;
    const targets = [
      { name: 'bare Bolt app', script: 'scripts/bench/memory/bare-app.mjs', env: {}, bot: false },
      { name: 'bot on PostgreSQL', script: 'dist/main.js', env: { DATABASE_URL: database.url }, bot: true },
      { name: 'bot, embedded (16MB cache, the default)', script: 'dist/main.js', env: { DATA_DIR: join(folder, 'data') }, bot: true },
      {
        name: 'bot, embedded (128MB cache, as PGlite ships)',
        script: 'dist/main.js',
        env: { DATA_DIR: join(folder, 'data'), EMBEDDED_SHARED_BUFFERS: '128MB' },
        bot: true,
      },
    ];
    const rows: Row[] = [];
    for (const target of targets) {
      progress(`${target.name}: start, ${restSeconds} s at rest, ${warmupSeconds} + ${seconds} s of load`);
      const started = await startMeasuredProcess(target.script, { ...env, ...slack, ...target.env });
      try {
        await new Promise((resolve) => setTimeout(resolve, restSeconds * 1000));
        const rest = await started.sample();
        const set = workloads({
          urls: { bare: started.url, bot: started.url, botAfresh: started.url, standIn: standIn.url },
          secret,
          plan: seeded.plan,
          locale: 'zh-CN',
        });
        const workload = target.bot ? { ...set.show, name: `${target.name}: show` } : set.bare;
        await sampleAnswers(workload, 3);
        await measure(workload, { seconds: warmupSeconds, connections });
        const figures = await measure(workload, { seconds, connections });
        broken.push(...problemsOf(figures));
        const load = await started.sample();
        rows.push({ name: target.name, rest, load, requestsPerSecond: figures.requestsPerSecond });
      } finally {
        await started.stop();
      }
    }
    progress('the demo, its peak read every 100 ms');
    const demoPeakMb = await demoPeak(broken);
    const bare = rows[0]!;
    const server = rows[1]!;
    const targetsMet: TargetVerdict[] = [
      { name: 'memory: bot on PostgreSQL at rest ≤ 1.5× the bare app', pass: server.rest.rssMb <= 1.5 * bare.rest.rssMb },
      { name: 'memory: bot on PostgreSQL under load ≤ 2× the bare app', pass: server.load.rssMb <= 2 * bare.load.rssMb },
    ];
    return { name: 'memory', text: reportText(rows, demoPeakMb, seconds, seeded), targets: targetsMet, broken };
  } finally {
    await closeStandIn();
    await removeFolder();
    await dropDatabase();
  }
}

/** The demo run as `npm run demo` runs it, its resident peak read while it runs (VmHWM). */
async function demoPeak(broken: string[]): Promise<number> {
  const child = spawn(process.execPath, demoCommand(), { stdio: 'ignore' });
  let peak = 0;
  const timer = setInterval(() => {
    try {
      const now = kernelMb(child.pid!, 'VmHWM');
      // NaN while the process is still being set up or already gone.
      if (Number.isFinite(now)) peak = Math.max(peak, now);
    } catch {
      // gone between two reads
    }
  }, 100);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  if (code !== 0) broken.push(`the demo exited ${code}`);
  return peak;
}

function reportText(rows: readonly Row[], demoPeakMb: number, seconds: number, seeded: Seeded): string {
  const bare = rows[0]!;
  const ratio = (value: number, of: number) => `${(value / of).toFixed(2)}×`;
  const line = (row: Row) =>
    `| ${row.name} | ${row.rest.rssMb} (${ratio(row.rest.rssMb, bare.rest.rssMb)}) | ${row.rest.heapUsedMb} / ${row.rest.heapTotalMb} | ${row.rest.externalMb} | ${row.load.rssMb} (${ratio(row.load.rssMb, bare.load.rssMb)}) | ${row.load.peakMb} | ${row.load.heapUsedMb} / ${row.load.heapTotalMb} | ${Math.round(row.requestsPerSecond)} |`;
  return [
    '## Memory (`scripts/bench/memory`)',
    '',
    `- Command: \`BENCH_ONLY=memory npm run bench\` (BENCH_SECONDS=${seconds})`,
    `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- Machine: ${describeMachine(machine())}`,
    `- Data: the ack benchmark's ledger (${seeded.plan.suggestions.length.toLocaleString('en')} suggestions over ${seeded.plan.units.length} units), on PostgreSQL and in an embedded folder`,
    `- Each process alone, started with node on compiled JavaScript (\`npm run build\`; the bot as \`npm start\` runs it, with its jobs and outbox), read ${restSeconds} s after /healthz answers (at rest) and at the end of ${seconds} s of the ack benchmark's \`show\` load (the bare app's acks), 50 connections. MB; resident set from /proc, heap from the process itself.`,
    '',
    '| process | at rest: resident | heap used / total | external | under load: resident | peak | heap used / total | requests/s |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map(line),
    '',
    `- The demo's peak resident set (\`npm run demo\`, embedded database in memory): ${demoPeakMb} MB`,
  ].join('\n');
}
