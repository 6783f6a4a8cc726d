// Likely duplicates pointed out where suggestions come in: the import's preview lists the rows
// whose titles are like another row's or an open suggestion's of the session, and the answer to
// an assignment (inline or through the form) names the open suggestions its title is like, with
// 并案. Information only: every row and every assignment goes through as before.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { suggestions } from '../../src/db/schema.js';
import { assignModalBlocks, callbackIds, importModalBlocks, inputActionId } from '../../src/slack/ids.js';
import { type FormView, formText, updatedView } from '../support/form-view.js';
import { type Harness, startHarness } from '../support/harness.js';

const river = '关于推进河湖长制落地见效的建议';
const mergeHint =
  '以上只是提示：标题相近的建议照常交办，不会自动合并。确属同一事项的，导入后可用 `/suggest merge <编号> into <编号>` 并案办理。';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ supervisors: ['USUP'], now: '2026-03-02T01:00:00Z' });
  await h.command('USUP', 'unit add 省水利厅 alias:水利厅 channel:<#CWATER|water> liaison:<@UWLIA|wang>');
  await h.command('USUP', 'unit add 省民政厅 alias:民政厅 liaison:<@UCLIA|zhao>');
  await h.command('USUP', `assign 2026-0007 lead:水利厅 title:${river}`);
  await h.command('USUP', 'assign 2026-0008 lead:民政厅 title:关于推进社区嵌入式养老的建议');
  await h.drain();
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => {
  h.standIn.calls.length = 0;
});

const header = '编号,标题,领衔代表,主办单位';
const csv = (...rows: string[]) => Buffer.from(`\ufeff${[header, ...rows].join('\n')}\n`);

async function preview(name: string, data: Buffer): Promise<FormView> {
  const file = h.standIn.shareFile('USUP', name, data);
  const from = h.standIn.calls.length;
  const answer = await h.submitView('USUP', callbackIds.importModal, {
    [importModalBlocks.file]: { [inputActionId]: { type: 'file_input', files: [file] } },
  });
  expect(answer.body.response_action).toBe('update');
  return updatedView(h, from);
}

const codes = async () => (await h.db.select({ code: suggestions.code }).from(suggestions)).map((row) => row.code).sort();

describe('the import preview', () => {
  it('lists the rows like another row or an open suggestion after what each unit is given, and imports them all', async () => {
    const view = await preview(
      '交办清单.csv',
      csv(
        `2026-0031,${river},张三,水利厅`,
        '2026-0032,关于加强医保基金监管的建议,李四,民政厅',
        '2026-0101,关于推动河湖长制落地见效的建议,王五,水利厅',
        `2026-0102,${river},赵六,水利厅`,
        '2026-0103,关于加强医保基金使用监管的建议,钱七,民政厅',
        '2026-0104,关于巩固农村饮水安全成果的建议,孙八,水利厅',
        '2026-0105,关于加强农村生活污水治理的建议,周九,水利厅',
        '2026-0106,关于的建议,吴十,民政厅',
      ),
    );
    expect(view.callback_id).toBe(callbackIds.importConfirm);
    const lines = formText(view).split('\n');
    expect(lines).toEqual([
      '共 8 行：8 件可以交办。',
      '省水利厅：主办 5 件，会办 0 件',
      '省民政厅：主办 3 件，会办 0 件',
      // Four deputies' one ask is one line: the rows of the file and the open suggestion together.
      '可能重复：2026-0031 与 2026-0007、2026-0101、2026-0102 标题相近',
      '可能重复：2026-0032 与 2026-0103 标题相近',
      mergeHint,
      '确认后全部写入（或一件也不写入），交办通知随即陆续发给相关单位和人员。',
    ]);

    const from = h.standIn.calls.length;
    await h.submitView('USUP', callbackIds.importConfirm, {}, view.private_metadata);
    expect(formText(await updatedView(h, from))).toContain('已交办 8 件建议');
    expect(await codes()).toEqual(expect.arrayContaining(['2026-0031', '2026-0101', '2026-0102', '2026-0106']));
  });

  it('lists a few groups and counts the rest, and says nothing when no title is like another', async () => {
    const asks = [
      '推进诉源治理',
      '整治电信网络诈骗',
      '优化户籍办理服务',
      '加快乡镇社工站建设',
      '规范殡葬服务',
      '发展跨境电商',
      '培育老字号品牌',
    ];
    const rows = asks.flatMap((ask, i) => [
      `2026-${200 + 2 * i},关于${ask}的建议,张三,民政厅`,
      `2026-${201 + 2 * i},关于东川市${ask}的建议,李四,民政厅`,
    ]);
    const lines = formText(await preview('七组.csv', csv(...rows))).split('\n');
    expect(lines.filter((line) => line.startsWith('可能重复：'))).toEqual([
      '可能重复：2026-200 与 2026-201 标题相近',
      '可能重复：2026-202 与 2026-203 标题相近',
      '可能重复：2026-204 与 2026-205 标题相近',
      '可能重复：2026-206 与 2026-207 标题相近',
      '可能重复：2026-208 与 2026-209 标题相近',
    ]);
    expect(lines).toContain('另有 2 组未列出');

    const apart = formText(
      await preview('无重复.csv', csv('2026-0300,关于发展夜间经济的建议,张三,民政厅', '2026-0301,关于规范涉企执法司法的建议,李四,水利厅')),
    );
    expect(apart).not.toContain('可能重复');
    expect(apart).not.toContain(mergeHint);
  });
});

describe('the answer to an assignment', () => {
  it('names the open suggestions with titles like the new one’s, and 并案', async () => {
    const answer = await h.command('USUP', 'assign 2026-0400 lead:水利厅 title:关于进一步推进河湖长制落地见效的建议');
    expect(answer.body.response_type).toBe('ephemeral');
    const blocks = answer.body.blocks as Array<{ text?: { text: string } }>;
    expect(blocks[0]?.text?.text).toBe('已交办建议 *2026-0400*：主办「省水利厅」。');
    // The suggestions imported above, most alike first (the same ask three times, then reworded): three of four.
    expect(blocks[1]?.text?.text).toBe(
      `本会次另有标题相近、尚未办结的建议：*2026-0007* ${river}；*2026-0031* ${river}；*2026-0102* ${river}。` +
        '如属同一事项，可用 `/suggest merge 2026-0400 into 2026-0007` 并案办理。',
    );
  });

  it('says nothing more for a title like no other, or none at all', async () => {
    for (const command of ['assign 2026-0401 lead:民政厅 title:关于规范电动自行车管理的建议', 'assign 2026-0402 lead:民政厅']) {
      const answer = await h.command('USUP', command);
      expect(answer.body.text).toMatch(/^已交办建议/);
      expect(JSON.stringify(answer.body.blocks)).not.toContain('标题相近');
    }
  });

  it('names them in the form’s confirmation too', async () => {
    await h.command('USUP', 'assign');
    const [open] = h.standIn.callsTo('views.open');
    const lead = (
      open!.args.view as { blocks: Array<{ block_id: string; element: { options?: Array<{ text: { text: string }; value: string }> } }> }
    ).blocks.find((block) => block.block_id === assignModalBlocks.lead);
    const civil = lead?.element.options?.find((option) => option.text.text === '省民政厅')?.value;
    const field = (value: string | null) => ({ [inputActionId]: { type: 'plain_text_input', value } });
    const answer = await h.submitView('USUP', callbackIds.assignModal, {
      [assignModalBlocks.code]: field('2026-0403'),
      [assignModalBlocks.title]: field('关于加强医保基金监管工作的建议'),
      [assignModalBlocks.deputy]: field('张代表'),
      [assignModalBlocks.lead]: { [inputActionId]: { type: 'static_select', selected_option: { value: civil } } },
      [assignModalBlocks.co]: { [inputActionId]: { type: 'multi_static_select', selected_options: [] } },
      [assignModalBlocks.handler]: { [inputActionId]: { type: 'users_select', selected_user: null } },
      [assignModalBlocks.due]: { [inputActionId]: { type: 'datepicker', selected_date: null } },
    });
    expect(answer.body.response_action).toBe('update');
    const view = answer.body.view as FormView;
    expect(formText(view)).toContain(
      '已交办建议 *2026-0403*：主办「省民政厅」。\n' +
        '本会次另有标题相近、尚未办结的建议：*2026-0032* 关于加强医保基金监管的建议；*2026-0103* 关于加强医保基金使用监管的建议。' +
        '如属同一事项，可用 `/suggest merge 2026-0403 into 2026-0032` 并案办理。',
    );
  });
});
