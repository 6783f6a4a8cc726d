// 公开目录 through signed requests: the office's catalogue of sent may-publish replies with the date
// each is to be published by, 已公开 on each (once, by the office alone), the office's daily alert
// naming those due within the reminder window or late, and the ledger's two columns.
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, outbox, replies } from '../../src/db/schema.js';
import type { PostedNotice, SupervisionAlertNotice } from '../../src/domain/notices.js';
import { zhCN } from '../../src/i18n/zh-CN.js';
import { queueDailyReminders } from '../../src/services/reports/queue-daily-reminders.js';
import { actionIds } from '../../src/slack/ids.js';
import { noticeMessage } from '../../src/slack/views/notice.js';
import { type Harness, startHarness } from '../support/harness.js';
import { figuresFromLedger } from '../support/ledger-figures.js';
import { sendReplyOf } from '../support/sent-replies.js';

let h: Harness;
const lead = { liaison: 'UWLIA', handler: 'UHAN', division: 'UDIV', leader: 'UWLEAD', head: 'UHEAD' };
const replyIds = new Map<string, number>();

beforeAll(async () => {
  h = await startHarness({ supervisors: ['USUP', 'UEXSUP'], now: '2026-03-02T01:00:00Z' }); // Monday
  await h.command('USUP', 'unit add 省水利厅 alias:水利厅 liaison:<@UWLIA|wang> leader:<@UWLEAD|li>');
  for (const [user, role] of [
    ['<@UDIV|chen>', '处室负责人'],
    ['<@UHEAD|liu>', '主要领导'],
  ])
    await h.command('USUP', `unit member 水利厅 ${user} ${role}`);
  const sent: Array<[string, string, string, boolean]> = [
    // Sent Monday 2 March: to be published by Monday 30 March, 20 working days on.
    ['2026-0801', '关于河道清淤的建议', '2026-03-02T02:00:00Z', true],
    // Sent Tuesday 10 March: by Wednesday 8 April, over Qingming (4–6 April).
    ['2026-0802', '关于灌区改造的建议', '2026-03-10T02:00:00Z', true],
    // Not to be published: never in the catalogue.
    ['2026-0803', '关于农村饮水安全的建议', '2026-03-10T02:00:00Z', false],
    // Sent Friday 20 March: by Monday 20 April.
    ['2026-0804', '关于水库除险加固的建议', '2026-03-20T02:00:00Z', true],
  ];
  for (const [code, title] of sent) await h.command('USUP', `assign ${code} lead:水利厅 handler:<@UHAN|han> title:${title}`);
  for (const [code, , at, mayPublish] of sent) {
    const suggestionId = await sendReplyOf(h.db, code, lead, new Date(at), 'A', mayPublish);
    const [reply] = await h.db.select({ id: replies.id }).from(replies).where(eq(replies.suggestionId, suggestionId));
    replyIds.set(code, reply!.id);
  }
  await h.command('USUP', 'supervisor remove <@UEXSUP|qian>');
  await h.drain();
  h.setNow('2026-04-01T02:00:00Z'); // Wednesday
});
afterAll(async () => {
  await h?.close();
});

type Block = { type: string; text?: { text: string }; accessory?: { action_id: string; value: string } };
type Message = { text: string; blocks: Block[] };
const text = (value: unknown) => JSON.stringify(value);
const catalogueAs = async (user: string, words = 'publish') => {
  const answer = await h.command(user, words);
  expect(answer.body.response_type).toBe('ephemeral');
  return answer.body as Message;
};
const codesIn = (message: Message) =>
  message.blocks
    .filter((block) => block.accessory?.action_id === actionIds.markReplyPublished)
    .map((block) => /\*(2026-\d+)\*/.exec(block.text!.text)![1]);
const publishedOf = async (code: string) =>
  (
    await h.db
      .select({ on: replies.publishedOn, by: replies.publishedBy })
      .from(replies)
      .where(eq(replies.id, replyIds.get(code)!))
  )[0];
const publishAudits = () => h.db.$count(auditEvents, eq(auditEvents.action, 'reply.publish'));

/** Clicks 已公开 as `user` on a reply (from the message it was listed in, if given); resolves to what the bot answered the click. */
async function clickPublished(user: string, code: string, message?: Message) {
  const before = h.responses().length;
  const ack = await h.button(user, actionIds.markReplyPublished, String(replyIds.get(code)), message);
  expect(ack.status).toBe(200);
  const answer = (await h.waitForResponses(before + 1)).at(-1)!.args as { replace_original?: boolean; text: string; blocks?: Block[] };
  return { ...answer, all: `${answer.text} ${text(answer.blocks ?? [])}` };
}

describe('/suggest publish', () => {
  it('lists to the office, privately, the replies to publish soonest first, each with its unit, class, dates and 已公开', async () => {
    const catalogue = await catalogueAs('USUP');
    expect(catalogue.text).toBe('可以公开的答复中，有 3 件尚未公开，其中 1 件已超过公开期限。答复发出后应在 20 个工作日内公开。');
    expect(codesIn(catalogue)).toEqual(['2026-0801', '2026-0802', '2026-0804']);
    const shown = text(catalogue.blocks);
    expect(shown).toContain(
      '🔴 逾期 2 个工作日 · *2026-0801* 关于河道清淤的建议\\n省水利厅（主办） · A 类答复 · 3月2日（周一）发出 · 应于 3月30日（周一）前公开',
    );
    expect(shown).toContain(
      '🟡 还剩 4 个工作日 · *2026-0802* 关于灌区改造的建议\\n省水利厅（主办） · A 类答复 · 3月10日（周二）发出 · 应于 4月8日（周三）前公开',
    );
    expect(shown).toContain('应于 4月20日（周一）前公开');
    expect(shown).not.toContain('2026-0803');
    // Its Chinese names say the same.
    expect(codesIn(await catalogueAs('USUP', '公开目录'))).toEqual(codesIn(catalogue));
    expect(codesIn(await catalogueAs('USUP', '公开'))).toEqual(codesIn(catalogue));
  });

  it('is refused to anyone but the office, a removed supervisor included, and to words it does not take', async () => {
    for (const user of ['UWLIA', 'UHAN', 'UEXSUP', 'USTRANGER']) expect(await h.said(user, 'publish')).toMatch(/需要以下角色之一：督办室/);
    expect(await h.said('USUP', 'publish 2026-0801')).toContain('用法：`/suggest publish [all]`');
  });
});

describe('已公开', () => {
  it('is refused to a unit’s people and a removed supervisor, changing nothing', async () => {
    for (const user of ['UWLIA', 'UEXSUP']) {
      expect((await clickPublished(user, '2026-0801')).all).toMatch(/需要以下角色之一：督办室/);
    }
    expect(await publishedOf('2026-0801')).toEqual({ on: null, by: null });
    expect(await publishAudits()).toBe(0);
  });

  it('records the office’s publication once, audited, in place of the line’s button; a second click changes nothing', async () => {
    const catalogue = await catalogueAs('USUP');
    const answer = await clickPublished('USUP', '2026-0801', catalogue);
    expect(answer.replace_original).toBe(true);
    expect(answer.all).toContain('已记录建议 *2026-0801* 的答复于 4月1日（周三）公开。公开期限为 3月30日（周一），逾期 2 个工作日。');
    // The line stays, its button gone; the other lines keep theirs.
    expect(codesIn(answer as unknown as Message)).toEqual(['2026-0802', '2026-0804']);
    expect(await publishedOf('2026-0801')).toEqual({ on: '2026-04-01', by: 'USUP' });
    const [audit] = await h.db.select().from(auditEvents).where(eq(auditEvents.action, 'reply.publish'));
    expect(audit).toMatchObject({ actor: 'USUP', entity: 'reply', entityId: String(replyIds.get('2026-0801')) });
    expect(audit!.after).toMatchObject({ publishedOn: '2026-04-01', publishBy: '2026-03-30' });

    // Again, from the same old list, or by another supervisor: refused, clearly, and nothing changes.
    h.setNow('2026-04-02T02:00:00Z');
    const again = await clickPublished('USUP', '2026-0801', catalogue);
    expect(again.replace_original).toBe(false);
    expect(again.all).toContain('建议 *2026-0801* 的这份答复已由 <@USUP> 于 4月1日（周三）记为已公开，没有改动。');
    expect(await publishedOf('2026-0801')).toEqual({ on: '2026-04-01', by: 'USUP' });
    expect(await publishAudits()).toBe(1);
    // A reply not to be published is not in the catalogue, whatever a button says.
    expect((await clickPublished('USUP', '2026-0803')).all).toContain('这份答复不在公开目录中');
    expect(await publishAudits()).toBe(1);
  });

  it('takes the reply out of the catalogue; publish all lists it with its date and who marked it', async () => {
    const catalogue = await catalogueAs('USUP');
    expect(codesIn(catalogue)).toEqual(['2026-0802', '2026-0804']);
    expect(catalogue.text).toBe('可以公开的答复中，有 2 件尚未公开。答复发出后应在 20 个工作日内公开。');
    const all = await catalogueAs('USUP', 'publish all');
    expect(codesIn(all)).toEqual(['2026-0802', '2026-0804']);
    expect(text(all.blocks)).toContain('*已公开的答复 1 件*');
    expect(text(all.blocks)).toContain(
      '• *2026-0801* 关于河道清淤的建议 · 省水利厅 · 4月1日（周三）公开 · 公开期限 3月30日（周一） · <@USUP>',
    );
    expect(text((await catalogueAs('USUP', '公开目录 全部')).blocks)).toContain('*已公开的答复 1 件*');
  });
});

describe('the office’s daily alert', () => {
  it('names the replies to publish within the reminder window or late, in the one alert it gets', async () => {
    // Thursday 2 April, 09:00: the window of 3 working days reaches Wednesday 8 April.
    const at = new Date('2026-04-02T01:00:00Z');
    h.setNow(at);
    await queueDailyReminders(h.db, at, 'Asia/Shanghai');
    const queued = await h.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.channel, 'USUP'), eq(outbox.status, 'pending')));
    const alerts = queued.filter((row) => (row.payload as { type: string }).type === 'supervision_alert');
    // One alert: the one the office gets anyway, with a part of its own.
    expect(alerts).toHaveLength(1);
    // Besides it, only the digest the office's own held notices go in: no message of a new kind.
    expect(queued.map((row) => (row.payload as { type: string }).type).sort()).toEqual(['reminder', 'supervision_alert']);
    const notice = alerts[0]!.payload as SupervisionAlertNotice;
    expect(notice.publication).toMatchObject({ windowWorkingDays: 3, total: 1 });
    const shown = text(noticeMessage(zhCN, notice as PostedNotice).blocks);
    expect(shown).toContain('3 个工作日内到公开期限或已逾期、尚未公开的答复 1 件');
    expect(shown).toContain('🟡 还剩 3 个工作日 · *2026-0802* 关于灌区改造的建议（主办 · 省水利厅） · 应于 4月8日（周三）前公开');
    expect(shown).toContain('公开后请在 `/suggest publish` 中点该答复旁的「已公开」。');
    // Published already, or not due yet: not in it.
    expect(shown).not.toContain('2026-0801* 关于河道清淤的建议（主办 · 省水利厅） · 应于');
    expect(shown).not.toContain('应于 4月20日');
    // Nobody removed from the office hears of it.
    const theirs = await h.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.channel, 'UEXSUP'), eq(outbox.status, 'pending')));
    expect(theirs.filter((row) => (row.payload as { type: string }).type === 'supervision_alert')).toEqual([]);
    await h.drain();
  });
});

describe('the ledger export', () => {
  it('gives each may-publish reply its 公开期限 and 公开日期 in the 答复 sheet, the figures still counted from it', async () => {
    h.setNow('2026-04-02T03:00:00Z');
    await h.command('USUP', 'export');
    const shared = (await h.drain()).filter((call) => call.method === 'files.completeUploadExternal');
    expect(shared).toHaveLength(1);
    const file = h.standIn.uploadedFile((shared[0]!.args.files as Array<{ id: string }>)[0]!.id)!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.data as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('答复')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(-4)).toEqual(['发出日期', '发出时的法定答复期限', '公开期限', '公开日期']);
    const column = (header: string) =>
      Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2).getCell(headers.indexOf(header) + 1).value);
    const day = (value: string) => new Date(`${value}T00:00:00Z`);
    expect(column('编号')).toEqual(['2026-0801', '2026-0802', '2026-0803', '2026-0804']);
    expect(column('公开期限')).toEqual([day('2026-03-30'), day('2026-04-08'), null, day('2026-04-20')]);
    expect(column('公开日期')).toEqual([day('2026-04-01'), null, null, null]);
    expect(sheet.getColumn(headers.indexOf('公开期限') + 1).numFmt).toBe('yyyy-mm-dd');
    expect(figuresFromLedger(workbook).total.slice(0, 3)).toEqual([4, 0, 4]);
  });
});
