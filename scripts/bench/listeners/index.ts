// What each registered Bolt listener costs every request. Bolt 5 runs the middleware of every
// listener on every request (an action listener's own filter included, on a slash command), so
// the bot routes all its buttons through one listener and all its forms through another
// (src/slack/listeners/{actions,views}/index.ts). This measures why: the same bare app that only
// acks /suggest, with none and with 18 more action listeners, alternately, in child processes.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { signRequest, slashCommandBody } from '../../../tools/slack-stand-in/slack-requests.js';
import { describeMachine, machine } from '../machine.js';
import type { BenchmarkReport } from '../report.js';
import { secret } from './listeners-app.js';

const extraListeners = [0, 18, 0, 18];
const seconds = Number(process.env.BENCH_SECONDS ?? 10);

async function measure(listeners: number): Promise<number> {
  const child = fork(fileURLToPath(new URL('./listeners-app.ts', import.meta.url)), [String(listeners)], { execArgv: process.execArgv });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.once('message', (message) => resolve(message as number));
      child.once('exit', (code) => reject(new Error(`the app exited (${code}) before it listened`)));
    });
    let sequence = 0;
    const result = await autocannon({
      url: `http://127.0.0.1:${port}/slack/events`,
      method: 'POST',
      connections: 50,
      duration: seconds,
      requests: [
        {
          setupRequest: (request) => {
            const body = slashCommandBody({
              user: 'UBENCH',
              text: 'show 2026-0001',
              responseUrl: `http://127.0.0.1:9/r/${(sequence += 1)}`,
              triggerId: 't',
            });
            const signed = signRequest(body, { secret });
            return { ...request, body: signed.body, headers: { ...request.headers, ...signed.headers } };
          },
        },
      ],
    });
    if (result.non2xx > 0 || result.errors > 0) throw new Error(`${result.non2xx} non-2xx answers and ${result.errors} errors`);
    return result.requests.average;
  } finally {
    child.kill();
  }
}

export async function runListenersBenchmark(): Promise<BenchmarkReport> {
  const rows: string[] = [];
  const figures = new Map<number, number[]>();
  for (const listeners of extraListeners) {
    const perSecond = await measure(listeners);
    figures.set(listeners, [...(figures.get(listeners) ?? []), perSecond]);
    rows.push(`| ${listeners} | ${Math.round(perSecond)} |`);
  }
  const mean = (n: number) => (figures.get(n) ?? []).reduce((a, b) => a + b, 0) / (figures.get(n)?.length ?? 1);
  const text = [
    '## What a Bolt listener costs (`scripts/bench/listeners`)',
    '',
    `- Command: \`BENCH_ONLY=listeners npm run bench\` · Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- Machine: ${describeMachine(machine())}`,
    `- A bare Bolt app acking signed \`/suggest\` requests, ${seconds} s at 50 connections each run, alternating`,
    '',
    '| action listeners besides the command | acks per second |',
    '| ---: | ---: |',
    ...rows,
    '',
    `18 more listeners: ${(mean(18) / mean(0)).toFixed(2)}× the throughput of none.`,
  ].join('\n');
  return { name: 'listeners', text, targets: [], broken: [] };
}
