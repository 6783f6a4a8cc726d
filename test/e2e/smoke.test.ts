import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('smoke', () => {
  it('answers help', async () => {
    const answer = await h.command('UANY', 'help');
    expect(answer.status).toBe(200);
    expect(answer.body.text).toContain('督办');
  });
  it('assigns', async () => {
    expect((await h.command('USUP', 'unit add 省水利厅 alias:水利厅 channel:<#CWATER|water> liaison:<@ULIA>')).body.text).toContain('省水利厅');
    const answer = await h.command('USUP', 'assign 2026-0001 lead:水利厅 handler:<@UHAN> title:关于推进河湖长制的建议');
    console.log(JSON.stringify(answer.body));
    const calls = await h.drain();
    console.log(calls.map((c) => [c.method, c.args.channel, c.ok, c.error]));
  });
});
