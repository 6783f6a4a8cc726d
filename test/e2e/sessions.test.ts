// /suggest session: the office starts the next batch of suggestions; what earlier sessions left
// open stays in reach by its code, in the lists and in the reminders.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, sessions } from '../../src/db/schema.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ supervisors: ['USUP'], now: '2026-03-02T01:00:00Z' });
  await h.command('USUP', 'unit add 省水利厅 alias:水利厅 liaison:<@UWLIA|wang>');
  await h.command('USUP', 'config accept-working-days 4');
  await h.command('USUP', 'assign 2026-0001 lead:水利厅 title:关于河道治理的建议');
  await h.drain();
});
afterAll(async () => {
  await h?.close();
});

const said = (user: string, text: string) => h.said(user, text);
const blocksOf = async (user: string, text: string) => JSON.stringify((await h.command(user, text)).body.blocks);

describe('/suggest session', () => {
  it('refuses what cannot be done, privately, changing nothing', async () => {
    const audited = await h.db.$count(auditEvents);
    expect(await said('UWLIA', 'session new 2027')).toMatch(/需要以下角色之一：督办室/);
    expect(await said('USUP', 'session new')).toMatch(/^缺少必要的内容。用法：`\/suggest session \[new <名称>\]`/);
    expect(await said('USUP', 'session close')).toMatch(/^看不懂 `close`。/);
    expect(await said('USUP', '会次 新建 2026')).toBe('已有名为「2026」的会次，没有改动。请换一个名称。');
    expect((await h.db.select().from(sessions)).map((s) => s.name)).toEqual(['2026']);
    expect(await h.db.$count(auditEvents)).toBe(audited);
  });

  it('starts the next session with the rules in force; the last one’s suggestions stay in reach', async () => {
    h.setNow('2027-01-05T01:00:00Z');
    expect(await said('USUP', 'session new 2027年')).toMatch(/^已开始新会次「2027年」：.*设置沿用「2026」的/);
    const all = await h.db.select().from(sessions).orderBy(sessions.id);
    expect(all.map((s) => [s.name, s.isCurrent])).toEqual([
      ['2026', false],
      ['2027年', true],
    ]);
    expect(all[0]!.settings).toMatchObject({ acceptWorkingDays: 4 });
    expect(all[1]!.settings).toEqual(all[0]!.settings);
    const [audit] = await h.db.select().from(auditEvents).where(eq(auditEvents.action, 'session.start'));
    expect(audit).toMatchObject({ actor: 'USUP', entityId: String(all[1]!.id) });

    // The 2026 suggestion, not closed: found by its code, listed, accepted as before.
    expect(await blocksOf('UWLIA', 'show 2026-0001')).toContain('关于河道治理的建议');
    expect(await blocksOf('UWLIA', 'list mine')).toContain('2026-0001');
    expect(await said('UWLIA', 'accept 2026-0001')).toMatch(/已签收建议 \*2026-0001\*/);

    // A code an earlier suggestion still in handling holds is not given again: it must go on reaching it.
    expect(await said('USUP', 'assign 2026-0001 lead:水利厅 title:关于水库安全的建议')).toMatch(/已经交办过了/);
    expect(await blocksOf('USUP', 'show 2026-0001')).toContain('关于河道治理的建议');

    const shown = await h.command('UWLIA', '会次');
    expect(shown.body.text).toBe('会次');
    const text = JSON.stringify(shown.body.blocks);
    expect(text).toContain('*2027年*：1月5日（周二） 起，建议 0 件，未办结 0 件（当前）');
    expect(text).toContain('*2026*：3月2日（周一） 起，建议 1 件，未办结 1 件');
  });
});
