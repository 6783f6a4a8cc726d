// /suggest stats (统计): the office's figures by unit and 领域, to the office alone; `list field:`.
import { eq } from 'drizzle-orm';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suggestions } from '../../src/db/schema.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ supervisors: ['USUP'], now: '2026-03-02T01:00:00Z' });
  await h.command('USUP', 'unit add 省水利厅 alias:水利厅 liaison:<@UWLIA|wang>');
  await h.command('USUP', 'unit add 省民政厅 alias:民政厅 liaison:<@UCLIA|zhao>');
  await h.command('USUP', 'assign 2026-0801 lead:水利厅 co:民政厅 title:关于河道治理的建议');
  await h.command('USUP', 'assign 2026-0802 lead:民政厅 title:关于养老服务的建议');
  await h.command('USUP', 'assign 2026-0803 lead:水利厅 title:关于水库安全的建议');
  // 领域 comes with an imported 交办清单; here it is set as an import would have.
  await h.db.update(suggestions).set({ field: '水利' }).where(eq(suggestions.code, '2026-0801'));
  await h.db.update(suggestions).set({ field: '民政' }).where(eq(suggestions.code, '2026-0802'));
  await h.drain();
});
afterAll(async () => {
  await h?.close();
});

type Blocks = Array<{ type: string; rows?: Array<Array<{ text: string }>> }>;
const tableOf = (blocks: unknown) =>
  ((blocks as Blocks).find((block) => block.type === 'table')?.rows ?? []).map((row) => row.map((cell) => cell.text));

describe('/suggest stats', () => {
  it('shows the office each unit’s figures in a table, each share with what it counts out of', async () => {
    const answer = await h.command('USUP', '统计');
    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.body.text).toContain('共交办建议 3 件（另有会办 1 件次）；已答复 0.0%（0/3）');
    expect(tableOf(answer.body.blocks)).toEqual([
      ['单位', '主办', '会办', '已答复', '按期答复', '办结', 'A/B/C', '满意率', '承诺兑现'],
      ['省民政厅', '1', '1', '0.0%（0/1）', '—', '0.0%（0/1）', '0/0/0', '—', '—'],
      ['省水利厅', '2', '0', '0.0%（0/2）', '—', '0.0%（0/2）', '0/0/0', '—', '—'],
    ]);
    expect(JSON.stringify(answer.body.blocks)).toContain('*未填领域* · 交办 1 件');
    // Beside the table, the chart of the same shares, sent as a picture through the outbox to the asker.
    const shared = (await h.drain()).filter((call) => call.method === 'files.completeUploadExternal');
    expect(shared.map((call) => call.args.channel_id)).toEqual(['DSUP']);
    const file = h.standIn.uploadedFile((shared[0]!.args.files as Array<{ id: string }>)[0]!.id)!;
    expect(file.filename).toMatch(/^办理情况统计-2026-03-0\d-2026-03-02-[0-9a-f]{8}\.png$/);
    expect(PNG.sync.read(file.data).height).toBeGreaterThan(200);
  });

  it('narrows to a 领域 or a unit, and lists a 领域’s suggestions', async () => {
    const water = await h.command('USUP', 'stats field:水利 year');
    expect(water.body.text).toContain('共交办建议 1 件（另有会办 1 件次）');
    expect(JSON.stringify(water.body.blocks)).toContain('只统计「水利」领域的建议。');
    const unit = await h.command('USUP', 'stats unit:民政厅');
    expect(unit.body.text).toContain('共交办建议 1 件（另有会办 1 件次）');
    expect(tableOf(unit.body.blocks).map((row) => row[0])).toEqual(['单位', '省民政厅']);
    const listed = await h.command('USUP', 'list field:民政');
    expect(JSON.stringify(listed.body.blocks)).toContain('「民政」领域的建议');
    expect(JSON.stringify(listed.body.blocks)).toContain('2026-0802');
    expect(JSON.stringify(listed.body.blocks)).not.toContain('2026-0801');
  });

  it('refuses what it cannot count, with the closest name, and anyone but the office', async () => {
    expect(await h.said('USUP', 'stats field:水力')).toContain('本会次没有领域为「水力」的建议。是不是「水利」？');
    expect(await h.said('USUP', 'stats unit:水力厅')).toContain('是不是「省水利厅」');
    expect(await h.said('USUP', 'stats unit:水利厅 field:水利')).toContain('/suggest stats [unit:<单位>|field:<领域>]');
    expect(await h.said('USUP', 'stats decade')).toContain('decade');
    expect(await h.said('USUP', 'list field:水力')).toContain('是不是「水利」');
    expect(await h.said('UWLIA', 'stats')).toMatch(/需要以下角色之一：督办室/);
  });
});
