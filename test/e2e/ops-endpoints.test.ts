// What an office's IT staff check beside Slack's endpoint, on the same port: /healthz, /readyz
// (503 with the reason when the database is not ready) and /metrics (Prometheus text).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsShipped } from '../../src/db/migrate.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;
let base: string;
beforeAll(async () => {
  h = await startHarness({ supervisors: ['USUP'] });
  base = h.eventsUrl.replace('/slack/events', '');
  await h.command('USUP', 'unit add 省水利厅 alias:水利厅 liaison:<@UWLIA|wang>');
  await h.drain();
});
afterAll(async () => {
  await h?.close().catch(() => {});
});

const get = async (path: string) => {
  const response = await fetch(`${base}${path}`);
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() };
};
/** A metric's value as scraped, by its name and labels as Prometheus writes them. */
const seriesValue = (text: string, series: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

describe('the operator’s endpoints', () => {
  it('answers /healthz and /readyz without a signature, and refuses anything else unsigned', async () => {
    expect(await get('/healthz')).toMatchObject({ status: 200, body: 'ok\n' });
    expect(await get('/readyz')).toMatchObject({ status: 200, body: 'ready\n' });
    expect((await get('/slack/events')).status).toBe(404);
    expect((await get('/ledger')).status).toBe(404);
    // Slack's endpoint keeps its guard: an unsigned POST is refused, whatever the path.
    expect((await fetch(`${base}/healthz`, { method: 'POST', body: '{}' })).status).toBe(401);
  });

  it('serves Prometheus metrics whose outbox gauges move as a message is sent, and counts the requests', async () => {
    const before = await get('/metrics');
    expect(before.status).toBe(200);
    expect(before.type).toContain('text/plain');
    const sentBefore = seriesValue(before.body, 'duban_outbox_messages{status="sent"}') ?? -1;
    expect(sentBefore).toBeGreaterThanOrEqual(0);
    expect(before.body).toContain('# TYPE duban_slack_request_duration_seconds histogram');
    expect(before.body).toContain('duban_outbox_oldest_waiting_seconds 0');

    await h.command('USUP', 'assign 2026-0901 lead:水利厅 title:关于推进河湖长制的建议');
    const waiting = await get('/metrics');
    expect(seriesValue(waiting.body, 'duban_outbox_messages{status="pending"}')).toBeGreaterThan(0);
    await h.drain();
    const after = await get('/metrics');
    expect(seriesValue(after.body, 'duban_outbox_messages{status="sent"}')).toBeGreaterThan(sentBefore);
    expect(seriesValue(after.body, 'duban_outbox_messages{status="pending"}')).toBe(0);
    expect(seriesValue(after.body, 'duban_slack_requests_total{transport="http",status="200"}')).toBeGreaterThanOrEqual(2);
    // Nothing about the ledger: no code, title or person.
    expect(after.body).not.toMatch(/2026-0901|河湖长制|UWLIA|USUP/);
  });

  it('counts Slack’s refusals by method and error', async () => {
    h.standIn.failNext('chat.postMessage', { kind: 'error', error: 'channel_not_found' });
    await h.command('USUP', 'assign 2026-0902 lead:水利厅 title:关于加强水土保持的建议');
    // The refused message waits to be tried again (a channel someone can put right): one pass is enough.
    await h.duban.dispatcher.drain(Date.now() + 3000);
    const text = (await get('/metrics')).body;
    expect(seriesValue(text, 'duban_slack_api_errors_total{method="chat.postMessage",error="channel_not_found"}')).toBe(1);
    // A listener's own call too: the form that could not open.
    h.standIn.failNext('views.open', { kind: 'error', error: 'expired_trigger_id' });
    await h.command('USUP', 'assign');
    const after = (await get('/metrics')).body;
    expect(seriesValue(after, 'duban_slack_api_errors_total{method="views.open",error="expired_trigger_id"}')).toBe(1);
    expect(seriesValue(after, 'duban_slack_api_errors_total{method="views.open",error="ok"}')).toBeUndefined();
  });

  it('is not ready, saying why, while the database lacks a migration or does not answer', async () => {
    await h.db.execute(sql`delete from drizzle.__drizzle_migrations where id = (select max(id) from drizzle.__drizzle_migrations)`);
    expect(await get('/readyz')).toEqual({
      status: 503,
      type: expect.stringContaining('text/plain'),
      body: `migrations not applied: ${migrationsShipped() - 1} of ${migrationsShipped()}\n`,
    });
    await h.database.close();
    const stopped = await get('/readyz');
    expect(stopped.status).toBe(503);
    expect(stopped.body).toMatch(/^database not answering: /);
    // The process itself still answers.
    expect((await get('/healthz')).status).toBe(200);
  });
});
