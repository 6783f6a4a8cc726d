import { like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { outbox } from '../../src/db/schema.js';
import type { MessageNotice, Notice, RankingChartNotice, UnitWeeklyNotice, WeeklyRankingNotice } from '../../src/domain/notices.js';
import { zhCN } from '../../src/i18n/zh-CN.js';
import { acceptAssignment } from '../../src/services/assignments/accept-assignment.js';
import { queueWeeklyReport } from '../../src/services/reports/queue-weekly-report.js';
import { assignSuggestion } from '../../src/services/suggestions/assign-suggestion.js';
import { noticeMessage } from '../../src/slack/views/notice.js';
import { findBlockKitViolations } from '../../tools/slack-stand-in/block-kit-limits.js';
import { contextOf, people, seedOffice } from '../support/fixtures.js';
import { inRolledBackTransaction } from '../support/rollback.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();
const timezone = 'Asia/Shanghai';

/** Monday 03-02: R-1 to water (lead) and civil affairs (co), R-2 to the court; water accepts on Wednesday. */
async function firstWeek(db: Database) {
  await seedOffice(db);
  const as = contextOf(db, people.supervisor);
  await assignSuggestion(as, {
    code: 'R-1',
    title: '河湖',
    lead: { text: '水利厅' },
    co: [{ text: '民政厅' }],
    handlerUserId: people.handler,
  });
  await assignSuggestion(as, { code: 'R-2', title: '诉源', lead: { text: '省高院' }, co: [] });
  await acceptAssignment(contextOf(db, people.waterLiaison, new Date('2026-03-04T02:00:00Z')), { code: 'R-1' });
}

const queued = async (db: Database, prefix: string) =>
  (
    await db
      .select()
      .from(outbox)
      .where(like(outbox.idempotencyKey, `${prefix}%`))
  ).map((row) => ({ key: row.idempotencyKey, channel: row.channel, notice: row.payload as Notice }));

describe('queueWeeklyReport', () => {
  it('ranks last week for the office and gives each unit with a channel its own report, once', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await firstWeek(db);
      const monday = new Date('2026-03-09T01:30:00Z');
      expect(await queueWeeklyReport(db, monday, timezone)).toMatchObject({ restDay: false, week: '2026-03-02', units: 3 });

      const [ranking, ...more] = await queued(db, 'weekly-ranking:2026-03-02:');
      expect(more).toEqual([]);
      expect(ranking?.channel).toBe(people.supervisor); // no supervision channel set: each supervisor by DM
      const table = ranking?.notice as WeeklyRankingNotice;
      expect(table.units.map((u) => [u.metrics.unitName, u.rank, u.score])).toEqual([
        ['省水利厅', 1, 100],
        // Both at 0 (clamped, DESIGN §5): one shared rank, by name.
        ['省民政厅', 2, 0],
        ['省高院', 2, 0],
      ]);

      // The chart follows the tables to the same reader, with every unit's bar in rank order.
      const [chart, ...moreCharts] = await queued(db, 'weekly-chart:2026-03-02:');
      expect(moreCharts).toEqual([]);
      expect(chart?.channel).toBe(people.supervisor);
      const [rankingRow] = await db.select({ id: outbox.id }).from(outbox).where(like(outbox.idempotencyKey, 'weekly-ranking:%'));
      const [chartRow] = await db
        .select({ id: outbox.id, method: outbox.method })
        .from(outbox)
        .where(like(outbox.idempotencyKey, 'weekly-chart:%'));
      expect(chartRow!.id).toBeGreaterThan(rankingRow!.id);
      expect(chartRow!.method).toBe('files.completeUploadExternal');
      expect((chart!.notice as RankingChartNotice).bars).toEqual([
        { unitName: '省水利厅', score: 100, idle: false, change: null, tied: false },
        { unitName: '省民政厅', score: 0, idle: false, change: null, tied: true },
        { unitName: '省高院', score: 0, idle: false, change: null, tied: true },
      ]);

      const reports = await queued(db, 'weekly-unit:2026-03-02:');
      expect(reports.map((r) => r.channel).sort()).toEqual(['CCIVIL', 'CWATER']); // the court has no channel
      const civil = reports.find((r) => r.channel === 'CCIVIL')?.notice as UnitWeeklyNotice;
      expect(civil.standing.rank).toBe(2);
      expect(civil.overdue.map((line) => [line.code, line.kind, line.owners])).toEqual([['R-1', 'accept', [people.civilLiaison]]]);

      // Every message is one Slack takes.
      for (const { notice } of [...(await queued(db, 'weekly-ranking:')), ...reports]) {
        expect(findBlockKitViolations('message', noticeMessage(zhCN, notice as MessageNotice))).toEqual([]);
      }

      // The same week again, later that day or the next working day, queues nothing.
      const before = await db.$count(outbox);
      // A later run sees every message of the week queued and reads nothing more.
      expect(await queueWeeklyReport(db, new Date('2026-03-09T08:00:00Z'), timezone)).toMatchObject({ queued: 0 });
      expect(await queueWeeklyReport(db, new Date('2026-03-10T01:30:00Z'), timezone)).toMatchObject({ queued: 0 });
      expect(await db.$count(outbox)).toBe(before);
    }));

  it('does nothing on a rest day: a Monday holiday waits for the first working day', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await firstWeek(db);
      expect(await queueWeeklyReport(db, new Date('2026-10-05T01:30:00Z'), timezone)).toEqual({ day: '2026-10-05', restDay: true });
      expect(await db.$count(outbox, like(outbox.idempotencyKey, 'weekly-%'))).toBe(0);
    }));
});
