// The ack path's targets, judged on ratios to the bare app measured in the same run: on a shared
// machine the absolute figures move from run to run, a ratio much less.
import type { TargetVerdict } from '../report.js';
import type { Figures } from './load.js';

export const p99LimitMs = 50;
export const minThroughputRatio = 0.5;

const ms = (value: number) => value.toFixed(value < 10 ? 1 : 0);
const ratio = (value: number) => `${value.toFixed(2)}×`;

export function judge(bare: Figures, bots: readonly Figures[]): TargetVerdict[] {
  return bots.flatMap((bot) => [
    { name: `${bot.name}: p99 ${ms(bot.p99Ms)} ms < ${p99LimitMs} ms`, pass: bot.p99Ms < p99LimitMs },
    {
      name: `${bot.name}: throughput ${ratio(bot.requestsPerSecond / bare.requestsPerSecond)} of the bare app ≥ ${ratio(minThroughputRatio)}`,
      pass: bot.requestsPerSecond >= minThroughputRatio * bare.requestsPerSecond,
    },
  ]);
}

export function figuresTable(bare: Figures, all: readonly Figures[]): string {
  const rows = all.map((f) =>
    [
      f.name,
      ms(f.p50Ms),
      ms(f.p99Ms),
      f.requestsPerSecond.toFixed(0),
      String(f.requests),
      `${f.errors} / ${f.non2xx} / ${f.wrongAnswers}`,
      f === bare ? '—' : ratio(f.requestsPerSecond / bare.requestsPerSecond),
      f === bare ? '—' : ratio(f.p99Ms / bare.p99Ms),
    ].join(' | '),
  );
  return [
    'Target | p50 ms | p99 ms | req/s | requests | errors / non-2xx / wrong | req/s ÷ bare | p99 ÷ bare',
    '--- | ---: | ---: | ---: | ---: | ---: | ---: | ---:',
    ...rows,
  ]
    .map((row) => `| ${row} |`)
    .join('\n');
}

export const verdictLines = (verdicts: readonly TargetVerdict[]): string =>
  verdicts.map((v) => `- ${v.pass ? 'PASS' : 'FAIL'}: ${v.name}`).join('\n');
