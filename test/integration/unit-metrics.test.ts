// The ranking's metrics, read in one statement, against a week worked out by hand.

import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { commitments, evaluations, replies, suggestions } from '../../src/db/schema.js';
import { addDays } from '../../src/domain/calendar-date.js';
import { weekOf } from '../../src/domain/ranking-period.js';
import { rankUnits } from '../../src/domain/scoring.js';
import { defaultSessionSettings } from '../../src/domain/settings.js';
import { acceptAssignment } from '../../src/services/assignments/accept-assignment.js';
import { logContact } from '../../src/services/assignments/log-contact.js';
import { rankOver } from '../../src/services/reports/read-ranking.js';
import { readUnitMetrics } from '../../src/services/reports/read-unit-metrics.js';
import { startSession } from '../../src/services/sessions/start-session.js';
import { assignSuggestion } from '../../src/services/suggestions/assign-suggestion.js';
import { addUnitMember } from '../../src/services/units/add-unit-member.js';
import { contextOf, people, seedOffice } from '../support/fixtures.js';
import { inRolledBackTransaction } from '../support/rollback.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();
const timezone = 'Asia/Shanghai';

/**
 * Monday 2026-03-02: R-1 to the water department (lead) and civil affairs (co), R-2 to the court.
 * 签收 is due Thursday 03-05. Water accepts on Wednesday; civil affairs at 01:00 on Friday
 * (17:00 UTC on Thursday: late, in the office's zone); the court never does.
 */
async function week(db: Database) {
  await seedOffice(db);
  const as = contextOf(db, people.supervisor);
  await assignSuggestion(as, { code: 'R-1', lead: { text: '水利厅' }, co: [{ text: '民政厅' }], handlerUserId: people.handler });
  await assignSuggestion(as, { code: 'R-2', lead: { text: '省高院' }, co: [] });
  await acceptAssignment(contextOf(db, people.waterLiaison, new Date('2026-03-04T02:00:00Z')), { code: 'R-1' });
  await acceptAssignment(contextOf(db, people.civilLiaison, new Date('2026-03-05T17:00:00Z')), { code: 'R-1' });

  const idOf = async (code: string) => (await db.select().from(suggestions).where(eq(suggestions.code, code)))[0]!.id;
  const [r1, r2] = [await idOf('R-1'), await idOf('R-2')];
  // Verdicts recorded in the week: R-1 satisfied, R-2 not.
  await db.insert(evaluations).values([
    { suggestionId: r1, round: 1, verdict: 'satisfied', recordedBy: people.supervisor, createdAt: new Date('2026-03-06T02:00:00Z') },
    { suggestionId: r2, round: 1, verdict: 'dissatisfied', recordedBy: people.supervisor, createdAt: new Date('2026-03-07T02:00:00Z') },
  ]);
  // R-1's B-class promises: one written off on its day (18:00 Shanghai), one a day late, one due later.
  const [reply] = await db
    .insert(replies)
    .values({ suggestionId: r1, replyClass: 'B', summary: '分步实施', status: 'sent', sentOn: '2026-03-04', draftedBy: people.handler })
    .returning();
  await db.insert(commitments).values([
    {
      replyId: reply!.id,
      seq: 1,
      description: '修订方案',
      dueOn: '2026-03-06',
      writtenOffAt: new Date('2026-03-06T10:00:00Z'),
      writtenOffBy: people.waterLiaison,
    },
    {
      replyId: reply!.id,
      seq: 2,
      description: '完成调研',
      dueOn: '2026-03-07',
      writtenOffAt: new Date('2026-03-08T02:00:00Z'),
      writtenOffBy: people.waterLiaison,
    },
    { replyId: reply!.id, seq: 3, description: '出台办法', dueOn: '2026-03-20' },
  ]);
}

describe('readUnitMetrics', () => {
  it('counts each unit’s week as worked out by hand, and ranks it', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await week(db);
      const metrics = await readUnitMetrics(db, { from: '2026-03-02', to: '2026-03-08', asOf: new Date('2026-03-09T01:00:00Z'), timezone });
      const none = { done: 0, due: 0 };
      // The reply's steps all fall after the week.
      const replySteps = {
        draftsOnTime: none,
        divisionReviewsOnTime: none,
        leaderReviewsOnTime: none,
        headSignoffsOnTime: none,
        repliesOnTime: none,
        feedbackOnTime: none,
      };
      expect(metrics).toEqual([
        {
          unitId: expect.any(Number),
          unitName: '省水利厅',
          leadAssignments: 1,
          coAssignments: 0,
          acceptedOnTime: { done: 1, due: 1 },
          preContact: none, // due 03-16, after the week
          coOpinionsOnTime: none,
          ...replySteps,
          satisfaction: { done: 1, due: 1 },
          commitmentsOnTime: { done: 1, due: 2 },
          overdueNodes: 0,
        },
        {
          unitId: expect.any(Number),
          unitName: '省民政厅',
          leadAssignments: 0,
          coAssignments: 1,
          acceptedOnTime: { done: 0, due: 1 },
          preContact: none,
          coOpinionsOnTime: none,
          ...replySteps,
          satisfaction: none,
          commitmentsOnTime: none,
          overdueNodes: 0,
        },
        {
          unitId: expect.any(Number),
          unitName: '省高院',
          leadAssignments: 1,
          coAssignments: 0,
          acceptedOnTime: { done: 0, due: 1 },
          preContact: none,
          coOpinionsOnTime: none,
          ...replySteps,
          satisfaction: { done: 0, due: 1 },
          commitmentsOnTime: none,
          overdueNodes: 1, // its 签收, still open on Monday 03-09
        },
      ]);
      // water: (10·1 + 20·1 + 10·0.5) / 40 = 87.5; civil affairs 0; the court 0, less 2 for its
      // late node, clamped to 0: the two share the second place.
      expect(rankUnits(metrics, defaultSessionSettings()).map((u) => [u.metrics.unitName, u.score, u.rank])).toEqual([
        ['省水利厅', 87.5, 1],
        ['省民政厅', 0, 2],
        ['省高院', 0, 2],
      ]);
    }));

  it('reads a past week as it stood at its end: a node done since still counts as overdue then', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await week(db);
      await addUnitMember(contextOf(db, people.supervisor), { unit: { text: '省高院' }, userId: 'UCOURTLIA', role: 'liaison' });
      // The court accepts on Tuesday 03-10, after the week; the week is then read again as of its end.
      await acceptAssignment(contextOf(db, 'UCOURTLIA', new Date('2026-03-10T02:00:00Z')), { code: 'R-2' });
      const again = await readUnitMetrics(db, { from: '2026-03-02', to: '2026-03-08', asOf: new Date('2026-03-09T01:00:00Z'), timezone });
      expect(again.find((m) => m.unitName === '省高院')).toMatchObject({ acceptedOnTime: { done: 0, due: 1 }, overdueNodes: 1 });
    }));

  it('counts as workload the suggestions of the session in force at the period’s end, not an earlier one’s', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await week(db);
      const later = new Date('2027-01-04T02:00:00Z');
      await startSession(contextOf(db, people.supervisor, later), { name: '2027' });
      await assignSuggestion(contextOf(db, people.supervisor, later), { code: 'N-1', lead: { text: '水利厅' }, co: [] });
      const inMarch = await readUnitMetrics(db, { from: '2026-03-02', to: '2026-03-08', asOf: new Date('2026-03-09T01:00:00Z'), timezone });
      const inJanuary = await readUnitMetrics(db, {
        from: '2027-01-04',
        to: '2027-01-10',
        asOf: new Date('2027-01-11T01:00:00Z'),
        timezone,
      });
      const water = (metrics: typeof inMarch) => metrics.find((m) => m.unitName === '省水利厅');
      expect(water(inMarch)).toMatchObject({ leadAssignments: 1, coAssignments: 0 });
      expect(water(inJanuary)).toMatchObject({ leadAssignments: 1, coAssignments: 0 }); // N-1 alone
    }));

  it('counts only what has come due by the instant it is read as of', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await week(db);
      // Wednesday 03-04 at 12:00: 签收 (03-05) is not yet due, nothing is late, no promise due yet.
      const midweek = await readUnitMetrics(db, { from: '2026-03-02', to: '2026-03-08', asOf: new Date('2026-03-04T04:00:00Z'), timezone });
      expect(midweek.map((u) => [u.acceptedOnTime.due, u.commitmentsOnTime.due, u.overdueNodes])).toEqual([
        [0, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
      ]);
    }));

  it('moves a unit from the last week it was ranked in, and calls only a unit never ranked in the session new', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await seedOffice(db);
      const on = (iso: string) => new Date(`${iso}T02:00:00Z`);
      const office = contextOf(db, people.supervisor);
      // Week A (03-02–03-08): water accepts on time, civil affairs late; week B: nothing due for anyone.
      await assignSuggestion(office, { code: 'W-1', lead: { text: '水利厅' }, co: [], handlerUserId: people.handler });
      await assignSuggestion(office, { code: 'C-1', lead: { text: '民政厅' }, co: [] });
      await acceptAssignment(contextOf(db, people.waterLiaison, on('2026-03-03')), { code: 'W-1' });
      await acceptAssignment(contextOf(db, people.civilLiaison, on('2026-03-10')), { code: 'C-1' });
      // Week C (03-16–03-22): 办前沟通 falls due; civil affairs makes it, water does not; the court is given its first.
      const [civilOne] = await db.select().from(suggestions).where(eq(suggestions.code, 'C-1'));
      await logContact(contextOf(db, people.civilLiaison, on('2026-03-16')), {
        suggestionId: civilOne!.id,
        stage: 'before',
        mode: 'phone',
        contactedOn: '2026-03-16',
        note: '',
      });
      await assignSuggestion(contextOf(db, people.supervisor, on('2026-03-16')), {
        code: 'G-1',
        lead: { text: '省高院' },
        co: [],
        handlerUserId: 'UCOURTHANDLER',
      });
      await acceptAssignment(contextOf(db, 'UCOURTHANDLER', on('2026-03-17')), { code: 'G-1' });

      const rank = async (monday: string) =>
        (
          await rankOver(
            db,
            defaultSessionSettings(),
            weekOf(monday),
            new Date(`${addDays(monday, 7)}T00:00:00+08:00`),
            timezone,
            '2026-03-01',
          )
        ).map((u) => [u.metrics.unitName, u.rank, u.change]);
      expect(await rank('2026-03-02')).toEqual([
        ['省水利厅', 1, null],
        ['省民政厅', 2, null],
        ['省高院', null, null],
      ]);
      expect((await rank('2026-03-09')).map(([, place]) => place)).toEqual([null, null, null]);
      // Against week A, the last each was ranked in; the court was never ranked before.
      expect(await rank('2026-03-16')).toEqual([
        ['省民政厅', 1, 1],
        ['省高院', 1, null],
        ['省水利厅', 3, -2],
      ]);
    }));
});
