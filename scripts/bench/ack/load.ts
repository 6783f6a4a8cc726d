// Drives one workload with autocannon and keeps the figures that matter. Every response is
// checked: a status other than 2xx, a connection error or a wrong answer makes the run broken.
import autocannon from 'autocannon';
import type { Probe, Workload } from './workloads.js';

export interface Figures {
  name: string;
  seconds: number;
  connections: number;
  p50Ms: number;
  p99Ms: number;
  requestsPerSecond: number;
  requests: number;
  errors: number;
  non2xx: number;
  wrongAnswers: number;
  /** One wrong body, to say what went wrong. */
  firstWrongAnswer?: string;
}

export async function measure(workload: Workload, options: { seconds: number; connections: number }): Promise<Figures> {
  let wrongAnswers = 0;
  let firstWrongAnswer: string | undefined;
  const result = await autocannon({
    url: workload.url,
    method: 'POST',
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        // Called for every request, just before it is sent: a fresh body and signature each time.
        setupRequest: (request, context) => {
          const probe = workload.next();
          context.probe = probe;
          return { ...request, body: probe.request.body, headers: { ...request.headers, ...probe.request.headers } };
        },
        // One request in flight per connection, so the context still holds this response's request.
        onResponse: (status, body, context) => {
          if (status < 200 || status > 299 || (context.probe as Probe).isRightAnswer(body)) return;
          wrongAnswers += 1;
          firstWrongAnswer ??= body.slice(0, 500);
        },
      },
    ],
  });
  return {
    name: workload.name,
    seconds: options.seconds,
    connections: options.connections,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    wrongAnswers,
    ...(firstWrongAnswer === undefined ? {} : { firstWrongAnswer }),
  };
}

/** What makes these figures worthless, if anything. */
export function problemsOf(figures: Figures): string[] {
  const problems: string[] = [];
  if (figures.requests === 0) problems.push(`${figures.name}: no request completed`);
  if (figures.errors > 0) problems.push(`${figures.name}: ${figures.errors} connection errors or timeouts`);
  if (figures.non2xx > 0) problems.push(`${figures.name}: ${figures.non2xx} responses were not 2xx (refused or failed)`);
  if (figures.wrongAnswers > 0) {
    problems.push(`${figures.name}: ${figures.wrongAnswers} wrong answers, e.g. ${JSON.stringify(figures.firstWrongAnswer)}`);
  }
  return problems;
}

/** A few requests one at a time before the load, so a misconfigured run stops with a clear reason. */
export async function sampleAnswers(workload: Workload, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    const probe = workload.next();
    const response = await fetch(workload.url, { method: 'POST', headers: probe.request.headers, body: probe.request.body });
    const body = await response.text();
    if (response.status !== 200 || !probe.isRightAnswer(body)) {
      throw new Error(`${workload.name}: a sample request got ${response.status} ${JSON.stringify(body.slice(0, 500))}`);
    }
  }
}
