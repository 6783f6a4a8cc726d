// The ack path's targets, judged on ratios to the bare app measured in the same run: on a shared
// machine the absolute figures move from run to run, a ratio much less. The bare app is measured
// before and after each target, and the target is compared with the mean of those two, so a
// machine that speeds up or slows down during the run does not favour the targets measured last.
import type { TargetVerdict } from '../report.js';
import type { Figures } from './load.js';

export const p99LimitMs = 50;
export const minThroughputRatio = 0.5;

/** A target's figures with the bare app's measured around it. */
export interface Measured {
  figures: Figures;
  bare: Figures;
  /** Judged against the targets, or only reported. */
  judged: boolean;
}

const ms = (value: number) => value.toFixed(value < 10 ? 1 : 0);
const ratio = (value: number) => `${value.toFixed(2)}×`;
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** The bare app's runs as one: the mean of their figures, the sum of their counts. */
export function combined(name: string, runs: readonly Figures[]): Figures {
  const first = runs[0]!;
  return {
    ...first,
    name,
    seconds: runs.reduce((sum, run) => sum + run.seconds, 0),
    p50Ms: mean(runs.map((run) => run.p50Ms)),
    p99Ms: mean(runs.map((run) => run.p99Ms)),
    requestsPerSecond: mean(runs.map((run) => run.requestsPerSecond)),
    requests: runs.reduce((sum, run) => sum + run.requests, 0),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    non2xx: runs.reduce((sum, run) => sum + run.non2xx, 0),
    wrongAnswers: runs.reduce((sum, run) => sum + run.wrongAnswers, 0),
  };
}

export function judge(measured: readonly Measured[]): TargetVerdict[] {
  return measured
    .filter((m) => m.judged)
    .flatMap(({ figures: bot, bare }) => [
      { name: `${bot.name}: p99 ${ms(bot.p99Ms)} ms < ${p99LimitMs} ms`, pass: bot.p99Ms < p99LimitMs },
      {
        name: `${bot.name}: throughput ${ratio(bot.requestsPerSecond / bare.requestsPerSecond)} of the bare app around it ≥ ${ratio(minThroughputRatio)}`,
        pass: bot.requestsPerSecond >= minThroughputRatio * bare.requestsPerSecond,
      },
    ]);
}

export function figuresTable(bare: Figures, measured: readonly Measured[]): string {
  const row = (f: Figures, around?: Figures) =>
    [
      f.name,
      ms(f.p50Ms),
      ms(f.p99Ms),
      f.requestsPerSecond.toFixed(0),
      String(f.requests),
      `${f.errors} / ${f.non2xx} / ${f.wrongAnswers}`,
      around ? around.requestsPerSecond.toFixed(0) : '—',
      around ? ratio(f.requestsPerSecond / around.requestsPerSecond) : '—',
      around ? ratio(f.p99Ms / around.p99Ms) : '—',
    ].join(' | ');
  return [
    'Target | p50 ms | p99 ms | req/s | requests | errors / non-2xx / wrong | bare req/s around it | req/s ÷ bare | p99 ÷ bare',
    '--- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---:',
    row(bare),
    ...measured.map((m) => row(m.figures, m.bare)),
  ]
    .map((line) => `| ${line} |`)
    .join('\n');
}

export const verdictLines = (verdicts: readonly TargetVerdict[]): string =>
  verdicts.map((v) => `- ${v.pass ? 'PASS' : 'FAIL'}: ${v.name}`).join('\n');
