// How a failed Web API call is retried: later when Slack is busy or down, a few times more when
// it refuses the message itself, never again once it is clearly undeliverable.
import { ErrorCode } from '@slack/web-api';

export type DeliveryFailure =
  | { kind: 'rate_limited'; retryAfterSeconds: number; error: string }
  /** uncertain: Slack may have posted it (no answer, or a 5xx); check before posting again. */
  | { kind: 'transient'; error: string; uncertain: boolean }
  | { kind: 'permanent'; error: string };

// Platform errors that say Slack or our credentials are the problem, not this message.
const transientPlatformErrors = new Set([
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
  'ratelimited',
  'invalid_auth',
  'not_authed',
  'token_revoked',
  'token_expired',
  'account_inactive',
  'team_access_not_granted',
]);

const maybeServedErrors = new Set(['internal_error', 'fatal_error']);

/** The error Slack named in its answer, when it answered with one (ok: false). */
export function slackErrorOf(error: unknown): string | undefined {
  const failure = error as { code?: string; data?: { error?: string } };
  return failure.code === ErrorCode.PlatformError ? (failure.data?.error ?? 'unknown_error') : undefined;
}

export function classifyDeliveryFailure(error: unknown): DeliveryFailure {
  const failure = error as { code?: string; retryAfter?: number; data?: { error?: string }; statusCode?: number; message?: string };
  if (failure.code === ErrorCode.RateLimitedError) {
    return { kind: 'rate_limited', retryAfterSeconds: Math.max(1, failure.retryAfter ?? 1), error: 'ratelimited' };
  }
  const reason = slackErrorOf(error);
  if (reason !== undefined) {
    // An answer that names its error means the message was not posted, but for these two, of
    // which Slack says "it's possible some aspect of the operation succeeded".
    if (!transientPlatformErrors.has(reason)) return { kind: 'permanent', error: reason };
    return { kind: 'transient', error: reason, uncertain: maybeServedErrors.has(reason) };
  }
  if (failure.code === ErrorCode.HTTPError) return { kind: 'transient', error: `http_${failure.statusCode ?? 'error'}`, uncertain: true };
  // Timeouts, reset connections and anything unexpected: the request may have been served.
  return { kind: 'transient', error: String(failure.code ?? failure.message ?? 'unknown').slice(0, 200), uncertain: true };
}

export const maxPermanentFailures = 3;

/** Seconds to wait before the next try: 2, 4, 8 … capped at 10 minutes, with jitter. */
export function backoffSeconds(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(600, 2 ** Math.min(Math.max(attempt, 1), 10));
  return base * (0.75 + random() * 0.5);
}
