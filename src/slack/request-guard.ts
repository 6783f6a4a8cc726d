// Slack's request signing, enforced in full. Bolt's own check refuses a stale timestamp but
// serves one from the future and serves the same signed request again and again; a captured
// request must not be replayable, so this refuses both.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FirstSeen } from '../services/shared/remember-request.js';

export const maxClockSkewSeconds = 5 * 60;

export type GuardVerdict = { ok: true } | { ok: false; reason: 'missing_headers' | 'stale' | 'future' | 'bad_signature' | 'replayed' };

export interface SignedHeaders {
  timestamp: string | undefined;
  signature: string | undefined;
}

export interface RequestGuard {
  /** What the headers alone decide, before a byte of the body is read. */
  checkHeaders(headers: SignedHeaders, nowMs: number): GuardVerdict;
  check(headers: SignedHeaders, rawBody: string, nowMs: number): Promise<GuardVerdict>;
}

/**
 * Signatures seen, in this process's memory: for a single process without a database of its
 * own (the tests of the guard). The bot records them in the database (services/shared/remember-request.ts).
 */
export function rememberRequestsInMemory(): FirstSeen {
  // Older ones are refused as stale anyway, so the memory is bounded by the rate times the window.
  const seen = new Map<string, number>();
  let lastSweep = 0;
  return async (signature, sentAtSeconds, nowMs) => {
    const nowSeconds = Math.floor(nowMs / 1000);
    if (nowSeconds - lastSweep >= 30) {
      lastSweep = nowSeconds;
      for (const [known, sent] of seen) if (sent < nowSeconds - maxClockSkewSeconds) seen.delete(known);
    }
    if (seen.has(signature)) return false;
    seen.set(signature, sentAtSeconds);
    return true;
  };
}

export function requestGuard(signingSecret: string, firstSeen: FirstSeen = rememberRequestsInMemory()): RequestGuard {
  const checkHeaders = ({ timestamp, signature }: SignedHeaders, nowMs: number): GuardVerdict => {
    if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp) || !signature.startsWith('v0=')) {
      return { ok: false, reason: 'missing_headers' };
    }
    const sent = Number(timestamp);
    const nowSeconds = Math.floor(nowMs / 1000);
    if (sent < nowSeconds - maxClockSkewSeconds) return { ok: false, reason: 'stale' };
    if (sent > nowSeconds + maxClockSkewSeconds) return { ok: false, reason: 'future' };
    return { ok: true };
  };
  return {
    checkHeaders,
    async check(headers, rawBody, nowMs) {
      const early = checkHeaders(headers, nowMs);
      if (!early.ok) return early;
      const { timestamp, signature } = headers as { timestamp: string; signature: string };
      const expected = Buffer.from(`v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`);
      const given = Buffer.from(signature);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'bad_signature' };
      // Only a genuine request is recorded: forged ones cannot fill the record.
      return (await firstSeen(signature, Number(timestamp), nowMs)) ? { ok: true } : { ok: false, reason: 'replayed' };
    },
  };
}
