import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { maxClockSkewSeconds, requestGuard } from '../../../src/slack/request-guard.js';

const secret = 'a-signing-secret-for-tests';
const body = 'token=x&team_id=T1&command=%2Fsuggest&text=help';
// Slack's documented scheme, computed here rather than borrowed from the code under test.
const sign = (timestamp: number | string, raw = body, key = secret) =>
  `v0=${createHmac('sha256', key).update(`v0:${timestamp}:${raw}`).digest('hex')}`;
const headers = (timestamp: number, raw = body, key = secret) => ({ timestamp: String(timestamp), signature: sign(timestamp, raw, key) });

const now = 1_780_000_000; // seconds; an instant in 2026
const ms = (seconds: number) => seconds * 1000;

describe('requestGuard', () => {
  it('uses Slack’s 5-minute window', async () => {
    expect(maxClockSkewSeconds).toBe(300);
  });

  it('accepts a correctly signed request once and refuses the same request again as replayed', async () => {
    const guard = requestGuard(secret);
    expect(await guard.check(headers(now), body, ms(now))).toEqual({ ok: true });
    expect(await guard.check(headers(now), body, ms(now))).toEqual({ ok: false, reason: 'replayed' });
    expect(await guard.check(headers(now), body, ms(now + 200))).toEqual({ ok: false, reason: 'replayed' });
  });

  it('accepts different requests signed in the same second', async () => {
    const guard = requestGuard(secret);
    expect(await guard.check(headers(now, 'a=1'), 'a=1', ms(now))).toEqual({ ok: true });
    expect(await guard.check(headers(now, 'a=2'), 'a=2', ms(now))).toEqual({ ok: true });
  });

  it('accepts timestamps exactly 5 minutes off, either way', async () => {
    const guard = requestGuard(secret);
    expect(await guard.check(headers(now - 300, 'past'), 'past', ms(now))).toEqual({ ok: true });
    expect(await guard.check(headers(now + 300, 'future'), 'future', ms(now))).toEqual({ ok: true });
    // The boundary is in whole seconds of the guard's clock: 999 ms into the second is still that second.
    expect(await guard.check(headers(now - 300, 'late in second'), 'late in second', ms(now) + 999)).toEqual({ ok: true });
  });

  it('refuses a timestamp 5 minutes and 1 second old as stale', async () => {
    expect(await requestGuard(secret).check(headers(now - 301), body, ms(now))).toEqual({ ok: false, reason: 'stale' });
  });

  it('refuses a timestamp 5 minutes and 1 second ahead as from the future', async () => {
    expect(await requestGuard(secret).check(headers(now + 301), body, ms(now))).toEqual({ ok: false, reason: 'future' });
  });

  it('refuses a signature made with another secret, for another body or another timestamp', async () => {
    const guard = requestGuard(secret);
    expect(await guard.check(headers(now, body, 'another-secret'), body, ms(now))).toEqual({ ok: false, reason: 'bad_signature' });
    expect(await guard.check(headers(now), `${body}&extra=1`, ms(now))).toEqual({ ok: false, reason: 'bad_signature' });
    expect(await guard.check({ timestamp: String(now + 1), signature: sign(now) }, body, ms(now))).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
  });

  it('refuses a signature of the wrong length or case without throwing', async () => {
    const guard = requestGuard(secret);
    expect(await guard.check({ timestamp: String(now), signature: 'v0=deadbeef' }, body, ms(now))).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
    expect(await guard.check({ timestamp: String(now), signature: `${sign(now)}00` }, body, ms(now))).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
    expect(await guard.check({ timestamp: String(now), signature: sign(now).toUpperCase().replace('V0=', 'v0=') }, body, ms(now))).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
  });

  it.each([
    ['no timestamp', { timestamp: undefined, signature: sign(now) }],
    ['no signature', { timestamp: String(now), signature: undefined }],
    ['empty headers', { timestamp: '', signature: '' }],
    ['a timestamp that is not a number', { timestamp: 'yesterday', signature: sign('yesterday') }],
    ['a negative timestamp', { timestamp: `-${now}`, signature: sign(`-${now}`) }],
    ['a timestamp in milliseconds and beyond', { timestamp: '1780000000000000', signature: sign('1780000000000000') }],
    ['a signature without its version', { timestamp: String(now), signature: sign(now).slice(3) }],
    ['a signature of another version', { timestamp: String(now), signature: sign(now).replace('v0=', 'v1=') }],
  ])('refuses %s as missing headers', async (_name, given) => {
    expect(await requestGuard(secret).check(given, body, ms(now))).toEqual({ ok: false, reason: 'missing_headers' });
  });

  it('does not remember refused requests, so the genuine one still goes through', async () => {
    const guard = requestGuard(secret);
    // Sent from a clock 6 minutes ahead: refused now, accepted once our clock catches up.
    expect(await guard.check(headers(now + 360), body, ms(now))).toEqual({ ok: false, reason: 'future' });
    expect(await guard.check(headers(now + 360), body, ms(now + 60))).toEqual({ ok: true });
    expect(await guard.check(headers(now + 360), body, ms(now + 61))).toEqual({ ok: false, reason: 'replayed' });
  });

  it('never lets a replay through, however long after and however many requests come between', async () => {
    const guard = requestGuard(secret);
    const first = headers(now);
    expect(await guard.check(first, body, ms(now))).toEqual({ ok: true });
    // Other traffic every 10 s for 20 minutes, so the guard sweeps its memory many times over.
    for (let t = now + 10; t <= now + 1200; t += 10) {
      const raw = `n=${t}`;
      expect(await guard.check(headers(t, raw), raw, ms(t))).toEqual({ ok: true });
      const verdict = await guard.check(first, body, ms(t));
      expect(verdict).toEqual({ ok: false, reason: t - now > 300 ? 'stale' : 'replayed' });
    }
  });

  it('still refuses a replay of a request signed 5 minutes ahead until its timestamp goes stale', async () => {
    const guard = requestGuard(secret);
    const ahead = headers(now + 300);
    expect(await guard.check(ahead, body, ms(now))).toEqual({ ok: true });
    // Sweeps happen in between; the entry must outlive them while its timestamp is still acceptable.
    for (let t = now + 30; t <= now + 600; t += 30) {
      const raw = `sweep=${t}`;
      expect(await guard.check(headers(t, raw), raw, ms(t))).toEqual({ ok: true });
      expect(await guard.check(ahead, body, ms(t))).toEqual({ ok: false, reason: 'replayed' });
    }
    expect(await guard.check(ahead, body, ms(now + 601))).toEqual({ ok: false, reason: 'stale' });
  });

  it('forgets signatures once they are stale, so its memory stays bounded by the request rate', async () => {
    // The guard's memory is private; count what it holds by watching the Maps and Sets it creates.
    const created: Array<Map<unknown, unknown> | Set<unknown>> = [];
    const OriginalMap = globalThis.Map;
    const OriginalSet = globalThis.Set;
    globalThis.Map = class extends OriginalMap<unknown, unknown> {
      constructor(entries?: Iterable<readonly [unknown, unknown]> | null) {
        super(entries);
        created.push(this);
      }
    } as MapConstructor;
    globalThis.Set = class extends OriginalSet<unknown> {
      constructor(values?: Iterable<unknown> | null) {
        super(values);
        created.push(this);
      }
    } as SetConstructor;
    let guard: ReturnType<typeof requestGuard>;
    try {
      guard = requestGuard(secret);
    } finally {
      globalThis.Map = OriginalMap;
      globalThis.Set = OriginalSet;
    }
    const held = () => created.reduce((sum, store) => sum + store.size, 0);

    // 10 requests a second for an hour: 36 000 signatures, of which at most the last ~5.5 minutes'
    // worth may still be refused as replays.
    let peak = 0;
    for (let t = now; t < now + 3600; t += 1) {
      for (let i = 0; i < 10; i += 1) {
        const raw = `t=${t}&i=${i}`;
        expect(await guard.check(headers(t, raw), raw, ms(t))).toEqual({ ok: true });
      }
      peak = Math.max(peak, held());
    }
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThanOrEqual(10 * (maxClockSkewSeconds + 60));
  });
});
