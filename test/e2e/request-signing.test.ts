// Only requests Slack signed, recently, and once, are served.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { units } from '../../src/db/schema.js';
import { rowCount } from '../support/fixtures.js';
import { startHarness, signingSecret, type Harness } from '../support/harness.js';
import { form, send, signRequest } from '../../scripts/slack-stand-in/slack-requests.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const body = (text: string) =>
  form({ command: '/suggest', text, user_id: 'USUP', channel_id: 'C1', team_id: 'T0DEMO', response_url: 'http://127.0.0.1:9/x', trigger_id: 't' });
const nowSeconds = () => Math.floor(Date.now() / 1000);

describe('request signing', () => {
  it('serves a request signed now', async () => {
    expect((await send(h.eventsUrl, signRequest(body('help'), { secret: signingSecret }))).status).toBe(200);
  });

  // Offsets from the moment of sending, in seconds.
  it.each([
    ['a forged signature', { signWith: 'not-the-secret-at-all', offset: 0 }],
    ['a timestamp 5 minutes and 1 second old', { offset: -301 }],
    ['a timestamp 5 minutes and 1 second ahead', { offset: 301 }],
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
    const response = await fetch(h.eventsUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: body('help') });
    expect(response.status).toBe(401);
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
