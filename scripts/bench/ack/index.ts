// The ack benchmark: how fast the bot answers /suggest over HTTP with a realistic ledger behind
// it, next to a bare Bolt app that only acks, both measured in the same run.
import { randomBytes } from 'node:crypto';
import { openDatabase } from '../../../src/db/client.js';
import { registerCleanup } from '../cleanup.js';
import { describeMachine, machine } from '../machine.js';
import type { BenchmarkReport } from '../report.js';
import { createBenchDatabase } from './bench-database.js';
import { supervisorUserId } from './cast.js';
import { measure, problemsOf, sampleAnswers, type Figures } from './load.js';
import { seed, type Seeded } from './seed.js';
import { involvingBenchUser, involvingBusyUser } from './seed-plan.js';
import { startTargets } from './targets.js';
import { figuresTable, judge, verdictLines } from './verdict.js';
import { workloads } from './workloads.js';

const connections = 50;
const warmupSeconds = 2;
const timezone = 'Asia/Shanghai';
const locale = 'zh-CN';

const progress = (text: string) => process.stderr.write(`[ack] ${text}\n`);

function benchSeconds(): number {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  if (!Number.isFinite(seconds) || seconds < 1) throw new Error(`BENCH_SECONDS must be a number of seconds ≥ 1, not ${process.env.BENCH_SECONDS}`);
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
    progress(`seeded in ${((Date.now() - seededAt) / 1000).toFixed(1)} s (bulk rows checked against assignSuggestion on ${seeded.probes} suggestions)`);

    const secret = randomBytes(24).toString('hex');
    const targets = await startTargets({ databaseUrl: database.url, signingSecret: secret, supervisors: [supervisorUserId], timezone, locale });
    const stopTargets = registerCleanup((interrupted) => targets.stop({ graceful: !interrupted }));
    try {
      const set = workloads({ urls: targets.urls, secret, plan: seeded.plan, locale });
      const order = [set.bare, set.show, set.listMine, set.listMineBusy];
      for (const workload of order) await sampleAnswers(workload, 5);

      const figures: Figures[] = [];
      const broken: string[] = [];
      for (const workload of order) {
        progress(`${workload.name}: ${warmupSeconds} s warm-up, then ${seconds} s at ${connections} connections`);
        broken.push(...problemsOf(await measure(workload, { seconds: warmupSeconds, connections })).map((p) => `warm-up: ${p}`));
        const measured = await measure(workload, { seconds, connections });
        figures.push(measured);
        broken.push(...problemsOf(measured));
        // autocannon stops waiting, not the bot: let the requests still queued there finish, so
        // they neither weigh on the next target nor meet a closing database at the end.
        await sampleAnswers(workload, 1);
      }
      const [bare, show, listMine] = figures as [Figures, Figures, Figures, Figures];
      const verdicts = judge(bare, [show, listMine]);
      return { name: 'ack', text: reportText(seeded, seconds, figures, verdicts), targets: verdicts, broken };
    } finally {
      await stopTargets();
    }
  } finally {
    await dropDatabase();
  }
}

function reportText(seeded: Seeded, seconds: number, figures: readonly Figures[], verdicts: ReturnType<typeof judge>): string {
  const { plan } = seeded;
  const assignments = plan.suggestions.reduce((sum, s) => sum + 1 + s.co.length, 0);
  return [
    '## Ack path (`scripts/bench/ack`)',
    '',
    `- Command: \`npm run bench\` (BENCH_SECONDS=${seconds})`,
    `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- Machine: ${describeMachine(machine())}`,
    `- Data: ${plan.suggestions.length.toLocaleString('en')} suggestions, ${assignments.toLocaleString('en')} assignments over ${plan.units.length} units on PostgreSQL; the \`list mine\` user is involved in ${involvingBenchUser(plan)} of them, the busy one in ${involvingBusyUser(plan)}`,
    `- Load: autocannon, ${connections} connections, ${warmupSeconds} s warm-up then ${seconds} s per target, every request freshly signed and every answer checked`,
    '',
    figuresTable(figures[0]!, figures),
    '',
    verdictLines(verdicts),
  ].join('\n');
}
