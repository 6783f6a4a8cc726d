// /suggest import: a 交办清单 given in a form (CSV or Excel), read and checked with a preview, and
// written only on confirmation, every row or none; handlers may be named by e-mail. A 征询意见表
// of the deputies' verdicts goes through the same form, told apart by its headers.

import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { assignments, auditEvents, evaluations, outbox, suggestions } from '../../src/db/schema.js';
import { zhCN } from '../../src/i18n/zh-CN.js';
import { ledgerWorkbook } from '../../src/ledger/ledger-workbook.js';
import { importLimits } from '../../src/services/imports/import-limits.js';
import { readLedger } from '../../src/services/reports/read-ledger.js';
import { callbackIds, importModalBlocks, inputActionId } from '../../src/slack/ids.js';
import { type FormView, formText, updatedView } from '../support/form-view.js';
import { type Harness, startHarness } from '../support/harness.js';
import { sendReplyOf } from '../support/sent-replies.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ supervisors: ['USUP'], now: '2026-03-02T01:00:00Z' });
  await h.command('USUP', 'unit add 省水利厅 alias:水利厅 channel:<#CWATER|water> liaison:<@UWLIA|wang>');
  await h.command('USUP', 'unit add 省民政厅 alias:民政厅 liaison:<@UCLIA|zhao>');
  await h.command('USUP', 'assign 2026-0001 lead:水利厅 title:关于河道治理的建议');
  h.standIn.setUser('U0LI', { realName: '李经办', email: 'li@water.gov.cn' });
  await h.drain();
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => {
  h.standIn.calls.length = 0;
});

const header = '编号,标题,领衔代表,附议代表,主办单位,会办单位,经办人,法定答复期限';
const csv = (...rows: string[]) => Buffer.from(`\ufeff${[header, ...rows].join('\n')}\n`);
const good = csv(
  '2026-0101,关于加强河湖管护的建议,张三,李四、王五,水利厅,民政厅,LI@water.gov.cn,2026-06-30',
  '2026-0102,关于社区养老服务的建议,赵六,,民政厅,,,',
);

/** Gives the form a file, as Slack's file input does: the answer at once, then the view it became. */
async function submitFile(name: string, data: Buffer, user = 'USUP', claimedSize?: number) {
  const file = { ...h.standIn.shareFile(user, name, data), ...(claimedSize === undefined ? {} : { size: claimedSize }) };
  const from = h.standIn.calls.length;
  const answer = await h.submitView(user, callbackIds.importModal, {
    [importModalBlocks.file]: { [inputActionId]: { type: 'file_input', files: [file] } },
  });
  return { answer, view: answer.body.response_action === 'update' ? await updatedView(h, from) : undefined };
}
const confirm = async (preview: FormView, user = 'USUP') => {
  const from = h.standIn.calls.length;
  const answer = await h.submitView(user, callbackIds.importConfirm, {}, preview.private_metadata);
  expect(answer.body.response_action).toBe('update');
  return updatedView(h, from);
};
const codes = async () =>
  (await h.db.select({ code: suggestions.code }).from(suggestions).orderBy(suggestions.code)).map((row) => row.code);

describe('/suggest import', () => {
  it('opens a form with a file input to the supervision office only', async () => {
    const answer = await h.command('USUP', '导入');
    expect(answer.status).toBe(200);
    const [opened] = h.standIn.callsTo('views.open');
    const view = opened!.args.view as {
      blocks: Array<{ block_id?: string; element?: { type: string; filetypes: string[]; max_files: number } }>;
    };
    expect(view.blocks.find((block) => block.block_id === importModalBlocks.file)?.element).toMatchObject({
      type: 'file_input',
      filetypes: ['csv', 'xlsx'],
      max_files: 1,
    });

    h.standIn.calls.length = 0;
    const refused = await h.command('UWLIA', 'import');
    expect(refused.body.text).toMatch(/需要以下角色之一：督办室/);
    expect(h.standIn.callsTo('views.open')).toEqual([]);
    expect((await h.command('USUP', 'import 清单.csv')).body.text).toMatch(/用法：`\/suggest import`/);
  });

  it('previews a good file, writes nothing until confirmed, then assigns every row with its messages', async () => {
    const { answer, view } = await submitFile('交办清单.csv', good);
    expect(answer.body.view).toMatchObject({ blocks: [{ text: { text: '正在读取和检查「交办清单.csv」……' } }] });
    expect(view!.callback_id).toBe(callbackIds.importConfirm);
    expect(view!.submit).toMatchObject({ text: '确认导入' });
    expect(formText(view!)).toContain('共 2 行：2 件可以交办。');
    expect(formText(view!)).toContain('省民政厅：主办 1 件，会办 1 件\n省水利厅：主办 1 件，会办 0 件');
    expect(await codes()).toEqual(['2026-0001']);
    // The bot fetched the file with its token, and asked Slack who the e-mail is.
    expect(h.standIn.calls.filter((call) => call.method === 'file_download').map((call) => call.args.authorized)).toEqual([true]);
    expect(h.standIn.callsTo('users.lookupByEmail').map((call) => call.args.email)).toEqual(['li@water.gov.cn']);

    const done = await confirm(view!);
    expect(done.title.text).toBe('导入完成');
    // The confirmation reads the file again, but remembers who the e-mail belongs to.
    expect(h.standIn.callsTo('users.lookupByEmail')).toHaveLength(1);
    expect(formText(done)).toContain('已交办 2 件建议');
    expect(await codes()).toEqual(['2026-0001', '2026-0101', '2026-0102']);
    const [lead] = await h.db
      .select()
      .from(assignments)
      .innerJoin(suggestions, eq(suggestions.id, assignments.suggestionId))
      .where(eq(suggestions.code, '2026-0101'));
    expect(lead!.assignments.handlerUserId).toBe('U0LI');
    expect(lead!.suggestions).toMatchObject({ leadDeputy: '张三', coSigners: ['李四', '王五'], statutoryDueOn: '2026-06-30' });
    const sent = (await h.drain()).filter((call) => call.method === 'chat.postMessage').map((call) => call.args.channel);
    expect(sent).toEqual(expect.arrayContaining(['U0LI', 'UWLIA', 'CWATER', 'UCLIA']));
    expect(await h.db.$count(auditEvents, eq(auditEvents.action, 'suggestion.assign'))).toBe(3);
  });

  it('names in the preview the rows whose time is too short to give each step a day', async () => {
    // The harness's day is Monday 2 Mar: due in 13 days leaves 5 working days for 7 steps.
    const short = csv('2026-0131,关于汛前河道清障的建议,张三,,水利厅,,,2026-03-15', '2026-0132,关于社区食堂的建议,赵六,,民政厅,,,');
    const { view } = await submitFile('交办清单.csv', short);
    expect(formText(view!)).toContain('1 件建议办理时间较短，部分节点只能同日完成：2026-0131。');
    expect(formText(view!)).not.toContain('2026-0132。');
    expect(await codes()).not.toContain('2026-0131');
  });

  it('lists every bad row with its line and reason, writes nothing, and offers no confirmation', async () => {
    const before = await h.db.$count(outbox);
    const { view } = await submitFile(
      '有问题的清单.csv',
      csv(
        '2026-0201,关于水土保持的建议,甲,,省水力厅,,,',
        '2026-0001,关于重复编号的建议,乙,,水利厅,,,',
        '2026-0202,关于日期的建议,丙,,水利厅,,,2026-02-30',
        '2026-0203,,丁,,水利厅,,,',
        '2026-0204,关于经办人的建议,戊,,水利厅,,nobody@water.gov.cn,',
        '2026-0204,关于同号的建议,己,,民政厅,,,',
        '2026-0205,关于经办人写法的建议,庚,,民政厅,,张经办,',
        '2026-0206,关于可以交办的建议,辛,,民政厅,,,',
      ),
    );
    expect(view!.submit).toBeUndefined();
    expect(formText(view!).split('\n')).toEqual([
      '共 8 行：1 件可以交办，7 行有问题。',
      '第 2 行（2026-0201）：没有名为 `省水力厅` 的承办单位。是不是「省水利厅」？督办室可以用 `/suggest unit add` 登记单位。',
      expect.stringMatching(/^第 3 行（2026-0001）：.*2026-0001.*已/),
      '第 4 行（2026-0202）：「2026-02-30」不是有效日期，请写 YYYY-MM-DD。',
      '第 5 行（2026-0203）：缺少标题。',
      '第 6 行（2026-0204）：Slack 中没有邮箱为「nobody@water.gov.cn」的成员：请核对邮箱，或改填 Slack 成员 ID。',
      '第 7 行（2026-0204）：编号与第 6 行重复。',
      '第 8 行（2026-0205）：经办人「张经办」既不是 Slack 成员 ID（如 U01AB2CD3），也不是邮箱。',
      '没有写入任何内容。改正有问题的行后，再用 `/suggest import` 导入。',
    ]);
    expect(await codes()).toEqual(['2026-0001', '2026-0101', '2026-0102']);
    expect(await h.db.$count(outbox)).toBe(before);
  });

  it('writes nothing when the ledger changed between preview and confirmation (all or none)', async () => {
    const { view } = await submitFile(
      '清单.xlsx',
      await workbookOf([
        ['2026-0301', '关于灌区改造的建议', '水利厅'],
        ['2026-0302', '关于防汛的建议', '水利厅'],
      ]),
    );
    expect(formText(view!)).toContain('共 2 行：2 件可以交办。');
    await h.command('USUP', 'assign 2026-0302 lead:民政厅 title:关于防汛的建议');
    const done = await confirm(view!);
    expect(done.submit).toBeUndefined();
    expect(formText(done)).toMatch(/第 3 行（2026-0302）：.*已/);
    expect(await codes()).not.toContain('2026-0301');
  });

  it('refuses a file it cannot use with a clear word, and changes nothing', async () => {
    const wrongType = await submitFile('清单.pdf', Buffer.from('%PDF'));
    expect(wrongType.answer.body).toMatchObject({
      response_action: 'errors',
      errors: { [importModalBlocks.file]: '请上传一个 CSV 或 Excel（.xlsx）文件。' },
    });
    const tooLarge = await submitFile('大清单.csv', Buffer.alloc(importLimits.fileBytes + 1, 0x20));
    expect(tooLarge.answer.body.errors).toEqual({ [importModalBlocks.file]: '文件超过 5 MB：请拆分后分批导入。' });
    // A file whose form said less than it holds is refused as it arrives.
    const understated = await submitFile('清单.csv', Buffer.alloc(importLimits.fileBytes + 1, 0x20), 'USUP', 100);
    expect(formText(understated.view!)).toBe('文件超过 5 MB：请拆分后分批导入。');
    const endless = await submitFile('清单.csv', csv(...Array.from({ length: importLimits.rows + 1 }, (_, i) => `2026-${i},标题,水利厅`)));
    expect(formText(endless.view!)).toBe('「清单.csv」超过 20000 行，没有写入任何内容。请拆分后分批导入。');
    const damaged = await submitFile('清单.xlsx', Buffer.from('not a workbook'));
    expect(formText(damaged.view!)).toContain('「清单.xlsx」无法读取');
    // 编号,标题 as Excel on Chinese Windows saves it (GBK): read, and found to lack 主办单位.
    const gbk = await submitFile('清单.csv', Buffer.from([0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xb1, 0xea, 0xcc, 0xe2, 0x0a]));
    expect(formText(gbk.view!)).toContain('表格缺少这些列：主办单位');
    const noHeaders = await submitFile('清单.csv', Buffer.from('a,b\n1,2\n'));
    expect(formText(noHeaders.view!)).toContain('表格缺少这些列：编号、标题、主办单位');
    const extra = await submitFile('清单.csv', Buffer.from('编号,标题,主办单位,备注\n2026-0601,关于堤防的建议,省水力厅,加急\n'));
    expect(formText(extra.view!)).toContain('共 1 行：0 件可以交办，1 行有问题。表头中的「备注」不是可导入的列，其下的内容不会导入。');
    const empty = await submitFile('清单.csv', csv());
    expect(formText(empty.view!)).toContain('没有数据行');
    h.standIn.failNext('file_download', { kind: 'server_error' });
    const unavailable = await submitFile('清单.csv', good);
    expect(formText(unavailable.view!)).toContain('没能从 Slack 取到「清单.csv」');
    h.standIn.failNext('users.lookupByEmail', { kind: 'error', error: 'internal_error' });
    // An e-mail not asked before: one found earlier is remembered, and would not ask Slack again.
    const lookup = await submitFile('清单.csv', csv('2026-0401,关于河湖的建议,张三,,水利厅,,zhou@water.gov.cn,'));
    expect(formText(lookup.view!)).toContain('暂时无法在 Slack 中查找经办人邮箱');
    const malformed = await h.submitView('USUP', callbackIds.importModal, {
      [importModalBlocks.file]: { [inputActionId]: { files: [{ id: 'F1' }] } },
    });
    expect(malformed.body.response_action).toBe('errors');
    expect(await codes()).toEqual(['2026-0001', '2026-0101', '2026-0102', '2026-0302']);
  });

  it('refuses someone who is not the supervision office even with a preview in hand, fetching and asking nothing', async () => {
    const { view } = await submitFile('清单.csv', csv('2026-0501,关于水库的建议,张三,,水利厅,,,'));
    h.standIn.calls.length = 0;
    const done = await confirm(view!, 'UWLIA');
    expect(formText(done)).toMatch(/需要以下角色之一：督办室/);
    const submitted = await submitFile('清单.csv', csv('2026-0502,关于水库的建议,张三,,水利厅,,zhou3@water.gov.cn,'), 'UWLIA');
    expect(formText(submitted.view!)).toMatch(/需要以下角色之一：督办室/);
    expect(h.standIn.calls.filter((call) => ['file_download', 'users.lookupByEmail'].includes(call.method))).toEqual([]);
    expect(await codes()).not.toContain('2026-0501');
  });

  it('fetches only the file the form received, from Slack’s file server', async () => {
    const shared = h.standIn.shareFile('USUP', '清单.csv', good);
    const other = h.standIn.shareFile('USUP', '别的.csv', good);
    const before = await codes();
    h.standIn.calls.length = 0;
    const preview = JSON.stringify({ id: other.id, name: '清单.csv', url_private_download: shared.url_private_download });
    await h.submitView('USUP', callbackIds.importConfirm, {}, preview);
    expect(formText(await updatedView(h, 0))).toContain('没能从 Slack 取到「清单.csv」');
    expect(h.standIn.calls.filter((call) => call.method === 'file_download')).toEqual([]);
    expect(await codes()).toEqual(before);
  });
});

describe('/suggest import of a 征询意见表', () => {
  const lead = { liaison: 'UWLIA', handler: 'UHAN', division: 'UDIV', leader: 'UWLEAD', head: 'UHEAD' };
  const survey = (...rows: string[]) => Buffer.from(`${['编号,评价,意见,沟通情况,办理态度,办理结果', ...rows].join('\n')}\n`);
  const state = async (code: string) => {
    const [row] = await h.db.select().from(suggestions).where(eq(suggestions.code, code));
    return `${row!.status}:${row!.round}`;
  };

  beforeAll(async () => {
    for (const [user, role] of [
      ['<@UDIV|chen>', '处室负责人'],
      ['<@UWLEAD|li>', '分管领导'],
      ['<@UHEAD|liu>', '主要领导'],
    ])
      await h.command('USUP', `unit member 水利厅 ${user} ${role}`);
    for (const code of ['2026-0801', '2026-0802', '2026-0803', '2026-0804', '2026-0805'])
      await h.command('USUP', `assign ${code} lead:水利厅 handler:<@UHAN|han> title:关于水利的建议`);
    const sentOn = new Date('2026-03-20T02:00:00Z');
    for (const [code, replyClass] of [
      ['2026-0801', 'A'],
      ['2026-0802', 'B'],
      ['2026-0803', 'A'],
      ['2026-0804', 'A'],
    ] as const)
      await sendReplyOf(h.db, code, lead, sentOn, replyClass);
    await h.command('UWLIA', 'accept 2026-0805');
    await h.drain();
    h.setNow('2026-04-01T02:00:00Z');
  });

  it('previews the verdicts and what they do, writes nothing until confirmed, then records each as evaluate does', async () => {
    const { view } = await submitFile(
      '征询意见表.csv',
      survey('2026-0801,满意,办理认真,满意,满意,满意', '2026-0802,基本满意,,满意,基本满意,基本满意', '2026-0803,不满意,希望加快进度,,,'),
    );
    expect(view!.callback_id).toBe(callbackIds.importConfirm);
    expect(view!.submit).toMatchObject({ text: '确认导入' });
    expect(formText(view!).split('\n')).toEqual([
      '征询意见表共 3 行：3 件可以记录代表评价。',
      '代表评价：满意 1 件、基本满意 1 件、不满意 1 件',
      '记录后销号 1 件',
      '记录后转入跟踪 1 件（承诺事项尚未全部核销）',
      '记录后重新办理 1 件（不满意，本轮时间节点按顺序排定）',
      '确认后全部记录（或一件也不记录），与逐件用 `/suggest evaluate` 记录相同；主办单位随即收到通知。',
    ]);
    expect(await h.db.$count(evaluations)).toBe(0);

    const done = await confirm(view!);
    expect(done.title.text).toBe('导入完成');
    expect(formText(done)).toContain('已记录 3 件建议的代表评价');
    expect([await state('2026-0801'), await state('2026-0802'), await state('2026-0803')]).toEqual([
      'closed:1',
      'evaluated:1',
      'reopened:2',
    ]);
    const recorded = await h.db.select().from(evaluations).orderBy(evaluations.id);
    expect(recorded.map((e) => [e.verdict, e.note, e.communication, e.attitude, e.result, e.recordedBy, e.round])).toEqual([
      ['satisfied', '办理认真', 'satisfied', 'satisfied', 'satisfied', 'USUP', 1],
      ['basically_satisfied', '', 'satisfied', 'basically_satisfied', 'basically_satisfied', 'USUP', 1],
      ['dissatisfied', '希望加快进度', null, null, null, 'USUP', 1],
    ]);
    // The ledger's 代表评价 sheet shows the answers on each aspect.
    const ledger = new ExcelJS.Workbook();
    await ledger.xlsx.load(
      (await ledgerWorkbook(
        zhCN,
        await readLedger(h.db, { now: new Date('2026-04-01T02:00:00Z'), timezone: 'Asia/Shanghai' }, { office: true }),
        'Asia/Shanghai',
      )) as unknown as ArrayBuffer,
    );
    const sheet = ledger.getWorksheet('代表评价')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 7)).toEqual(['编号', '轮次', '评价', '沟通情况', '办理态度', '办理结果']);
    expect((sheet.getRow(3).values as unknown[]).slice(1, 7)).toEqual(['2026-0802', 1, '基本满意', '满意', '基本满意', '基本满意']);
    expect(await h.db.$count(auditEvents, eq(auditEvents.action, 'suggestion.evaluate'))).toBe(3);
    expect(await h.db.$count(auditEvents, eq(auditEvents.action, 'suggestion.reopen'))).toBe(1);
    // The unit hears of each verdict as of one typed; 不满意 reaches its leader too.
    const told = (await h.drain()).filter((call) => call.method === 'chat.postMessage');
    expect(told.filter((call) => JSON.stringify(call.args).includes('代表评价：')).map((call) => call.args.channel)).toEqual(
      expect.arrayContaining(['CWATER', 'UHAN', 'UWLEAD']),
    );
  });

  it('lists every row it cannot record with its line and why, and records none', async () => {
    const before = { verdicts: await h.db.$count(evaluations), outbox: await h.db.$count(outbox) };
    const { view } = await submitFile(
      '有问题的意见表.csv',
      survey(
        '2026-0805,满意,,,,',
        '2026-0899,满意,,,,',
        '2026-0806,很好,,,,',
        '2026-0801,基本满意,,,,',
        '2026-0803,满意,,,,',
        '2026-0804,满意,,,一般,',
        '2026-0804,满意,,,,',
      ),
    );
    expect(view!.submit).toBeUndefined();
    expect(formText(view!).split('\n')).toEqual([
      '征询意见表共 7 行：0 件可以记录代表评价，7 行有问题。',
      expect.stringMatching(/^第 2 行（2026-0805）：这件建议目前是「办理中」，不能销号。现在可以：发出答复。/),
      expect.stringMatching(/^第 3 行（2026-0899）：.*2026-0899/),
      '第 4 行（2026-0806）：评价「很好」不是评价结果：请写满意、基本满意或不满意。',
      '第 5 行（2026-0801）：第 1 轮答复的代表评价已记录为「满意」，没有改动。',
      expect.stringMatching(/^第 6 行（2026-0803）：这件建议目前是「重新办理中」，不能销号。/),
      '第 7 行（2026-0804）：办理态度「一般」不是评价结果：请写满意、基本满意或不满意。',
      '第 8 行（2026-0804）：编号与第 7 行重复。',
      '没有写入任何内容。改正有问题的行后，再用 `/suggest import` 导入。',
    ]);
    expect({ verdicts: await h.db.$count(evaluations), outbox: await h.db.$count(outbox) }).toEqual(before);
    expect(await state('2026-0804')).toBe('replied:1');

    // One good row among bad ones is not recorded either: all or none.
    const { view: mixed } = await submitFile('意见表.csv', survey('2026-0804,满意,,,,', '2026-0806,很好,,,,'));
    expect(formText(mixed!)).toContain('征询意见表共 2 行：1 件可以记录代表评价，1 行有问题。');
    expect(mixed!.submit).toBeUndefined();
    expect(await state('2026-0804')).toBe('replied:1');
  });

  it('skips a row that repeats the verdict already recorded, so that a survey of the whole quarter imports', async () => {
    const before = await h.db.$count(evaluations);
    const { view } = await submitFile('意见表.csv', survey('2026-0801,满意,,,,', '2026-0804,满意,,,,'));
    expect(formText(view!).split('\n')).toEqual([
      '征询意见表共 2 行：1 件可以记录代表评价。',
      '另有 1 行与已记录的评价相同（此前由按钮或命令记录），不再重复记录。',
      '代表评价：满意 1 件',
      '记录后销号 1 件',
      '确认后全部记录（或一件也不记录），与逐件用 `/suggest evaluate` 记录相同；主办单位随即收到通知。',
    ]);
    expect(view!.callback_id).toBe(callbackIds.importConfirm);
    // Nothing new at all: said so, with nothing to confirm.
    const { view: same } = await submitFile('意见表.csv', survey('2026-0801,满意,,,,'));
    expect(formText(same!)).toBe('征询意见表的 1 行评价都已记录过，结果相同，没有需要导入的内容。');
    expect(same!.submit).toBeUndefined();
    expect(await h.db.$count(evaluations)).toBe(before);
    expect(await state('2026-0804')).toBe('replied:1');
  });

  it('is the office’s alone, and says which column a survey lacks', async () => {
    const { view } = await submitFile('意见表.csv', survey('2026-0804,满意,,,,'), 'UWLIA');
    expect(formText(view!)).toMatch(/需要以下角色之一：督办室/);
    const noCode = await submitFile('意见表.csv', Buffer.from('建议,评价\n2026-0804,满意\n'));
    expect(formText(noCode.view!)).toContain('征询意见表缺少这些列：编号');
    expect(await state('2026-0804')).toBe('replied:1');
  });

  it('records nothing when a verdict was recorded between the preview and the confirmation', async () => {
    // The round the deputy answered, as the office may keep it: a verdict on it cannot land on the next round.
    const { view } = await submitFile('意见表.csv', Buffer.from('编号,轮次,评价\n2026-0804,第 1 轮,满意\n'));
    expect(formText(view!)).toContain('征询意见表共 1 行：1 件可以记录代表评价。');
    await h.command('UWLIA', 'evaluate 2026-0804 不满意 希望尽快开工');
    const before = await h.db.$count(evaluations);
    const done = await confirm(view!);
    expect(done.submit).toBeUndefined();
    expect(formText(done)).toContain('第 2 行（2026-0804）：第 1 轮答复的代表评价已记录为「不满意」，没有改动。');
    expect(await h.db.$count(evaluations)).toBe(before);
    expect(await state('2026-0804')).toBe('reopened:2');
    // A round not begun yet is named as such.
    const ahead = await submitFile('意见表.csv', Buffer.from('编号,轮次,评价\n2026-0804,3,满意\n'));
    expect(formText(ahead.view!)).toContain('这件建议现在是第 2 轮办理，第 3 轮的评价不能记录');
  });
});

async function workbookOf(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('交办清单');
  sheet.addRow(['编号', '标题', '主办单位']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
