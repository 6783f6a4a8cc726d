import { eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { commitments, outbox, replies, suggestions } from '../../src/db/schema.js';
import type { MonthlyReportNotice } from '../../src/domain/notices.js';
import { en } from '../../src/i18n/en.js';
import { zhCN } from '../../src/i18n/zh-CN.js';
import { acceptAssignment } from '../../src/services/assignments/accept-assignment.js';
import { queueMonthlyReport } from '../../src/services/reports/queue-monthly-report.js';
import { readUnitMetrics } from '../../src/services/reports/read-unit-metrics.js';
import { assignSuggestion } from '../../src/services/suggestions/assign-suggestion.js';
import { noticeMessage } from '../../src/slack/views/notice.js';
import { findBlockKitViolations } from '../../tools/slack-stand-in/block-kit-limits.js';
import { contextOf, people, seedOffice } from '../support/fixtures.js';
import { inRolledBackTransaction } from '../support/rollback.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();
const timezone = 'Asia/Shanghai';
const firstOfApril = new Date('2026-04-01T02:00:00Z'); // Wednesday 10:00

describe('queueMonthlyReport', () => {
  it('tells the office where the late steps are, the promises falling due and the suggestions near their deadline, once a month', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await seedOffice(db);
      const as = contextOf(db, people.supervisor);
      await assignSuggestion(as, { code: 'M-1', title: '河湖', lead: { text: '水利厅' }, co: [{ text: '民政厅' }], dueOn: '2026-04-15' });
      await assignSuggestion(as, { code: 'M-2', title: '诉源', lead: { text: '省高院' }, co: [] });
      await acceptAssignment(contextOf(db, people.waterLiaison, new Date('2026-03-04T02:00:00Z')), { code: 'M-1' });
      const [m1] = await db.select().from(suggestions).where(eq(suggestions.code, 'M-1'));
      const [m2] = await db.select().from(suggestions).where(eq(suggestions.code, 'M-2'));
      const [reply] = await db
        .insert(replies)
        .values({
          suggestionId: m1!.id,
          replyClass: 'B',
          summary: '分步实施',
          status: 'sent',
          sentOn: '2026-03-25',
          draftedBy: people.waterLiaison,
        })
        .returning();
      // A draft's promises are not made yet: not in the report.
      const [draft] = await db
        .insert(replies)
        .values({ suggestionId: m2!.id, replyClass: 'B', summary: '草稿', status: 'division_review', draftedBy: people.waterLiaison })
        .returning();
      await db.insert(commitments).values({ replyId: draft!.id, seq: 1, description: '尚未承诺', dueOn: '2026-04-10' });
      await db.insert(commitments).values([
        { replyId: reply!.id, seq: 1, description: '修订方案', dueOn: '2026-04-20' },
        { replyId: reply!.id, seq: 2, description: '出台办法', dueOn: '2026-05-10' },
        {
          replyId: reply!.id,
          seq: 3,
          description: '完成调研',
          dueOn: '2026-03-20',
          writtenOffAt: new Date('2026-03-19T02:00:00Z'),
          writtenOffBy: people.waterLiaison,
        },
      ]);

      expect(await queueMonthlyReport(db, firstOfApril, timezone)).toMatchObject({ restDay: false, month: '2026-04-01', queued: 1 });
      const [row] = await db.select().from(outbox).where(like(outbox.idempotencyKey, 'monthly:2026-04-01:%'));
      expect(row?.channel).toBe(people.supervisor);
      const notice = row?.payload as MonthlyReportNotice;
      expect(notice.commitments.map((c) => [c.code, c.seq, c.unitName])).toEqual([['M-1', 1, '省水利厅']]);
      expect(notice.nearStatutory).toEqual([{ code: 'M-1', title: '河湖', unitName: '省水利厅', statutoryDueOn: '2026-04-15' }]);
      // The overdue counts are the units' as March ended, most first.
      const march = await readUnitMetrics(db, { from: '2026-03-01', to: '2026-03-31', asOf: new Date('2026-03-31T16:00:00Z'), timezone });
      const expected = march.filter((m) => m.overdueNodes > 0).map((m) => ({ unitName: m.unitName, overdueNodes: m.overdueNodes }));
      expect(notice.overdueByUnit).toEqual(expected.sort((a, b) => b.overdueNodes - a.overdueNodes || (a.unitName < b.unitName ? -1 : 1)));
      expect(notice.overdueByUnit.length).toBeGreaterThan(0);
      expect(notice.fell).toEqual([]); // nobody had work in February to fall from
      for (const catalog of [zhCN, en]) expect(findBlockKitViolations('message', noticeMessage(catalog, notice))).toEqual([]);

      const before = await db.$count(outbox);
      expect(await queueMonthlyReport(db, new Date('2026-04-02T02:00:00Z'), timezone)).toMatchObject({ queued: 0 });
      expect(await db.$count(outbox)).toBe(before);
    }));

  it('does nothing on a rest day', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await seedOffice(db);
      expect(await queueMonthlyReport(db, new Date('2026-05-01T02:00:00Z'), timezone)).toEqual({ day: '2026-05-01', restDay: true });
    }));
});
