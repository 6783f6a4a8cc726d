// 每周一通报 as Slack receives it: the weekly job for an office of 130 units, sent through the
// dispatcher to the stand-in, which refuses what Slack refuses.
import { ne } from 'drizzle-orm';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../../src/db/schema.js';
import { unitsPerRankingPart } from '../../src/domain/notices.js';
import { jobDefinitions } from '../../src/jobs/definitions.js';
import { addUnit } from '../../src/services/units/add-unit.js';
import { contextOf } from '../support/fixtures.js';
import { type Harness, startHarness } from '../support/harness.js';

const unitCount = 130;
const timezone = 'Asia/Shanghai';
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ supervisors: ['USUP'], now: '2026-03-02T01:00:00Z' });
  await h.command('USUP', 'config supervision-channel <#COFFICE|督办室>');
  const as = contextOf(h.db, 'USUP');
  for (let i = 1; i <= unitCount; i += 1) {
    await addUnit(as, { name: `第${i}承办单位`, aliases: [`单位${i}`], channelId: `CUNIT${i}`, liaisonUserId: `ULIA${i}` });
  }
  for (let i = 1; i <= 6; i += 1) await h.command('USUP', `assign R-${i} lead:单位${i} co:单位${i + 10}`);
  await h.drain();
});
afterAll(async () => {
  await h?.close();
});

type Table = { type: 'table'; rows: unknown[][] };

describe('the weekly report in Slack', () => {
  it('posts the ranking in tables Slack takes, then the chart, then every unit’s own report, each once', async () => {
    h.standIn.reset();
    await jobDefinitions.weekly.run(h.db, new Date('2026-03-09T01:30:00Z'), timezone);
    const sent = await h.drain();
    expect(sent.filter((call) => !call.ok)).toEqual([]);

    const office = sent.filter((call) => call.args.channel === 'COFFICE' || call.args.channel_id === 'COFFICE');
    const tables = office.filter((call) => call.method === 'chat.postMessage');
    expect(tables).toHaveLength(Math.ceil(unitCount / unitsPerRankingPart));
    const rows = tables.map((call) => (call.args.blocks as Array<{ type: string }>).filter((block) => block.type === 'table') as Table[]);
    for (const [table, ...more] of rows) {
      expect(more).toEqual([]);
      expect(table!.rows.length).toBeLessThanOrEqual(100);
    }
    // Every unit once across the parts, under one header row each.
    expect(rows.reduce((sum, [table]) => sum + table!.rows.length - 1, 0)).toBe(unitCount);

    // The chart follows the tables, as a PNG with a bar for every unit.
    const shared = office.filter((call) => call.method === 'files.completeUploadExternal');
    expect(shared).toHaveLength(1);
    expect(sent.indexOf(shared[0]!)).toBeGreaterThan(sent.indexOf(tables.at(-1)!));
    const fileId = (shared[0]!.args.files as Array<{ id: string }>)[0]!.id;
    const image = PNG.sync.read(h.standIn.uploadedFile(fileId)!.data);
    expect(image.height).toBeGreaterThan(unitCount * 20);

    const unitReports = sent.filter((call) => call.method === 'chat.postMessage' && String(call.args.channel).startsWith('CUNIT'));
    expect(new Set(unitReports.map((call) => call.args.channel)).size).toBe(unitCount);
    expect(unitReports).toHaveLength(unitCount);
    expect(await h.db.$count(outbox, ne(outbox.status, 'sent'))).toBe(0);

    // The next run of the week sends nothing more.
    h.standIn.reset();
    await jobDefinitions.weekly.run(h.db, new Date('2026-03-10T01:30:00Z'), timezone);
    expect(await h.drain()).toEqual([]);
  }, 60_000);
});
