import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { readRows } from '../../src/db/read-rows.js';
import { assignments, auditEvents, outbox, suggestions } from '../../src/db/schema.js';
import { zhCN } from '../../src/i18n/zh-CN.js';
import { acceptAssignment } from '../../src/services/assignments/accept-assignment.js';
import { importSuggestions } from '../../src/services/imports/import-suggestions.js';
import { readImportTable } from '../../src/services/imports/read-import-table.js';
import { startSession } from '../../src/services/sessions/start-session.js';
import { assignSuggestion } from '../../src/services/suggestions/assign-suggestion.js';
import { importReportLines, importUnitLines } from '../../src/slack/views/import-report.js';
import { contextOf, people, rowCount, seedOffice } from '../support/fixtures.js';
import { inRolledBackTransaction } from '../support/rollback.js';
import { openTestDatabase, useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();

const table = (...rows: string[][]) => {
  const read = readImportTable([['编号', '标题', '领衔代表', '附议代表', '主办单位', '会办单位', '经办人', '法定答复期限'], ...rows]);
  if (!read.ok) throw new Error('headers');
  return read;
};
const good = table(
  ['I-1', '关于河湖长制的建议', '张三', '李四', '水利厅', '民政厅', 'UHANDLER', '2026-06-30'],
  ['I-2', '关于社区养老的建议', '王五', '', '民政厅', '', '', ''],
);

describe('importSuggestions', () => {
  it('previews: says what it would assign, and writes nothing', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await seedOffice(db);
      const outcome = await importSuggestions(contextOf(db, people.supervisor), good, { confirm: false });
      // What each unit would be given, most first: what an office checks against its own count.
      const units = [
        { name: '省民政厅', lead: 1, co: 1 },
        { name: '省水利厅', lead: 1, co: 0 },
      ];
      expect(outcome).toEqual({ assigned: 2, refused: [], written: false, units, likelyDuplicates: [], sharedDays: [] });
      expect(importUnitLines(zhCN, outcome)).toEqual(['省民政厅：主办 1 件，会办 1 件', '省水利厅：主办 1 件，会办 0 件']);
      expect(await rowCount(db, suggestions)).toBe(0);
      expect(await rowCount(db, outbox)).toBe(0);
    }));

  it('points out rows like another row or an open suggestion of the session, and assigns them all the same', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await seedOffice(db);
      const river = '关于推进河湖长制落地见效的建议';
      const assign = (at: Date, code: string, title: string) =>
        assignSuggestion(contextOf(db, people.supervisor, at), { code, title, lead: { text: '水利厅' }, co: [] });
      // Of an earlier session, still in handling: not this session's to repeat.
      await assign(new Date('2026-03-02T01:00:00Z'), 'P-1', river);
      const now = new Date('2027-01-04T02:00:00Z');
      await startSession(contextOf(db, people.supervisor, now), { name: '2027' });
      await assign(now, 'O-1', river);
      await assign(now, 'O-2', river);
      await db.update(suggestions).set({ status: 'closed' }).where(sql`code = 'O-2'`);
      await assign(now, 'O-3', '');
      const rows = table(
        ['I-1', '关于推动河湖长制落地见效的建议', '', '', '水利厅', '', '', ''],
        ['I-2', '关于社区养老的建议', '', '', '民政厅', '', '', ''],
        ['I-3', '关于加强医保基金监管的建议', '', '', '民政厅', '', '', ''],
        // An import needs a title, but one may say nothing: like nothing, even itself.
        ['I-4', '关于的建议', '', '', '民政厅', '', '', ''],
        ['I-5', '关于社区养老服务的建议', '', '', '民政厅', '', '', ''],
        ['I-6', '关于的建议', '', '', '民政厅', '', '', ''],
      );
      expect(rows.problems).toEqual([]);
      const preview = await importSuggestions(contextOf(db, people.supervisor, now), rows, { confirm: false });
      expect(preview).toMatchObject({ assigned: 6, refused: [], written: false });
      expect(preview.likelyDuplicates).toEqual([
        { code: 'I-1', similar: ['O-1'] },
        { code: 'I-2', similar: ['I-5'] },
      ]);
      const written = await importSuggestions(contextOf(db, people.supervisor, now), rows, { confirm: true });
      expect(written).toMatchObject({ assigned: 6, refused: [], written: true, likelyDuplicates: [] });
    }));

  it('on confirmation assigns every row as /suggest assign would, with its messages and audit', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await seedOffice(db);
      const outcome = await importSuggestions(contextOf(db, people.supervisor), good, { confirm: true });
      expect(outcome).toMatchObject({ assigned: 2, refused: [], written: true });
      const stored = await db.select().from(suggestions);
      expect(stored.map((s) => [s.code, s.leadDeputy, s.coSigners, s.statutoryDueOn])).toEqual([
        ['I-1', '张三', ['李四'], '2026-06-30'],
        ['I-2', '王五', [], '2026-06-02'],
      ]);
      expect(await rowCount(db, assignments)).toBe(3);
      // The messages assign sends: the handler, each unit's liaisons and channel, with their roles.
      const sent = (await db.select().from(outbox)).map((row) => [
        row.channel,
        (row.payload as { audience: string; code: string; role: string }).audience,
        (row.payload as { code: string }).code,
      ]);
      expect(sent.sort()).toEqual(
        [
          [people.handler, 'handler', 'I-1'],
          [people.waterLiaison, 'liaison', 'I-1'],
          ['CWATER', 'channel', 'I-1'],
          [people.civilLiaison, 'liaison', 'I-1'],
          ['CCIVIL', 'channel', 'I-1'],
          [people.civilLiaison, 'liaison', 'I-2'],
          ['CCIVIL', 'channel', 'I-2'],
        ].sort(),
      );
      expect((await db.select().from(auditEvents)).filter((e) => e.action === 'suggestion.assign')).toHaveLength(2);
    }));

  it('writes nothing when any row is refused, and names each refused row with the reason assign gives', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await seedOffice(db);
      await assignSuggestion(contextOf(db, people.supervisor), { code: 'I-9', lead: { text: '水利厅' }, co: [] });
      const mixed = table(
        ['I-1', '关于河湖长制的建议', '张三', '', '水利厅', '', '', ''],
        ['I-2', '未知单位', '', '', '水力厅', '', '', ''],
        ['I-9', '重复编号', '', '', '水利厅', '', '', ''],
        ['I-3', '期限已过', '', '', '水利厅', '', '', '2026-01-01'],
        ['I-4', '主办也会办', '', '', '水利厅', '水利厅', '', ''],
        ['I-5', '日期不存在', '', '', '水利厅', '', '', '2026-02-30'],
      );
      const before = await rowCount(db, suggestions);
      const outcome = await importSuggestions(contextOf(db, people.supervisor), mixed, { confirm: true });
      expect(outcome.written).toBe(false);
      expect(outcome.assigned).toBe(1);
      expect(outcome.refused.map((r) => [r.line, r.problem.code])).toEqual([
        [3, 'unknown_unit'],
        [4, 'duplicate_code'],
        [5, 'due_not_after_assignment'],
        [6, 'lead_also_co'],
      ]);
      expect(await rowCount(db, suggestions)).toBe(before);
      expect(importReportLines(zhCN, mixed, outcome)).toEqual([
        '共 6 行：1 件可以交办，5 行有问题。',
        '第 3 行（I-2）：没有名为 `水力厅` 的承办单位。是不是「省水利厅」？督办室可以用 `/suggest unit add` 登记单位。',
        '第 4 行（I-9）：建议 `I-9` 已经交办过了。可用 `/suggest show I-9` 查看；如需改交其他单位，请走调整流程。',
        expect.stringMatching(/^第 5 行（I-3）：办理期限 2026-01-01 不晚于今天/),
        '第 6 行（I-4）：「省水利厅」不能同时是主办和会办单位，请从会办单位中去掉它。',
        '第 7 行（I-5）：「2026-02-30」不是有效日期，请写 YYYY-MM-DD。',
      ]);
    }));

  it('holds each 签收 of an imported suggestion for the office’s digest, as it does for one assigned by hand', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await seedOffice(db);
      await importSuggestions(contextOf(db, people.supervisor), good, { confirm: true });
      await assignSuggestion(contextOf(db, people.supervisor), { code: 'H-1', title: '关于水库的建议', lead: { text: '水利厅' }, co: [] });
      expect(
        (await db.select({ imported: suggestions.imported }).from(suggestions).orderBy(suggestions.code)).map((row) => row.imported),
      ).toEqual([false, true, true]);
      const receipts = async () =>
        (await db.select().from(outbox))
          .filter((row) => row.idempotencyKey.startsWith('accepted:'))
          .map((row) => [row.channel, row.status]);
      await acceptAssignment(contextOf(db, people.waterLiaison), { code: 'I-1' });
      await acceptAssignment(contextOf(db, people.waterLiaison), { code: 'H-1' });
      // Nothing goes at once: both wait, held, for the office's next daily digest.
      expect(await receipts()).toEqual([
        [people.supervisor, 'held'],
        [people.supervisor, 'held'],
      ]);
    }));

  it('writes one of two imports of the same rows at once, and tells the other which rows were taken', async () => {
    const own = await openTestDatabase();
    // On PostgreSQL, two more connections: one holds back both imports' writes until both have
    // checked, so the second meets the first's rows at the unique index, not in its check. (The
    // embedded database takes one transaction at a time: the second checks after the first.)
    const [another, holder] = own.url
      ? [await openDatabase({ databaseUrl: own.url }), await openDatabase({ databaseUrl: own.url })]
      : [own, undefined];
    try {
      await seedOffice(own.db);
      // Both previewed first, as the form does (which opens the session).
      await importSuggestions(contextOf(own.db, people.supervisor), good, { confirm: false });
      let release = () => {};
      let locked = () => {};
      const lockTaken = new Promise<void>((resolve) => (locked = resolve));
      const held = holder?.db.transaction(async (tx) => {
        await tx.execute(sql`lock table suggestions in share row exclusive mode`);
        locked();
        await new Promise<void>((resolve) => (release = resolve));
      });
      if (holder) await lockTaken;
      const both = Promise.all(
        [own, another].map(({ db }) => importSuggestions(contextOf(db, people.supervisor), good, { confirm: true })),
      );
      if (holder) {
        await until(
          async () =>
            (await readRows(holder.db, sql`select 1 from pg_locks where not granted and relation = 'suggestions'::regclass`)).length === 2,
        );
        release();
        await held;
      }
      const outcomes = await both;
      expect(outcomes.map((o) => o.written).sort()).toEqual([false, true]);
      const other = outcomes.find((o) => !o.written)!;
      expect(other.refused.map((r) => [r.code, r.problem.code])).toEqual([
        ['I-1', 'duplicate_code'],
        ['I-2', 'duplicate_code'],
      ]);
      expect(await rowCount(own.db, suggestions)).toBe(2);
    } finally {
      if (holder) await Promise.all([another.close(), holder.close()]);
      await own.close();
    }
  });

  it('writes nothing on confirmation when a row of the table could not even be read', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await seedOffice(db);
      const unreadable = table(
        ['I-1', '关于河湖长制的建议', '张三', '', '水利厅', '', '', ''],
        ['I-2', '日期不存在', '', '', '水利厅', '', '', '2026-02-30'],
      );
      const outcome = await importSuggestions(contextOf(db, people.supervisor), unreadable, { confirm: true });
      expect(outcome).toMatchObject({ assigned: 1, refused: [], written: false });
      expect(await rowCount(db, suggestions)).toBe(0);
    }));

  it('is refused whole for someone who may not assign', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await seedOffice(db);
      const outcome = await importSuggestions(contextOf(db, people.waterLiaison), good, { confirm: true });
      expect(outcome).toMatchObject({ written: false, refused: [{ line: 2, problem: { code: 'forbidden' } }] });
      expect(await rowCount(db, suggestions)).toBe(0);
    }));
});

async function until(condition: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('the two imports never both waited to write');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
