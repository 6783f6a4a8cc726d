// /suggest report (报告): the 办理情况报告 as a Word document, sent to the office member who asked
// through the outbox; opened here to read its text, its tables and its typography.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partsOf } from '../support/docx-text.js';
import { type Harness, startHarness } from '../support/harness.js';
import { sendReplyOf } from '../support/sent-replies.js';

let h: Harness;
const lead = { liaison: 'UWLIA', handler: 'UHAN', division: 'UDIV', leader: 'UWLEAD', head: 'UHEAD' };

beforeAll(async () => {
  h = await startHarness({ supervisors: ['USUP'], now: '2026-03-02T01:00:00Z' });
  await h.command('USUP', 'unit add 省水利厅 alias:水利厅 liaison:<@UWLIA|wang> leader:<@UWLEAD|li>');
  await h.command('USUP', 'unit add 省民政厅 alias:民政厅 liaison:<@UCLIA|zhao>');
  for (const [user, role] of [
    ['<@UDIV|chen>', '处室负责人'],
    ['<@UHEAD|liu>', '主要领导'],
  ])
    await h.command('USUP', `unit member 水利厅 ${user} ${role}`);
  await h.command('USUP', 'assign 2026-0901 lead:水利厅 co:民政厅 handler:<@UHAN|han> title:关于河道清淤的建议');
  await h.command('USUP', 'assign 2026-0902 lead:水利厅 handler:<@UHAN|han> title:关于灌区改造的建议');
  await h.command('USUP', 'assign 2026-0903 lead:民政厅 title:关于养老服务的建议');
  await sendReplyOf(h.db, '2026-0901', lead, new Date('2026-03-20T02:00:00Z'), 'A');
  await sendReplyOf(h.db, '2026-0902', lead, new Date('2026-03-20T02:00:00Z'), 'B');
  h.setNow('2026-04-01T02:00:00Z');
  await h.command('USUP', 'evaluate 2026-0901 满意');
  await h.command('USUP', 'evaluate 2026-0902 不满意 希望明确完工时间');
  await h.drain();
});
afterAll(async () => {
  await h?.close();
});

/** Each paragraph's text, and each table's rows of cell texts. */
function read(xml: string) {
  const textOf = (fragment: string) => [...fragment.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) =>
    [...table[1]!.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>|<w:tr [^>]*>([\s\S]*?)<\/w:tr>/g)].map((row) =>
      [...(row[1] ?? row[2]!).matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => textOf(cell[1]!)),
    ),
  );
  const paragraphs = [...xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '').matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => textOf(p[0]));
  return { paragraphs: paragraphs.filter(Boolean), tables };
}

describe('/suggest report', () => {
  it('sends the office member who asked a Word document of the handling, with its figures, tables and verdicts', async () => {
    expect(await h.said('USUP', '报告')).toBe('正在生成办理情况报告（Word），稍后以文件发给您。');
    const shared = (await h.drain()).filter((call) => call.method === 'files.completeUploadExternal');
    expect(shared.map((call) => call.args.channel_id)).toEqual(['DSUP']);
    const file = h.standIn.uploadedFile((shared[0]!.args.files as Array<{ id: string }>)[0]!.id)!;
    expect(file.filename).toMatch(/^办理情况报告-2026-2026-04-01-[0-9a-f]{8}\.docx$/);
    const parts = await partsOf(file.data);
    const document = parts.get('word/document.xml')!;
    const { paragraphs, tables } = read(document);

    expect(paragraphs).toEqual(
      expect.arrayContaining([
        '2026 人大代表建议办理情况报告',
        '一、总体情况',
        '二、各承办单位办理情况',
        '三、分领域办理情况',
        '四、承办单位办理排名',
        '五、需要关注的事项',
        '七、代表评价',
      ]),
    );
    expect(paragraphs.join('\n')).toContain('本期共交办建议 3 件（另有会办 1 件次）。已答复 66.7%（2/3），其中按期答复 100.0%（2/2）');
    expect(paragraphs.join('\n')).toContain('已收到代表评价 2 件（按最近一轮计）：满意 1 件，基本满意 0 件，不满意 1 件。');
    expect(paragraphs.join('\n')).toContain('2026-0902 关于灌区改造的建议（省水利厅）：希望明确完工时间');
    // Per unit, by 领域, the ranking: native Word tables, the figures with what they are out of.
    const [byUnit, byField, ranking] = tables;
    expect(byUnit![0]).toEqual(['单位', '主办', '会办', '已答复', '按期答复', '办结', 'A/B/C', '满意率', '承诺兑现']);
    expect(byUnit!.slice(1)).toEqual([
      ['省民政厅', '1', '1', '0.0%（0/1）', '—', '0.0%（0/1）', '0/0/0', '—', '—'],
      ['省水利厅', '2', '0', '100.0%（2/2）', '100.0%（2/2）', '50.0%（1/2）', '1/1/0', '50.0%（1/2）', '0.0%（0/1）'],
    ]);
    expect(byField![1]![0]).toBe('未填领域');
    expect(ranking![0]).toEqual(['名次', '单位', '得分', '逾期节点']);
    expect(
      ranking!
        .slice(1)
        .map((row) => row[1])
        .sort(),
    ).toEqual(['省民政厅', '省水利厅']);
    // The ranking's chart is in it as a picture.
    expect([...parts.keys()].some((name) => name.startsWith('word/media/') && name.endsWith('.png'))).toBe(true);
    // Chinese typography: 黑体 headings, 宋体 text, 二号 title, 三号 headings, 小四 text.
    expect(document).toContain('w:eastAsia="黑体"');
    expect(document).toContain('w:eastAsia="宋体"');
    expect(document).toContain('<w:sz w:val="44"/>');
    expect(document).toContain('<w:sz w:val="32"/>');
    expect(parts.get('word/styles.xml')).toContain('<w:sz w:val="24"/>');
  });

  it('is the office’s alone, and reads its period as it can', async () => {
    expect(await h.said('UWLIA', 'report')).toMatch(/需要以下角色之一：督办室/);
    expect(await h.said('USUP', 'report week')).toContain('/suggest report [month|year]');
    // One report a minute for each person: it reads the whole session.
    expect(await h.said('USUP', 'report month')).toBe('您刚要过办理情况报告。请 60 秒后再要。');
    h.setNow('2026-04-01T02:05:00Z');
    expect(await h.said('USUP', 'report month')).toBe('正在生成办理情况报告（Word），稍后以文件发给您。');
    expect((await h.drain()).filter((call) => call.method === 'files.completeUploadExternal')).toHaveLength(1);
  });

  it('tells one who is no longer in the office, when it is made, why no report comes', async () => {
    h.setNow('2026-04-01T03:00:00Z');
    await h.command('USUP', 'supervisor add <@USUP2|zhou>');
    expect(await h.said('USUP2', 'report')).toBe('正在生成办理情况报告（Word），稍后以文件发给您。');
    await h.command('USUP', 'supervisor remove <@USUP2|zhou>');
    const sent = await h.drain();
    expect(sent.filter((call) => call.method === 'files.completeUploadExternal')).toEqual([]);
    const told = sent
      .filter((call) => call.method === 'chat.postMessage' && call.args.channel === 'USUP2')
      .map((call) => String(call.args.text));
    expect(told).toEqual(expect.arrayContaining([expect.stringMatching(/^您要的文件没有生成：这项操作需要以下角色之一：督办室/)]));
  });
});
