// How a failed Web API call is retried: later when Slack is busy or down; for hours when it
// refuses the message for a reason someone can put right (the bot not yet invited to a unit's
// channel, an everyday setup slip); a few times more when it refuses the message itself.
import { ErrorCode } from '@slack/web-api';
import type { DeliveryProblem } from '../domain/notices.js';

export type DeliveryFailure =
  | { kind: 'rate_limited'; retryAfterSeconds: number; error: string }
  /** uncertain: Slack may have posted it (no answer, or a 5xx); check before posting again. */
  | { kind: 'transient'; error: string; uncertain: boolean }
  /** Refused until someone changes the channel or invites the bot; then it goes as it is. */
  | { kind: 'fixable'; error: string }
  | { kind: 'permanent'; error: string };

const fixableErrors: ReadonlySet<string> = new Set<DeliveryProblem>(['not_in_channel', 'channel_not_found', 'is_archived']);
const readerGoneErrors = new Set(['user_not_found', 'user_disabled', 'cannot_dm_bot', 'user_not_visible']);

/** What a refusal means for the office, from Slack's error. */
export function deliveryProblemOf(error: string): DeliveryProblem {
  if (fixableErrors.has(error)) return error as DeliveryProblem;
  return readerGoneErrors.has(error) ? 'reader_gone' : 'refused';
}

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
    if (fixableErrors.has(reason)) return { kind: 'fixable', error: reason };
    if (!transientPlatformErrors.has(reason)) return { kind: 'permanent', error: reason };
    return { kind: 'transient', error: reason, uncertain: maybeServedErrors.has(reason) };
  }
  if (failure.code === ErrorCode.HTTPError) return { kind: 'transient', error: `http_${failure.statusCode ?? 'error'}`, uncertain: true };
  // Timeouts, reset connections and anything unexpected: the request may have been served.
  return { kind: 'transient', error: String(failure.code ?? failure.message ?? 'unknown').slice(0, 200), uncertain: true };
}

export const maxPermanentFailures = 3;

/** Refusals someone can put right are tried for about a day (fixableBackoffSeconds) before the message is given up. */
export const maxFixableFailures = 30;

/** Seconds to wait before the next try: 2, 4, 8 … capped at 10 minutes, with jitter. */
export function backoffSeconds(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(600, 2 ** Math.min(Math.max(attempt, 1), 10));
  return base * (0.75 + random() * 0.5);
}

/**
 * Seconds before trying again after a refusal someone can put right: 1, 2, 4 … minutes, then
 * hourly, so that a channel fixed within the hour is served within minutes, and the 30 tries last
 * about a day (an hour of doubling, then 24 hourly), with jitter.
 */
export function fixableBackoffSeconds(failures: number, random: () => number = Math.random): number {
  const base = Math.min(3600, 60 * 2 ** Math.min(Math.max(failures - 1, 0), 6));
  return base * (0.9 + random() * 0.2);
}
