// /suggest rank: the units ranked privately, on demand, as a native table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ supervisors: ['USUP'] }); // Monday 2026-03-02
  await h.command('USUP', 'unit add 省水利厅 alias:水利厅 liaison:<@UWLIA|wang>');
  await h.command('USUP', 'unit add 省民政厅 alias:民政厅 liaison:<@UCLIA|zhao>');
  await h.command('USUP', 'assign 2026-0901 lead:水利厅');
  await h.command('USUP', 'assign 2026-0902 lead:民政厅');
  h.setNow('2026-03-04T02:00:00Z');
  await h.command('UWLIA', 'accept 2026-0901');
  await h.drain();
});
afterAll(async () => {
  await h?.close();
});

type Table = { type: 'table'; rows: Array<Array<{ text: string }>> };

describe('/suggest rank', () => {
  it('ranks the units over this week as of now, for anyone who asks, privately', async () => {
    // Friday 03-06: the water department accepted on time on Wednesday; civil affairs' 签收 (Thursday) is late.
    h.setNow('2026-03-06T02:00:00Z');
    const answer = await h.command('UCLIA', 'rank');
    expect(answer.body.response_type).toBe('ephemeral');
    const table = (answer.body.blocks as Array<{ type: string }>).find((b) => b.type === 'table') as Table;
    // Rank, unit, the time nodes on time with their figures, overdue nodes, score.
    expect(table.rows.slice(1).map((row) => [row[0]?.text, row[1]?.text, row[3]?.text, row[6]?.text, row[7]?.text])).toEqual([
      ['1', '省水利厅', '100%（1/1）', '0', '100.0'],
      ['2', '省民政厅', '0%（0/1）', '1', '0.0'],
    ]);
    expect(await h.drain()).toEqual([]);
  });

  it('explains a period it does not know', async () => {
    const answer = await h.command('USUP', 'rank decade');
    expect(answer.body.text).toBe(
      '不能按 `decade` 排名。请写 week（本周）、month（本月）或 year（本会次至今）。\n用法：`/suggest rank [week|month|year]`（本周、本月或本会次至今），例如 `/suggest rank month`',
    );
  });
});
