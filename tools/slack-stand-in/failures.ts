import type { Failure, RandomFailures } from './types.js';

const DEFAULT_RANDOM_KINDS: Failure[] = [{ kind: 'rate_limited', retryAfterSeconds: 1 }, { kind: 'server_error' }];

/** Small seeded PRNG so a failure pattern can be replayed exactly from its seed. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Queued {
  method: string;
  failure: Failure;
  remaining: number;
}

interface RandomState {
  rate: number;
  kinds: Failure[];
  draw: () => number;
  failedSoFar: number;
}

/** Decides which incoming calls get an injected failure instead of their normal answer. */
export class FailurePlan {
  private queue: Queued[] = [];
  private random: RandomState | null = null;

  failNext(method: string, failure: Failure, times = 1): void {
    if (times > 0) this.queue.push({ method, failure, remaining: times });
  }

  setRandom(config: RandomFailures | null): void {
    this.random =
      config === null
        ? null
        : {
            rate: config.rate,
            kinds: config.kinds && config.kinds.length > 0 ? config.kinds : DEFAULT_RANDOM_KINDS,
            draw: mulberry32(config.seed),
            failedSoFar: 0,
          };
  }

  /** Failure to inject for this call, consuming queued ones first (in the order they were queued). */
  take(method: string): Failure | undefined {
    const queued = this.queue.find((q) => q.method === method || q.method === '*');
    if (queued !== undefined) {
      queued.remaining -= 1;
      if (queued.remaining <= 0) this.queue.splice(this.queue.indexOf(queued), 1);
      return queued.failure;
    }
    const random = this.random;
    if (random === null || random.draw() >= random.rate) return undefined;
    const failure = random.kinds[random.failedSoFar % random.kinds.length];
    random.failedSoFar += 1;
    return failure;
  }

  reset(): void {
    this.queue = [];
    this.random = null;
  }
}
