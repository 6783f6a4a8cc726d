// The ack benchmark: how fast the bot answers /suggest over HTTP with a realistic ledger behind
// it, next to a bare Bolt app that only acks, both measured in the same run.
import { randomBytes } from 'node:crypto';
import { openDatabase } from '../../../src/db/client.js';
import { registerCleanup } from '../cleanup.js';
import { describeMachine, machine } from '../machine.js';
import type { BenchmarkReport } from '../report.js';
import { createBenchDatabase } from './bench-database.js';
import { supervisorUserId } from './cast.js';
import { type Figures, measure, problemsOf, sampleAnswers } from './load.js';
import { type Seeded, seed } from './seed.js';
import { involvingBenchUser, involvingBusyUser } from './seed-plan.js';
import { startTargets } from './targets.js';
import { combined, figuresTable, judge, type Measured, verdictLines } from './verdict.js';
import { type Workload, workloads } from './workloads.js';

const connections = 50;
const warmupSeconds = 2;
const timezone = 'Asia/Shanghai';
const locale = 'zh-CN';

const progress = (text: string) => process.stderr.write(`[ack] ${text}\n`);

function benchSeconds(): number {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  if (!Number.isFinite(seconds) || seconds < 1)
    throw new Error(`BENCH_SECONDS must be a number of seconds ≥ 1, not ${process.env.BENCH_SECONDS}`);
  return seconds;
}

async function seedDatabase(databaseUrl: string): Promise<Seeded> {
  const database = await openDatabase({ databaseUrl });
  try {
    return await seed(database.db, { now: new Date(), timezone });
  } finally {
    await database.close();
  }
}

export async function runAckBenchmark(): Promise<BenchmarkReport> {
  const seconds = benchSeconds();
  const database = await createBenchDatabase();
  const dropDatabase = registerCleanup(() => database.drop());
  try {
    progress(`seeding ${database.name}`);
    const seededAt = Date.now();
    const seeded = await seedDatabase(database.url);
    progress(
      `seeded in ${((Date.now() - seededAt) / 1000).toFixed(1)} s (bulk rows checked against assignSuggestion on ${seeded.probes} suggestions)`,
    );

    const secret = randomBytes(24).toString('hex');
    const targets = await startTargets({
      databaseUrl: database.url,
      signingSecret: secret,
      supervisors: [supervisorUserId],
      timezone,
      locale,
    });
    const stopTargets = registerCleanup((interrupted) => targets.stop({ graceful: !interrupted }));
    try {
      const set = workloads({ urls: targets.urls, secret, plan: seeded.plan, locale });
      const bots = [
        { workload: set.show, judged: true },
        { workload: set.listMine, judged: true },
        { workload: set.listMineAfresh, judged: false },
        { workload: set.listMineBusy, judged: false },
      ];
      for (const workload of [set.bare, ...bots.map((bot) => bot.workload)]) await sampleAnswers(workload, 5);

      const broken: string[] = [];
      const run = async (workload: Workload): Promise<Figures> => {
        progress(`${workload.name}: ${warmupSeconds} s warm-up, then ${seconds} s at ${connections} connections`);
        broken.push(...problemsOf(await measure(workload, { seconds: warmupSeconds, connections })).map((p) => `warm-up: ${p}`));
        const measured = await measure(workload, { seconds, connections });
        broken.push(...problemsOf(measured));
        // autocannon stops waiting, not the bot: let the requests still queued there finish, so
        // they neither weigh on the next target nor meet a closing database at the end.
        await sampleAnswers(workload, 1);
        return measured;
      };
      const bareRuns = [await run(set.bare)];
      const measured: Measured[] = [];
      for (const bot of bots) {
        const figures = await run(bot.workload);
        bareRuns.push(await run(set.bare));
        const around = combined(set.bare.name, bareRuns.slice(-2));
        measured.push({ figures, bare: around, judged: bot.judged });
      }
      const bare = combined(`${set.bare.name} (mean of ${bareRuns.length} runs, one before and after each target)`, bareRuns);
      const verdicts = judge(measured);
      return { name: 'ack', text: reportText(seeded, seconds, bare, measured, verdicts), targets: verdicts, broken };
    } finally {
      await stopTargets();
    }
  } finally {
    await dropDatabase();
  }
}

function reportText(
  seeded: Seeded,
  seconds: number,
  bare: Figures,
  measured: readonly Measured[],
  verdicts: ReturnType<typeof judge>,
): string {
  const { plan } = seeded;
  const assignments = plan.suggestions.reduce((sum, s) => sum + 1 + s.co.length, 0);
  return [
    '## Ack path (`scripts/bench/ack`)',
    '',
    `- Command: \`npm run bench\` (BENCH_SECONDS=${seconds})`,
    `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- Machine: ${describeMachine(machine())}`,
    `- Data: ${plan.suggestions.length.toLocaleString('en')} suggestions, ${assignments.toLocaleString('en')} assignments over ${plan.units.length} units on PostgreSQL; the \`list mine\` user is involved in ${involvingBenchUser(plan)} of them, the busy one in ${involvingBusyUser(plan)}`,
    `- Load: autocannon, ${connections} connections, ${warmupSeconds} s warm-up then ${seconds} s per run; the bare app runs before and after each target, which is compared with the mean of those two; every request freshly signed and every answer checked`,
    '',
    figuresTable(bare, measured),
    '',
    verdictLines(verdicts),
  ].join('\n');
}
