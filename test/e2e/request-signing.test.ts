// Only requests Slack signed, recently, and once, are served.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { units } from '../../src/db/schema.js';
import { form, send, signRequest } from '../../tools/slack-stand-in/slack-requests.js';
import { rowCount } from '../support/fixtures.js';
import { type Harness, signingSecret, startHarness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

let sequence = 0;
// Each body is its own (a fresh trigger_id), so two tests never send the same signed request.
const body = (text: string) =>
  form({
    command: '/suggest',
    text,
    user_id: 'USUP',
    channel_id: 'C1',
    team_id: 'T0DEMO',
    response_url: 'http://127.0.0.1:9/x',
    trigger_id: `t${(sequence += 1)}`,
  });
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** A POST with the request line exactly as given (fetch would normalise the path). */
function rawPost(path: string, payload: string): Promise<number> {
  const { port } = new URL(h.eventsUrl);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: 'POST', path, headers: { 'content-type': 'application/x-www-form-urlencoded' } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

describe('request signing', () => {
  it('serves a request signed now', async () => {
    expect((await send(h.eventsUrl, signRequest(body('help'), { secret: signingSecret }))).status).toBe(200);
  });

  // Offsets from the moment of sending, in seconds. A future timestamp keeps a few seconds' margin:
  // the bot reads its clock after the request crosses the wire, which brings the future closer
  // (the exact boundary is the request guard's unit test, on a clock it is given).
  it.each([
    ['a forged signature', { signWith: 'not-the-secret-at-all', offset: 0 }],
    ['a timestamp 5 minutes and 1 second old', { offset: -301 }],
    ['a timestamp 5 minutes and 5 seconds ahead', { offset: 305 }],
    ['a timestamp an hour ahead', { offset: 3600 }],
  ])('refuses %s with 401 and changes nothing', async (_name, { offset, ...options }) => {
    h.standIn.reset();
    const before = await rowCount(h.db, units);
    const request = signRequest(body('unit add 省公安厅'), { secret: signingSecret, timestamp: nowSeconds() + offset, ...options });
    const response = await send(h.eventsUrl, request);
    expect(response.status).toBe(401);
    expect(await rowCount(h.db, units)).toBe(before);
    expect(h.standIn.calls).toEqual([]);
  });

  it('refuses a request without signature headers', async () => {
    const response = await fetch(h.eventsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body('help'),
    });
    expect(response.status).toBe(401);
  });

  it.each(['/slack/x/../events', '/slack/events/', '/anything', 'http://elsewhere/slack/events'])(
    'refuses an unsigned POST to %s, which Bolt might route, with 401',
    async (path) => {
      h.standIn.reset();
      const before = await rowCount(h.db, units);
      const status = await rawPost(path, body('unit add 省审计厅'));
      expect(status).toBe(401);
      expect(await rowCount(h.db, units)).toBe(before);
    },
  );

  it('answers anything but a POST with 404 and keeps serving', async () => {
    expect((await fetch(h.eventsUrl.replace('/slack/events', '/'))).status).toBe(404);
    expect((await fetch(h.eventsUrl)).status).toBe(404);
    expect((await send(h.eventsUrl, signRequest(body('help'), { secret: signingSecret }))).status).toBe(200);
  });

  it('answers a signed POST to a path it does not serve with 404 and keeps serving', async () => {
    const url = h.eventsUrl.replace('/slack/events', '/slack/other');
    expect((await send(url, signRequest(body('help'), { secret: signingSecret }))).status).toBe(404);
    expect((await send(h.eventsUrl, signRequest(body('help'), { secret: signingSecret }))).status).toBe(200);
  });

  it('refuses a replay on another instance sharing the database, and on this one after a restart', async () => {
    const request = signRequest(body('unit add 省审计厅'), { secret: signingSecret });
    expect((await send(h.eventsUrl, request)).status).toBe(200);
    const before = await rowCount(h.db, units);
    // Another instance behind the same load balancer: its memory never saw the request.
    const other = await startHarness({ database: h.database });
    try {
      expect((await send(other.eventsUrl, request)).status).toBe(401);
    } finally {
      await other.close();
    }
    // An instance that served a request, stopped, and started anew within the window: the record outlives the process.
    const fresh = signRequest(body('unit add 省统计局'), { secret: signingSecret });
    const served = await startHarness({ database: h.database });
    expect((await send(served.eventsUrl, fresh)).status).toBe(200);
    await served.close();
    const restarted = await startHarness({ database: h.database });
    try {
      expect((await send(restarted.eventsUrl, fresh)).status).toBe(401);
      expect((await send(restarted.eventsUrl, request)).status).toBe(401);
      expect(await rowCount(h.db, units)).toBe(before + 1);
    } finally {
      await restarted.close();
    }
  });

  it('refuses by its headers alone a body declared larger than Slack ever sends, without reading it', async () => {
    const { port } = new URL(h.eventsUrl);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/slack/events',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            'content-length': String(50 * 1024 * 1024),
            'x-slack-request-timestamp': String(nowSeconds()),
            'x-slack-signature': `v0=${'0'.repeat(64)}`,
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      // Only the first bytes are sent: a server that waited for the 50 MB would never answer.
      req.write('command=%2Fsuggest');
    });
    expect(status).toBe(413);
  });

  it('serves a request once and refuses its replay', async () => {
    const request = signRequest(body('unit add 省公安厅'), { secret: signingSecret });
    const first = await send(h.eventsUrl, request);
    expect(first.status).toBe(200);
    expect(JSON.stringify(first.json())).toContain('省公安厅');
    const before = await rowCount(h.db, units);
    for (let i = 0; i < 3; i += 1) expect((await send(h.eventsUrl, request)).status).toBe(401);
    expect(await rowCount(h.db, units)).toBe(before);
  });
});
