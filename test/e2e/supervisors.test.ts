// /suggest supervisor: the supervision office kept in the bot after SUPERVISORS seeded it at the
// first start (DESIGN §3): anyone sees who is in it; only the office adds or removes, never the last.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, supervisors } from '../../src/db/schema.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ supervisors: ['USUP'] });
});
afterAll(async () => {
  await h?.close();
});

const office = async () => (await h.db.select().from(supervisors)).map((row) => row.userId).sort();
const said = (user: string, text: string) => h.said(user, text);

describe('/suggest supervisor', () => {
  it('shows the office to anyone, with where each came from', async () => {
    const answer = await h.command('USTRANGER', '督办员');
    expect(answer.body.text).toBe('督办室成员');
    expect(JSON.stringify(answer.body.blocks)).toContain('<@USUP>：');
    expect(JSON.stringify(answer.body.blocks)).toContain('由 启动配置 SUPERVISORS 添加');
  });

  it('refuses what cannot be done, privately, changing and sending nothing', async () => {
    const audited = await h.db.$count(auditEvents);
    expect(await said('USTRANGER', 'supervisor add <@UNEW|new>')).toMatch(/需要以下角色之一：督办室/);
    expect(await said('USUP', 'supervisor add <@USUP|sup>')).toBe('<@USUP> 已是督办室成员，没有改动。');
    expect(await said('USUP', 'supervisor remove <@UNOBODY|x>')).toMatch(/^<@UNOBODY> 不是督办室成员/);
    expect(await said('USUP', 'supervisor remove <@USUP|sup>')).toMatch(/^督办室至少要保留一名成员/);
    expect(await said('USUP', 'supervisor add zhang')).toMatch(/不是.*\n用法：`\/suggest supervisor \[add\|remove @某人\]`/);
    expect(await said('USUP', 'supervisor promote <@UNEW|new>')).toMatch(/^看不懂 `promote`。用法：/);
    expect(await office()).toEqual(['USUP']);
    expect(await h.db.$count(auditEvents)).toBe(audited);
    expect(await h.drain()).toEqual([]);
  });

  it('lets the office add a colleague, who may then act for it and remove the first; each change audited', async () => {
    expect(await said('USUP', 'supervisor add <@UNEW|new>')).toMatch(/^已将 <@UNEW> 加入督办室/);
    expect(await said('UNEW', 'unit add 省水利厅')).toMatch(/省水利厅/);
    expect(await said('UNEW', '督办员 移除 <@USUP|sup>')).toBe('已将 <@USUP> 移出督办室。');
    expect(await office()).toEqual(['UNEW']);
    expect(await said('USUP', 'unit add 省民政厅')).toMatch(/需要以下角色之一：督办室/);
    const trail = await h.db.select().from(auditEvents).where(eq(auditEvents.entity, 'supervisor'));
    expect(trail.map((event) => [event.action, event.entityId, event.actor])).toEqual([
      ['supervisor.grant', 'USUP', 'system'],
      ['supervisor.grant', 'UNEW', 'USUP'],
      ['supervisor.revoke', 'USUP', 'UNEW'],
    ]);
  });
});
