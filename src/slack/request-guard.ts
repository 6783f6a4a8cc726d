// Slack's request signing, enforced in full. Bolt's own check refuses a stale timestamp but
// serves one from the future and serves the same signed request again and again; a captured
// request must not be replayable, so this refuses both.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const maxClockSkewSeconds = 5 * 60;

export type GuardVerdict = { ok: true } | { ok: false; reason: 'missing_headers' | 'stale' | 'future' | 'bad_signature' | 'replayed' };

export interface RequestGuard {
  check(headers: { timestamp: string | undefined; signature: string | undefined }, rawBody: string, nowMs: number): GuardVerdict;
}

export function requestGuard(signingSecret: string): RequestGuard {
  // Signatures seen within the skew window; older ones are refused as stale anyway, so the
  // memory is bounded by the request rate times the window.
  const seen = new Map<string, number>();
  let lastSweep = 0;

  const sweep = (nowSeconds: number) => {
    if (nowSeconds - lastSweep < 30) return;
    lastSweep = nowSeconds;
    for (const [signature, timestamp] of seen) if (timestamp < nowSeconds - maxClockSkewSeconds) seen.delete(signature);
  };

  return {
    check({ timestamp, signature }, rawBody, nowMs) {
      if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp) || !signature.startsWith('v0=')) {
        return { ok: false, reason: 'missing_headers' };
      }
      const sent = Number(timestamp);
      const nowSeconds = Math.floor(nowMs / 1000);
      if (sent < nowSeconds - maxClockSkewSeconds) return { ok: false, reason: 'stale' };
      if (sent > nowSeconds + maxClockSkewSeconds) return { ok: false, reason: 'future' };
      const expected = Buffer.from(`v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`);
      const given = Buffer.from(signature);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'bad_signature' };
      sweep(nowSeconds);
      if (seen.has(signature)) return { ok: false, reason: 'replayed' };
      seen.set(signature, sent);
      return { ok: true };
    },
  };
}
