// 重点督办 (`/suggest key`): the office marks a suggestion a leader takes on; the leader is told, hears
// of its lateness from the first working day (the ordinary ladder waits 3), and the suggestion is
// marked and listed first; `key off` ends it. Through Slack, as the office and the units use it.
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, outbox, suggestions } from '../../src/db/schema.js';
import { jobDefinitions } from '../../src/jobs/definitions.js';
import { queueMonthlyReport } from '../../src/services/reports/queue-monthly-report.js';
import type { RecordedCall } from '../../tools/slack-stand-in/types.js';
import { documentXmlOf } from '../support/docx-text.js';
import { type Harness, startHarness } from '../support/harness.js';
import { fileSharedWith } from '../support/shared-file.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ supervisors: ['USUP'], now: '2026-03-02T01:00:00Z' });
  await h.command('USUP', 'unit add 省水利厅 alias:水利厅 channel:<#C0WATER|水利厅> liaison:<@UWLIA|wang> leader:<@UWLEAD|li>');
  await h.command('USUP', 'unit add 省民政厅 alias:民政厅 liaison:<@UMLIA|zhao>');
  await h.command('USUP', 'assign 2026-0701 lead:水利厅 handler:<@UHAN|han> due:2026-06-01 title:关于巩固农村饮水安全成果的建议');
  await h.command('USUP', 'assign 2026-0702 lead:水利厅 handler:<@UHAN|han> due:2026-05-20 title:关于加强水土保持的建议');
  await h.command('USUP', 'assign 2026-0703 lead:民政厅 due:2026-05-25 title:关于发展农村养老服务的建议');
  await h.drain();
});
afterAll(async () => {
  await h?.close();
});

const posts = (calls: RecordedCall[]) => calls.filter((call) => call.method === 'chat.postMessage');
const keyState = async (code: string) =>
  (
    await h.db
      .select({ since: suggestions.keySince, leader: suggestions.keyLeaderUserId, note: suggestions.keyNote })
      .from(suggestions)
      .where(eq(suggestions.code, code))
  )[0];

describe('重点督办', () => {
  it('is the office’s alone, and refuses what it cannot mark with what to do, changing nothing', async () => {
    expect(await h.said('UWLIA', 'key 2026-0701 leader:<@UDIR|zhang>')).toMatch(/需要以下角色之一：督办室/);
    expect(await h.said('USUP', 'key 2026-0791')).toMatch(/没有编号为 `2026-0791` 的建议.*2026-0701/);
    expect(await h.said('USUP', 'key 2026-0701 leader:<#C0WATER|水利厅>')).toMatch(/^`#水利厅` 不是一个人。请用 @ 选择成员/);
    expect(await h.said('USUP', 'key off 2026-0701')).toBe(
      '建议 *2026-0701* 不是重点督办建议，没有改动。重点督办的建议可用 `/suggest list key` 查看。',
    );
    expect(await keyState('2026-0701')).toEqual({ since: null, leader: null, note: '' });
    expect(await h.db.$count(auditEvents, sql`${auditEvents.action} like 'suggestion.key%'`)).toBe(0);
    expect(posts(await h.drain())).toEqual([]);
  });

  it('marks it, tells the leader with the instruction, and shows it marked and first', async () => {
    expect(await h.said('USUP', 'key 2026-0701 leader:<@UDIR|zhang> note:厅长领办，6月底前解决两个乡镇的供水问题')).toBe(
      '已将建议 *2026-0701* 列为重点督办。领办领导 <@UDIR>，已通知；其时间节点逾期即提醒领办领导。批示：厅长领办，6月底前解决两个乡镇的供水问题',
    );
    const told = posts(await h.drain());
    expect(told.map((call) => call.args.channel)).toEqual(['UDIR']);
    const text = JSON.stringify(told[0]?.args.blocks);
    expect(text).toContain('<@USUP> 将建议 *2026-0701* 关于巩固农村饮水安全成果的建议（主办「省水利厅」）列为重点督办，由您领办。');
    expect(text).toContain('批示：厅长领办，6月底前解决两个乡镇的供水问题');
    expect(text).toContain('其时间节点逾期 1 个工作日起，每天的提醒会告诉您。');

    // Listed first though its deadline is the latest, and marked; the detail says who leads it.
    const listed = JSON.stringify((await h.command('USUP', 'list')).body.blocks);
    expect(listed.indexOf('2026-0701')).toBeLessThan(listed.indexOf('2026-0702'));
    expect(listed).toContain('*2026-0701* 【重点】关于巩固农村饮水安全成果的建议');
    const onlyKey = JSON.stringify((await h.command('USUP', 'list key')).body.blocks);
    expect(onlyKey).toContain('重点督办的建议');
    expect(onlyKey).toContain('2026-0701');
    expect(onlyKey).not.toContain('2026-0702');
    const shown = JSON.stringify((await h.command('UHAN', 'show 2026-0701')).body.blocks);
    expect(shown).toContain('【重点】关于巩固农村饮水安全成果的建议');
    expect(shown).toContain('*重点督办* · 领办领导 <@UDIR>\\n批示：厅长领办，6月底前解决两个乡镇的供水问题');
    expect(await h.db.$count(auditEvents, eq(auditEvents.action, 'suggestion.key'))).toBe(1);

    // The same again changes nothing and tells nobody; a new note reaches the leader again.
    expect(await h.said('USUP', 'key 2026-0701')).toBe('建议 *2026-0701* 已是重点督办，领办领导和批示与原来相同，没有改动。');
    expect(posts(await h.drain())).toEqual([]);
  });

  it('tells its leader of its steps from 1 working day overdue, while the unit’s leader waits for 3', async () => {
    // 签收 of both was due 03-05; on Friday 03-06 it is a day late.
    await jobDefinitions.reminders.run(h.db, new Date('2026-03-06T01:00:00Z'), 'Asia/Shanghai');
    const friday = posts(await h.drain());
    const director = friday.find((call) => call.args.channel === 'UDIR');
    expect(director).toBeDefined();
    const text = JSON.stringify(director?.args.blocks);
    expect(text).toContain('重点督办建议有 1 个时间节点逾期 1 个工作日以上，列在最前（标【重点】），请督促办理：');
    expect(text).toContain('*2026-0701* 【重点】关于巩固农村饮水安全成果的建议');
    expect(text).not.toContain('2026-0702');
    expect(friday.some((call) => call.args.channel === 'UWLEAD')).toBe(false);
    // The handler's own reminder marks it and puts it first among lines as late.
    const handler = JSON.stringify(friday.find((call) => call.args.channel === 'UHAN')?.args.blocks);
    expect(handler.indexOf('【重点】')).toBeGreaterThan(-1);
    expect(handler.indexOf('2026-0701')).toBeLessThan(handler.indexOf('2026-0702'));

    // The handler's Home puts it first, marked, though the other's deadline is sooner.
    const home = JSON.stringify((await h.openHome('UHAN')).blocks);
    expect(home.indexOf('*2026-0701* 【重点】')).toBeGreaterThan(-1);
    expect(home.indexOf('2026-0701')).toBeLessThan(home.indexOf('2026-0702'));

    // The unit's weekly report (Monday 03-09) lists its late step first and marked.
    await jobDefinitions.weekly.run(h.db, new Date('2026-03-09T01:30:00Z'), 'Asia/Shanghai');
    const weekly = JSON.stringify(posts(await h.drain()).find((call) => call.args.channel === 'C0WATER')?.args.blocks);
    expect(weekly).toContain('【重点】关于巩固农村饮水安全成果的建议');
    expect(weekly.indexOf('2026-0701')).toBeLessThan(weekly.indexOf('2026-0702'));

    // Three working days late (Tuesday 03-10): the unit's leader hears of both, the director still of the key one only.
    await jobDefinitions.reminders.run(h.db, new Date('2026-03-10T01:00:00Z'), 'Asia/Shanghai');
    const tuesday = posts(await h.drain());
    expect(JSON.stringify(tuesday.find((call) => call.args.channel === 'UWLEAD')?.args.blocks)).toContain('2026-0702');
    const again = JSON.stringify(tuesday.find((call) => call.args.channel === 'UDIR')?.args.blocks);
    expect(again).toContain('2026-0701');
    expect(again).not.toContain('2026-0702');
  });

  it('comes first in the office’s monthly report, its 办理情况报告 and its ledger', async () => {
    h.setNow('2026-03-10T02:00:00Z');
    // The report of the month's first working day, as the job queues it.
    await queueMonthlyReport(h.db, new Date('2026-03-02T02:00:00Z'), 'Asia/Shanghai');
    const monthly = posts(await h.drain()).find((call) => String(call.args.text).startsWith('每月督办报告'));
    const parts = JSON.stringify(monthly?.args.blocks);
    expect(parts).toContain('*重点督办建议 1 件*');
    expect(parts.indexOf('重点督办建议')).toBeLessThan(parts.indexOf('月初仍有逾期节点的单位'));
    expect(parts).toContain('*2026-0701* 【重点】关于巩固农村饮水安全成果的建议（主办 · 省水利厅） · 领办 <@UDIR>');

    await h.command('USUP', 'report year');
    const report = await documentXmlOf((await fileSharedWith(h, 'USUP')).data);
    expect(report).toContain('（一）重点督办建议（1 件）');
    expect(report).toMatch(/2026-0701 关于巩固农村饮水安全成果的建议：主办单位省水利厅，(\S+领办，)?法定答复期限/);
    expect(report).toContain('批示：厅长领办，6月底前解决两个乡镇的供水问题');

    // A second, without a leader, whose code comes after an ordinary one's.
    await h.command('USUP', 'key 2026-0703');
    await h.command('USUP', 'export');
    const ledger = new ExcelJS.Workbook();
    await ledger.xlsx.load((await fileSharedWith(h, 'USUP')).data as unknown as ArrayBuffer);
    const sheet = ledger.getWorksheet('建议')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const at = headers.indexOf('重点督办');
    expect(headers.slice(at, at + 4)).toEqual(['重点督办', '领办领导', '领办领导姓名', '批示']);
    const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    // The key suggestions first, then the others, each in code order.
    expect([row(2)[0], row(3)[0], row(4)[0]]).toEqual(['2026-0701', '2026-0703', '2026-0702']);
    expect([row(2)[at], row(2)[at + 1], row(2)[at + 3]]).toEqual(['重点', 'UDIR', '厅长领办，6月底前解决两个乡镇的供水问题']);
    expect([row(3)[at], row(3)[at + 1] ?? null]).toEqual(['重点', null]);
    expect(row(4)[at] ?? '').toBe('');
    await h.command('USUP', 'key off 2026-0703');
  });

  it('ends with key off: the leader no longer hears of it early, and it is listed as any other', async () => {
    expect(await h.said('USUP', 'key off 2026-0701')).toBe('已取消建议 *2026-0701* 的重点督办，领办领导 <@UDIR> 不再提前收到逾期提醒。');
    expect(await keyState('2026-0701')).toEqual({ since: null, leader: null, note: '' });
    expect(await h.db.$count(auditEvents, eq(auditEvents.action, 'suggestion.key_off'))).toBe(2);
    await jobDefinitions.reminders.run(h.db, new Date('2026-03-11T01:00:00Z'), 'Asia/Shanghai');
    const after = posts(await h.drain());
    expect(after.some((call) => call.args.channel === 'UDIR')).toBe(false);
    expect(JSON.stringify((await h.command('USUP', 'list key')).body.blocks)).toContain('没有符合条件的建议。');
  });

  it('refuses a closed suggestion, and a removed supervisor', async () => {
    await h.db.update(suggestions).set({ status: 'closed' }).where(eq(suggestions.code, '2026-0703'));
    expect(await h.said('USUP', 'key 2026-0703')).toBe('建议 *2026-0703* 已销号，不能再列为重点督办。没有改动。');
    await h.command('USUP', 'supervisor add <@USUP2|qian>');
    await h.command('USUP', 'supervisor remove <@USUP2|qian>');
    expect(await h.said('USUP2', 'key 2026-0702')).toMatch(/需要以下角色之一：督办室/);
    expect(await keyState('2026-0702')).toEqual({ since: null, leader: null, note: '' });
    expect(await h.db.$count(outbox, sql`${outbox.payload}->>'type' = 'key_marked'`)).toBe(1);
  });
});
