// /suggest config: the office reads and sets its session's rules; the supervision channel then
// receives what was sent to each supervisor by DM.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, sessions } from '../../src/db/schema.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ supervisors: ['USUP', 'USUP2'] });
  await h.command('USUP', 'unit add 省水利厅 alias:水利厅 liaison:<@UWLIA|wang>');
  await h.command('USUP', 'assign 2026-0801 lead:水利厅');
  await h.drain();
});
afterAll(async () => {
  await h?.close();
});

const settings = async () => (await h.db.select().from(sessions))[0]!.settings as Record<string, unknown>;

describe('/suggest config', () => {
  it('lists every rule of the session with the name that changes it', async () => {
    const answer = await h.command('UWLIA', 'config');
    expect(answer.body.response_type).toBe('ephemeral');
    const text = JSON.stringify(answer.body.blocks);
    expect(text).toContain('`accept-working-days` 签收期限（交办后工作日）：*3*');
    expect(text).toContain('`supervision-channel` 督办室频道：*未设置（督办室成员各自私信接收）*');
    expect(text).toContain('`reply-classes` 答复类别：*A、B、C*');
  });

  it('refuses a change from anyone but the office, a bad value and an unknown setting, changing nothing', async () => {
    const before = await settings();
    const cases: Array<[string, string, string | RegExp]> = [
      ['UWLIA', 'config accept-working-days 5', /需要以下角色之一：督办室/],
      ['USUP', 'config accept-working-days 300', '`accept-working-days` 须是 0 到 250 之间的整数。'],
      ['USUP', 'config supervision-channel 督办室', /须是一个频道/],
      ['USUP', 'config max-extension-months 2', /不能短于法定答复期限/],
      ['USUP', 'config accept-days 5', /没有 `accept-days` 这项设置。是不是 `accept-working-days`？/],
    ];
    for (const [user, text, says] of cases) {
      const answer = await h.command(user, text);
      expect(answer.body.response_type).toBe('ephemeral');
      expect(answer.body.text).toMatch(says);
    }
    expect(await settings()).toEqual(before);
  });

  it('sets the supervision channel, audited; requests then go there instead of each supervisor’s DMs', async () => {
    await h.command('UWLIA', 'extend 2026-0801 2026-08-31 需要协调');
    expect(
      (await h.drain())
        .filter((c) => c.method === 'chat.postMessage')
        .map((c) => c.args.channel)
        .sort(),
    ).toEqual(['USUP', 'USUP2']);

    const answer = await h.command('USUP', 'config supervision-channel <#C0SUP|督办室>');
    expect(answer.body.text).toBe(
      '已将「督办室频道」由 未设置（督办室成员各自私信接收） 改为 *<#C0SUP>*。已排定的时间节点不变；此后排定的按新规则计算。\n请把督办助手邀请进这个频道（在频道里输入 `/invite @督办助手`），否则消息发不进去。',
    );
    expect((await settings()).supervisionChannel).toBe('C0SUP');
    const audit = (await h.db.select().from(auditEvents)).find((e) => e.action === 'session.setting');
    expect(audit).toMatchObject({ actor: 'USUP', before: { supervisionChannel: null }, after: { supervisionChannel: 'C0SUP' } });

    await h.command('UWLIA', 'transfer 2026-0801 应由交通厅办理');
    expect((await h.drain()).filter((c) => c.method === 'chat.postMessage').map((c) => c.args.channel)).toEqual(['C0SUP']);
  });
});
