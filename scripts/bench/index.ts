// npm run bench: every benchmark in scripts/bench/, then one summary. A missed target is reported,
// not failed; a broken run (errors, refusals, wrong answers) exits non-zero, as its figures
// measured something else than the bot at work.
import { errorDetail } from '../../src/log.js';
import { runAckBenchmark } from './ack/index.js';
import { cleanUpOnSignals } from './cleanup.js';
import { runDemoBenchmark } from './demo/index.js';
import { runImportBenchmark } from './import/index.js';
import { runListenersBenchmark } from './listeners/index.js';
import { runMemoryBenchmark } from './memory/index.js';
import { runRankingBenchmark } from './ranking/index.js';
import { runRemindersBenchmark } from './reminders/index.js';
import type { BenchmarkReport } from './report.js';

const all: Array<{ name: string; run: () => Promise<BenchmarkReport> }> = [
  { name: 'ack', run: runAckBenchmark },
  { name: 'reminders', run: runRemindersBenchmark },
  { name: 'ranking', run: runRankingBenchmark },
  { name: 'listeners', run: runListenersBenchmark },
  { name: 'import', run: runImportBenchmark },
  { name: 'demo', run: runDemoBenchmark },
  { name: 'memory', run: runMemoryBenchmark },
];
// BENCH_ONLY=reminders (or ack, ranking, listeners, import, demo, memory) runs one of them.
const only = process.env.BENCH_ONLY;
const benchmarks = only ? all.filter((b) => b.name === only) : all;
if (benchmarks.length === 0) throw new Error(`BENCH_ONLY=${only} names no benchmark; there are ${all.map((b) => b.name).join(', ')}`);

cleanUpOnSignals();
process.stdout.write('# duban benchmarks\n\n');

const reports: BenchmarkReport[] = [];
for (const benchmark of benchmarks) {
  try {
    const report = await benchmark.run();
    reports.push(report);
    process.stdout.write(`${report.text}\n\n`);
  } catch (error) {
    reports.push({ name: benchmark.name, text: '', targets: [], broken: [errorDetail(error)] });
  }
}

const targets = reports.flatMap((r) => r.targets);
const broken = reports.flatMap((r) => r.broken.map((problem) => `${r.name}: ${problem}`));
process.stdout.write(`## Summary\n\nTargets met: ${targets.filter((t) => t.pass).length} of ${targets.length}\n`);
for (const missed of targets.filter((t) => !t.pass)) process.stdout.write(`- missed: ${missed.name}\n`);
if (broken.length > 0) {
  process.stdout.write(`\nBROKEN RUN: these figures do not measure the bot at work:\n${broken.map((p) => `- ${p}`).join('\n')}\n`);
  process.exitCode = 1;
}
