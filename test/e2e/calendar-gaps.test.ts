// A working calendar without a year's holidays counts that year's 春节 and 国庆 as working days:
// the supervision office is told once a year missing, in plain words, and its Home says so until
// the holidays are added. A far year, so that no update of the holiday package changes the test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobDefinitions } from '../../src/jobs/definitions.js';
import type { RecordedCall } from '../../tools/slack-stand-in/types.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;
let started: RecordedCall[];
beforeAll(async () => {
  h = await startHarness({ supervisors: ['USUP'], now: '2098-11-30T01:00:00Z' });
  started = posts(await h.drain());
});
afterAll(async () => {
  await h?.close();
});

const posts = (calls: RecordedCall[]) => calls.filter((call) => call.method === 'chat.postMessage');
const home = async (user: string) => JSON.stringify((await h.openHome(user)).blocks);

describe('a working calendar without a year’s holidays', () => {
  it('is told to the office once a year missing, this year at once and from December the next', async () => {
    await jobDefinitions.calendar.run(h.db, new Date('2098-11-30T00:45:00Z'), 'Asia/Shanghai');
    // Told at start, or by this run, whichever came first: once.
    const november = [...started, ...posts(await h.drain())];
    expect(november.map((call) => [call.args.channel, String(call.args.text).split(' · ')[0]])).toEqual([
      ['USUP', '*工作日历缺少 2098 年的节假日安排*'],
    ]);
    expect(String(november[0]?.args.text)).toContain('`/suggest calendar add 2098-01-01 holiday 元旦`');

    await jobDefinitions.calendar.run(h.db, new Date('2098-12-01T00:45:00Z'), 'Asia/Shanghai');
    await jobDefinitions.calendar.run(h.db, new Date('2098-12-02T00:45:00Z'), 'Asia/Shanghai');
    const december = posts(await h.drain());
    expect(december.map((call) => String(call.args.text).split(' · ')[0])).toEqual(['*工作日历缺少 2099 年的节假日安排*']);
  });

  it('stays on the office’s Home until a holiday of the year is added, and is never shown to a unit', async () => {
    h.setNow('2098-12-02T02:00:00Z');
    expect(await home('USUP')).toContain('工作日历缺少 2098、2099 年的节假日安排');
    await h.command('USUP', 'calendar add 2099-01-01 holiday 元旦');
    await h.command('USUP', 'calendar add 2098-10-01 holiday 国庆节');
    const after = await home('USUP');
    expect(after).not.toContain('工作日历缺少');
    expect(await home('UNOBODY')).not.toContain('工作日历缺少');
  });
});
