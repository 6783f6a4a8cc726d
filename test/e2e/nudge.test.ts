// 催办: the lead unit chases a co-handling unit whose opinion is late, from the suggestion's detail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionIds } from '../../src/slack/ids.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ supervisors: ['USUP'], now: '2026-03-02T01:00:00Z' });
  await h.command('USUP', 'unit add 省水利厅 alias:水利厅 liaison:<@UWLIA|wang>');
  await h.command('USUP', 'unit add 省民政厅 alias:民政厅 liaison:<@UCLIA|zhao>');
  await h.command('USUP', 'assign 2026-0601 lead:水利厅 co:民政厅 handler:<@UHAN|han>');
  await h.drain();
});
afterAll(async () => {
  await h?.close();
});

type Blocks = Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>;
const nudgeValue = (blocks: Blocks) => blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === actionIds.nudgeCoUnit)?.value;

describe('催办', () => {
  it('offers no button while the opinion is not yet late', async () => {
    h.setNow('2026-03-20T02:00:00Z');
    expect(nudgeValue((await h.command('UHAN', 'show 2026-0601')).body.blocks as Blocks)).toBeUndefined();
  });

  it('lets the lead handler chase the late co-handling unit once a day; others are refused', async () => {
    h.setNow('2026-04-08T02:00:00Z'); // the opinion was due 04-02
    const value = nudgeValue((await h.command('UHAN', 'show 2026-0601')).body.blocks as Blocks);
    expect(value).toBeDefined();

    h.standIn.reset();
    await h.button('UCLIA', actionIds.nudgeCoUnit, value!);
    expect(String((await h.waitForResponses(1))[0]?.args.text)).toMatch(/需要以下角色之一：经办人、联络员/);

    h.standIn.reset();
    await h.button('UHAN', actionIds.nudgeCoUnit, value!);
    expect(String((await h.waitForResponses(1))[0]?.args.text)).toBe('已向「省民政厅」催办（1 人收到私信）。');
    await h.button('UWLIA', actionIds.nudgeCoUnit, value!); // the lead's liaison, the same day
    await h.waitForResponses(2);
    const dms = (await h.drain()).filter((call) => call.method === 'chat.postMessage');
    expect(dms.map((dm) => dm.args.channel)).toEqual(['UCLIA']);
    expect(String(dms[0]?.args.text)).toContain('会办意见应于 4月2日（周四） 前送主办单位，现已逾期');
  });
});
