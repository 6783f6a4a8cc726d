import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { auditEvents, commitments, evaluations, milestones, outbox, replies, reviews, suggestions } from '../../src/db/schema.js';
import type { Notice } from '../../src/domain/notices.js';
import type { ReplyDraft } from '../../src/domain/reply-draft.js';
import { acceptAssignment } from '../../src/services/assignments/accept-assignment.js';
import { logContact } from '../../src/services/assignments/log-contact.js';
import { prepareReplyForm } from '../../src/services/replies/prepare-reply-form.js';
import { reviewReply } from '../../src/services/replies/review-reply.js';
import { sendReply } from '../../src/services/replies/send-reply.js';
import { submitOpinion } from '../../src/services/replies/submit-opinion.js';
import { submitReply } from '../../src/services/replies/submit-reply.js';
import { queueDailyReminders } from '../../src/services/reports/queue-daily-reminders.js';
import { readUnitMetrics } from '../../src/services/reports/read-unit-metrics.js';
import { assignSuggestion } from '../../src/services/suggestions/assign-suggestion.js';
import { listSuggestions } from '../../src/services/suggestions/list-suggestions.js';
import { showSuggestion } from '../../src/services/suggestions/show-suggestion.js';
import { addUnitMember } from '../../src/services/units/add-unit-member.js';
import { evaluateSuggestion } from '../../src/services/verdicts/evaluate-suggestion.js';
import { writeOffCommitment } from '../../src/services/verdicts/write-off-commitment.js';
import { contextOf, people, rowCount, seedOffice } from '../support/fixtures.js';
import { refusalOf } from '../support/refusal.js';
import { inRolledBackTransaction } from '../support/rollback.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();

const reviewer = { division: 'UWATERDIV', head: 'UWATERHEAD', otherDivision: 'UWATERDIV2' } as const;
const coHandler = 'UCIVILHANDLER';
const at = (iso: string) => new Date(iso);
const day1 = at('2026-03-02T01:00:00Z'); // Monday
const later = at('2026-04-01T02:00:00Z');

const draftA: ReplyDraft = {
  replyClass: 'A',
  summary: '已完成饮水工程改造',
  documentUrl: 'https://gov.example/reply/1.pdf',
  mayPublish: true,
  reason: null,
  commitments: [],
};
const draftB: ReplyDraft = {
  replyClass: 'B',
  summary: '二期工程已列入明年计划',
  documentUrl: null,
  mayPublish: false,
  reason: null,
  commitments: [
    { dueOn: '2026-09-30', description: '完成二期立项' },
    { dueOn: '2026-12-31', description: '二期开工' },
  ],
};

/** S-1: 水利厅 leads (handler UHANDLER), 民政厅 co-handles (handler UCIVILHANDLER); water has its three reviewer levels. */
async function assigned(db: Database) {
  await seedOffice(db);
  const office = contextOf(db, people.supervisor, day1);
  for (const [userId, role] of [
    [reviewer.division, 'division'],
    [reviewer.otherDivision, 'division'],
    [reviewer.head, 'head'],
  ] as const) {
    await addUnitMember(office, { unit: { text: '水利厅' }, userId, role });
  }
  await addUnitMember(office, { unit: { text: '民政厅' }, userId: coHandler, role: 'handler' });
  const result = await assignSuggestion(office, {
    code: 'S-1',
    lead: { text: '水利厅' },
    co: [{ text: '民政厅' }],
    handlerUserId: people.handler,
    title: '农村饮水',
  });
  return { suggestionId: result.suggestionId };
}

async function inHand(db: Database) {
  const ids = await assigned(db);
  await acceptAssignment(contextOf(db, people.waterLiaison, day1), { code: 'S-1' });
  return ids;
}

const noticesTo = async (db: Database, channel: string, type: Notice['type']) =>
  (await db.select().from(outbox).where(eq(outbox.channel, channel)).orderBy(asc(outbox.id)))
    .map((row) => row.payload as Notice)
    .filter((n) => n.type === type);

const nodeOf = async (db: Database, kind: string, round = 1) =>
  (
    await db
      .select()
      .from(milestones)
      .where(and(eq(milestones.kind, kind as 'draft'), eq(milestones.round, round)))
  ).find(() => true);

const replyRow = async (db: Database) => (await db.select().from(replies).orderBy(asc(replies.round)))[0]!;

/** Submits the draft and takes it through the three levels; resolves to the signed-off reply. */
async function signedOff(db: Database, suggestionId: number, draft: ReplyDraft, when = later) {
  await submitReply(contextOf(db, people.handler, when), { suggestionId, draft });
  let reply = (await db.select().from(replies).where(eq(replies.suggestionId, suggestionId)).orderBy(asc(replies.round))).at(-1)!;
  for (const by of [reviewer.division, people.waterLeader, reviewer.head]) {
    await reviewReply(contextOf(db, by, when), { replyId: reply.id, version: reply.version, decision: 'approve', comment: '' });
    reply = (await db.select().from(replies).where(eq(replies.id, reply.id)))[0]!;
  }
  return reply;
}

describe('co-handling opinions (会办意见)', () => {
  it('reach the lead unit’s handler, complete the co unit’s node, and are sent once a round', () =>
    inRolledBackTransaction(database().db, async (db) => {
      const { suggestionId } = await assigned(db);
      const result = await submitOpinion(contextOf(db, coHandler, later), { suggestionId, body: '建议结合低保对象核查' });
      expect(result).toMatchObject({ code: 'S-1', unitName: '省民政厅', leadUnitName: '省水利厅', told: [people.handler] });
      expect((await nodeOf(db, 'co_opinion'))?.doneBy).toBe(coHandler);
      expect(await noticesTo(db, people.handler, 'opinion_received')).toMatchObject([
        { unitName: '省民政厅', body: '建议结合低保对象核查' },
      ]);

      expect(await refusalOf(submitOpinion(contextOf(db, people.civilLiaison, later), { suggestionId, body: '再补充一点' }))).toMatchObject(
        {
          code: 'opinion_already_sent',
          unitName: '省民政厅',
          sentOn: '2026-04-01',
        },
      );
      // The lead unit and strangers do not write co-unit opinions.
      for (const who of [people.handler, people.stranger]) {
        expect(await refusalOf(submitOpinion(contextOf(db, who, later), { suggestionId, body: 'x' }))).toMatchObject({ code: 'forbidden' });
      }
    }));

  it('show up in the lead unit’s reply form', () =>
    inRolledBackTransaction(database().db, async (db) => {
      const { suggestionId } = await inHand(db);
      await submitOpinion(contextOf(db, coHandler, later), { suggestionId, body: '同意主办单位意见' });
      const form = await prepareReplyForm(contextOf(db, people.handler, later), { code: 'S-1' });
      expect(form.opinions).toEqual([{ unitName: '省民政厅', body: '同意主办单位意见', submittedBy: coHandler }]);
      expect(form.classes).toEqual(['A', 'B', 'C']);
    }));
});

describe('the reply and its review chain', () => {
  it('is refused before the lead unit accepted, and for a draft the rules refuse, changing nothing', () =>
    inRolledBackTransaction(database().db, async (db) => {
      const { suggestionId } = await assigned(db);
      const handler = contextOf(db, people.handler, later);
      expect(await refusalOf(submitReply(handler, { suggestionId, draft: draftA }))).toMatchObject({
        code: 'not_now',
        lifecycle: 'suggestion',
        from: 'assigned',
        possible: ['accept'],
      });
      await acceptAssignment(contextOf(db, people.waterLiaison, day1), { code: 'S-1' });
      expect((await db.select().from(suggestions))[0]?.status).toBe('in_progress');

      const refusals: Array<[ReplyDraft, string]> = [
        [{ ...draftB, commitments: [] }, 'commitments_needed'],
        [{ ...draftA, commitments: draftB.commitments }, 'commitments_only_b'],
        [{ ...draftA, replyClass: 'C' }, 'reason_needed'],
        [{ ...draftA, replyClass: 'D' }, 'class_not_used'],
        [{ ...draftB, commitments: [{ dueOn: '2026-03-01', description: '已过期' }] }, 'commitment_due_past'],
        [{ ...draftA, documentUrl: 'javascript:alert(1)' }, 'bad_document_url'],
      ];
      for (const [draft, code] of refusals) {
        expect(await refusalOf(submitReply(handler, { suggestionId, draft }))).toEqual({
          code: 'reply_draft',
          problem: expect.objectContaining({ code }),
        });
      }
      expect(await refusalOf(submitReply(contextOf(db, people.stranger, later), { suggestionId, draft: draftA }))).toMatchObject({
        code: 'forbidden',
      });
      expect(await rowCount(db, replies)).toBe(0);
      expect(await rowCount(db, commitments)).toBe(0);
    }));

  it('is refused while a level of the chain has nobody, naming the level', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await seedOffice(db);
      const office = contextOf(db, people.supervisor, day1);
      const { suggestionId } = await assignSuggestion(office, {
        code: 'S-2',
        lead: { text: '民政厅' },
        co: [],
        handlerUserId: people.handler,
      });
      await acceptAssignment(contextOf(db, people.civilLiaison, day1), { code: 'S-2' });
      expect(await refusalOf(submitReply(contextOf(db, people.handler, later), { suggestionId, draft: draftA }))).toEqual({
        code: 'no_reviewer',
        unitName: '省民政厅',
        level: 'division',
      });
      expect(await rowCount(db, replies)).toBe(0);
    }));

  it('goes division → leader → head, each approval completing its node; a return goes back with its comment, and the resubmission starts again', () =>
    inRolledBackTransaction(database().db, async (db) => {
      const { suggestionId } = await inHand(db);
      const submitted = await submitReply(contextOf(db, people.handler, later), { suggestionId, draft: draftB });
      expect(submitted).toMatchObject({ level: 'division', reviewers: [reviewer.division, reviewer.otherDivision], again: false });
      expect((await nodeOf(db, 'draft'))?.doneBy).toBe(people.handler);
      let reply = await replyRow(db);
      expect(reply).toMatchObject({ status: 'division_review', version: 1, replyClass: 'B' });
      expect(await noticesTo(db, reviewer.division, 'review_requested')).toMatchObject([
        { level: 'division', version: 1, commitments: draftB.commitments, approvals: [] },
      ]);

      // Not their level: the leader cannot act for the division, nor the handler for anyone.
      for (const who of [people.waterLeader, people.handler]) {
        expect(
          await refusalOf(reviewReply(contextOf(db, who, later), { replyId: reply.id, version: 1, decision: 'approve', comment: '' })),
        ).toEqual({
          code: 'forbidden',
          needs: ['division'],
        });
      }
      await reviewReply(contextOf(db, reviewer.division, later), { replyId: reply.id, version: 1, decision: 'approve', comment: '' });
      expect((await nodeOf(db, 'division_review'))?.doneBy).toBe(reviewer.division);
      // The other division head's copy is stale now.
      expect(
        await refusalOf(
          reviewReply(contextOf(db, reviewer.otherDivision, later), { replyId: reply.id, version: 1, decision: 'approve', comment: '' }),
        ),
      ).toEqual({
        code: 'reply_moved_on',
        status: 'leader_review',
        lastBy: reviewer.division,
      });
      expect(await noticesTo(db, people.waterLeader, 'review_requested')).toMatchObject([
        { level: 'leader', version: 2, approvals: [{ level: 'division', by: reviewer.division }] },
      ]);

      expect(
        await refusalOf(
          reviewReply(contextOf(db, people.waterLeader, later), { replyId: reply.id, version: 2, decision: 'return', comment: '  ' }),
        ),
      ).toEqual({
        code: 'return_needs_comment',
      });
      const returned = await reviewReply(contextOf(db, people.waterLeader, later), {
        replyId: reply.id,
        version: 2,
        decision: 'return',
        comment: '请写明二期资金来源',
      });
      expect(returned).toMatchObject({ status: 'returned', told: [people.handler] });
      expect(await noticesTo(db, people.handler, 'reply_returned')).toMatchObject([
        { level: 'leader', returnedBy: people.waterLeader, comment: '请写明二期资金来源' },
      ]);
      expect((await nodeOf(db, 'leader_review'))?.doneAt).toBeNull();

      const form = await prepareReplyForm(contextOf(db, people.handler, later), { code: 'S-1' });
      expect(form.returned).toMatchObject({
        level: 'leader',
        by: people.waterLeader,
        comment: '请写明二期资金来源',
        draft: { replyClass: 'B', commitments: draftB.commitments },
      });
      const again = await submitReply(contextOf(db, people.handler, later), {
        suggestionId,
        draft: { ...draftB, summary: '二期资金由省级财政安排', commitments: [draftB.commitments[0]!] },
      });
      expect(again).toMatchObject({ again: true, level: 'division' });
      reply = await replyRow(db);
      expect(reply).toMatchObject({ status: 'division_review', version: 4, summary: '二期资金由省级财政安排' });
      expect((await db.select().from(commitments)).map((c) => c.seq)).toEqual([1]);

      for (const [by, version] of [
        [reviewer.otherDivision, 4],
        [people.waterLeader, 5],
        [reviewer.head, 6],
      ] as const) {
        await reviewReply(contextOf(db, by, later), { replyId: reply.id, version, decision: 'approve', comment: '' });
      }
      reply = await replyRow(db);
      expect(reply).toMatchObject({ status: 'approved', version: 7 });
      expect((await nodeOf(db, 'head_signoff'))?.doneBy).toBe(reviewer.head);
      // The head's request shows only this pass's approvals: the return started it anew.
      expect((await noticesTo(db, reviewer.head, 'review_requested')).at(-1)).toMatchObject({
        approvals: [
          { level: 'division', by: reviewer.otherDivision },
          { level: 'leader', by: people.waterLeader },
        ],
      });
      expect(await noticesTo(db, people.handler, 'reply_signed')).toMatchObject([
        { replyId: reply.id, version: 7, signedBy: reviewer.head },
      ]);
      expect((await db.select().from(reviews)).map((r) => `${r.level}:${r.decision}`)).toEqual([
        'division:approve',
        'leader:return',
        'division:approve',
        'leader:approve',
        'head:approve',
      ]);
      const actions = (await db.select({ action: auditEvents.action }).from(auditEvents)).map((a) => a.action);
      expect(actions.filter((a) => a.startsWith('reply.'))).toEqual([
        'reply.submit',
        'reply.approve',
        'reply.return',
        'reply.resubmit',
        'reply.approve',
        'reply.approve',
        'reply.approve',
      ]);
    }));

  it('is never signed off by the one who drafted it, nor twice by one person; a stale button tells a non-reviewer nothing', () =>
    inRolledBackTransaction(database().db, async (db) => {
      const { suggestionId } = await inHand(db);
      const office = contextOf(db, people.supervisor, day1);
      // UWATERDIV also holds the leader level of the unit.
      await addUnitMember(office, { unit: { text: '水利厅' }, userId: reviewer.division, role: 'leader' });
      await submitReply(contextOf(db, reviewer.otherDivision, later), { suggestionId, draft: draftA });
      let reply = await replyRow(db);
      const review = (by: string, version: number) =>
        reviewReply(contextOf(db, by, later), { replyId: reply.id, version, decision: 'approve', comment: '' });
      expect(await refusalOf(review(reviewer.otherDivision, 1))).toEqual({ code: 'own_reply' });
      await review(reviewer.division, 1);
      expect(await refusalOf(review(reviewer.division, 2))).toEqual({ code: 'reviewed_already', level: 'division' });
      await review(people.waterLeader, 2);
      reply = await replyRow(db);
      expect(reply).toMatchObject({ status: 'head_review', version: 3 });
      // Someone outside the chain holding an old button learns nothing of where the reply stands.
      expect(await refusalOf(review(people.stranger, 1))).toEqual({ code: 'forbidden', needs: ['head'] });
      expect(await refusalOf(review(reviewer.otherDivision, 1))).toMatchObject({ code: 'reply_moved_on', status: 'head_review' });
    }));

  it('puts the reply’s buttons in show for whom they are: the review at the reviewer’s level, then 已发出 for the drafters', () =>
    inRolledBackTransaction(database().db, async (db) => {
      const { suggestionId } = await inHand(db);
      await submitReply(contextOf(db, people.handler, later), { suggestionId, draft: draftA });
      const actionsFor = async (who: string) => (await showSuggestion(contextOf(db, who, later), { code: 'S-1' })).replyActions;
      const reply = await replyRow(db);
      expect(await actionsFor(reviewer.division)).toEqual({ replyId: reply.id, version: 1, review: 'division' });
      for (const who of [people.handler, people.waterLeader, reviewer.head, people.supervisor]) expect(await actionsFor(who)).toBeNull();
      for (const [by, version] of [
        [reviewer.division, 1],
        [people.waterLeader, 2],
        [reviewer.head, 3],
      ] as const) {
        await reviewReply(contextOf(db, by, later), { replyId: reply.id, version, decision: 'approve', comment: '' });
      }
      expect(await actionsFor(people.handler)).toEqual({ replyId: reply.id, version: 4, send: true });
      expect(await actionsFor(reviewer.head)).toBeNull();
    }));

  it('no longer owes a co-unit’s missing 签收 and opinion once the lead unit has answered: no reminder, no overdue step', () =>
    inRolledBackTransaction(database().db, async (db) => {
      const { suggestionId } = await inHand(db);
      const reply = await signedOff(db, suggestionId, draftA, at('2026-04-20T02:00:00Z'));
      const owed = async (day: string) => {
        await queueDailyReminders(db, at(`${day}T01:00:00Z`), 'Asia/Shanghai');
        const reminders = await noticesTo(db, people.civilLiaison, 'reminder');
        return (reminders.at(-1) as { day: string; items: Array<{ kind: string }> } | undefined)?.day === day
          ? (reminders.at(-1) as { items: Array<{ kind: string }> }).items.map((item) => item.kind)
          : [];
      };
      const overdueOfCivil = async (asOf: string) =>
        (
          await readUnitMetrics(db, { from: '2026-03-01', to: '2026-06-30', asOf: at(`${asOf}T02:00:00Z`), timezone: 'Asia/Shanghai' })
        ).find((m) => m.unitName === '省民政厅')?.overdueNodes;
      expect(await owed('2026-04-21')).toEqual(['accept', 'co_opinion']);
      expect(await overdueOfCivil('2026-04-21')).toBeGreaterThan(0);
      await sendReply(contextOf(db, people.handler, at('2026-04-21T02:00:00Z')), { replyId: reply.id, version: reply.version });
      expect(await owed('2026-04-22')).toEqual([]);
      expect(await overdueOfCivil('2026-04-22')).toBe(0);
    }));

  it('once signed off is marked sent: the suggestion is replied, 办后反馈 is planned from that day, and the office is told', () =>
    inRolledBackTransaction(database().db, async (db) => {
      const { suggestionId } = await inHand(db);
      const reply = await signedOff(db, suggestionId, draftA);
      const sentAt = at('2026-04-03T02:00:00Z'); // Friday
      expect(
        await refusalOf(sendReply(contextOf(db, people.stranger, sentAt), { replyId: reply.id, version: reply.version })),
      ).toMatchObject({ code: 'forbidden' });
      const sent = await sendReply(contextOf(db, people.handler, sentAt), { replyId: reply.id, version: reply.version });
      // Ten working days after Friday 04-03, across the Qingming holiday (04-04 to 04-06).
      expect(sent).toEqual({ code: 'S-1', sentOn: '2026-04-03', feedbackBy: '2026-04-20' });
      expect((await db.select().from(suggestions))[0]?.status).toBe('replied');
      expect(await replyRow(db)).toMatchObject({ status: 'sent', sentOn: '2026-04-03' });
      expect((await nodeOf(db, 'reply'))?.doneBy).toBe(people.handler);
      expect((await nodeOf(db, 'feedback'))?.plannedOn).toBe('2026-04-20');
      expect(await noticesTo(db, people.supervisor, 'reply_sent')).toMatchObject([
        { code: 'S-1', replyClass: 'A', feedbackBy: '2026-04-20', mayPublish: true },
      ]);
      // A double click: the version is gone.
      expect(
        await refusalOf(sendReply(contextOf(db, people.handler, sentAt), { replyId: reply.id, version: reply.version })),
      ).toMatchObject({
        code: 'reply_moved_on',
        status: 'sent',
      });
    }));
  it('counts 办后反馈 done when the lead unit logs asking the deputy after the reply went out, not before, nor by a co unit', () =>
    inRolledBackTransaction(database().db, async (db) => {
      const { suggestionId } = await inHand(db);
      const contact = (by: string, when: Date, stage: 'before' | 'after') =>
        logContact(contextOf(db, by, when), { suggestionId, stage, mode: 'phone', contactedOn: when.toISOString().slice(0, 10), note: '' });
      const afterHandling = (by: string, when: Date) => contact(by, when, 'after');
      expect(await contact(people.handler, day1, 'before')).toMatchObject({ completedNode: 'pre_contact' });
      // Before the reply is sent there is nothing to ask yet: the contact is logged, no node done.
      expect(await afterHandling(people.handler, later)).toMatchObject({ completedNode: null });
      const reply = await signedOff(db, suggestionId, draftA);
      await sendReply(contextOf(db, people.handler, later), { replyId: reply.id, version: reply.version });
      expect(await afterHandling(coHandler, at('2026-04-02T02:00:00Z'))).toMatchObject({ completedNode: null });
      expect((await nodeOf(db, 'feedback'))?.doneAt).toBeNull();
      // Logged after the reply went out, but dated before it: asking came before the answer.
      expect(
        await logContact(contextOf(db, people.handler, at('2026-04-03T02:00:00Z')), {
          suggestionId,
          stage: 'after',
          mode: 'visit',
          contactedOn: '2026-03-31',
          note: '',
        }),
      ).toMatchObject({ completedNode: null });
      const asked = at('2026-04-08T02:00:00Z');
      expect(await afterHandling(people.handler, asked)).toMatchObject({ code: 'S-1', completedNode: 'feedback' });
      expect(await nodeOf(db, 'feedback')).toMatchObject({ doneAt: asked, doneBy: people.handler });
      // The deputy has not answered: the unit is not late, and its step counts as done on time.
      const [water] = (
        await readUnitMetrics(db, { from: '2026-04-01', to: '2026-04-30', asOf: at('2026-05-01T02:00:00Z'), timezone: 'Asia/Shanghai' })
      ).filter((m) => m.unitName === '省水利厅');
      expect(water).toMatchObject({ feedbackOnTime: { done: 1, due: 1 }, satisfaction: { done: 0, due: 0 }, overdueNodes: 0 });
    }));
});

describe('the deputy’s verdict and B-class commitments', () => {
  it('不满意 opens round 2 due a month later, telling the unit, its handler and its leader; the second reply closes it with 满意', () =>
    inRolledBackTransaction(database().db, async (db) => {
      const { suggestionId } = await inHand(db);
      const first = await signedOff(db, suggestionId, draftA);
      await sendReply(contextOf(db, people.handler, later), { replyId: first.id, version: first.version });
      expect(
        await refusalOf(evaluateSuggestion(contextOf(db, people.handler, later), { code: 'S-1', verdict: 'dissatisfied', note: '' })),
      ).toEqual({
        code: 'forbidden',
        needs: ['supervisor', 'liaison'],
      });

      const verdictAt = at('2026-04-20T02:00:00Z');
      const reopened = await evaluateSuggestion(contextOf(db, people.waterLiaison, verdictAt), {
        code: 'S-1',
        verdict: 'dissatisfied',
        note: '希望明确时间表',
      });
      expect(reopened).toMatchObject({ outcome: 'reopened', round: 2, statutoryDueOn: '2026-05-20' });
      expect((await db.select().from(suggestions))[0]).toMatchObject({ status: 'reopened', round: 2 });
      expect((await nodeOf(db, 'feedback', 1))?.doneBy).toBe(people.waterLiaison);
      for (const to of ['CWATER', people.handler, people.waterLeader]) {
        expect(await noticesTo(db, to, 'verdict_recorded')).toMatchObject([
          { verdict: 'dissatisfied', outcome: 'reopened', round: 2, note: '希望明确时间表' },
        ]);
      }
      expect(
        await refusalOf(evaluateSuggestion(contextOf(db, people.supervisor, verdictAt), { code: 'S-1', verdict: 'satisfied', note: '' })),
      ).toMatchObject({
        code: 'not_now',
        from: 'reopened',
      });

      const second = await signedOff(db, suggestionId, { ...draftA, summary: '已明确 6 月底前完工' }, verdictAt);
      expect(second.round).toBe(2);
      await sendReply(contextOf(db, people.handler, verdictAt), { replyId: second.id, version: second.version });
      const closed = await evaluateSuggestion(contextOf(db, people.supervisor, verdictAt), { code: 'S-1', verdict: 'satisfied', note: '' });
      expect(closed).toMatchObject({ outcome: 'closed', round: 2 });
      expect((await db.select().from(suggestions))[0]?.status).toBe('closed');
      expect((await db.select().from(evaluations)).map((e) => `${e.round}:${e.verdict}`)).toEqual(['1:dissatisfied', '2:satisfied']);
    }));

  it('基本满意 with promises open carries them to follow-up; each is written off once, and the last closes the suggestion', () =>
    inRolledBackTransaction(database().db, async (db) => {
      const { suggestionId } = await inHand(db);
      const reply = await signedOff(db, suggestionId, draftB);
      await sendReply(contextOf(db, people.handler, later), { replyId: reply.id, version: reply.version });
      const followup = await evaluateSuggestion(contextOf(db, people.supervisor, later), {
        code: 'S-1',
        verdict: 'basically_satisfied',
        note: '',
      });
      expect(followup).toMatchObject({ outcome: 'followup', openCommitments: 2 });
      expect((await db.select().from(suggestions))[0]?.status).toBe('evaluated');
      expect((await db.select().from(commitments)).every((c) => c.carriedToFollowup)).toBe(true);

      // 逐件跟踪: the daily reminder brings the handler each promise as it falls due, until written off.
      await queueDailyReminders(db, at('2026-09-28T01:00:00Z'), 'Asia/Shanghai');
      const [reminder] = await noticesTo(db, people.handler, 'reminder');
      expect(reminder).toMatchObject({
        promises: [{ seq: 1, description: '完成二期立项', dueOn: '2026-09-30', urgency: { dueIn: 2 } }],
        promisesTotal: 1,
      });

      const office = contextOf(db, people.supervisor, at('2026-10-10T02:00:00Z'));
      expect(await refusalOf(writeOffCommitment(office, { code: 'S-1', seq: 3 }))).toEqual({
        code: 'unknown_commitment',
        seq: 3,
        count: 2,
      });
      expect(await refusalOf(writeOffCommitment(contextOf(db, people.handler, later), { code: 'S-1', seq: 1 }))).toMatchObject({
        code: 'forbidden',
      });
      expect(await writeOffCommitment(office, { code: 'S-1', seq: 1 })).toMatchObject({ seq: 1, onTime: false, open: 1, closed: false });
      expect(await refusalOf(writeOffCommitment(office, { code: 'S-1', seq: 1 }))).toEqual({
        code: 'commitment_written_off',
        seq: 1,
        by: people.supervisor,
        on: '2026-10-10',
      });
      expect((await db.select().from(suggestions))[0]?.status).toBe('evaluated');
      // Written off, a promise is no longer brought up; the other one, late now, is.
      await queueDailyReminders(db, at('2027-01-04T01:00:00Z'), 'Asia/Shanghai');
      const [afterOne] = (await noticesTo(db, people.handler, 'reminder')).slice(-1);
      expect(afterOne).toMatchObject({ promises: [{ seq: 2, urgency: { overdue: expect.any(Number) } }], promisesTotal: 1 });
      expect(await writeOffCommitment(office, { code: 'S-1', seq: 2 })).toMatchObject({ seq: 2, onTime: true, open: 0, closed: true });
      expect((await db.select().from(suggestions))[0]?.status).toBe('closed');
    }));

  it('show tells the whole story in order, and the rankings count the verdict and the promises kept', () =>
    inRolledBackTransaction(database().db, async (db) => {
      const { suggestionId } = await inHand(db);
      await logContact(contextOf(db, people.handler, later), {
        suggestionId,
        stage: 'before',
        mode: 'phone',
        contactedOn: '2026-03-20',
        note: '代表希望实地察看',
      });
      await submitOpinion(contextOf(db, coHandler, later), { suggestionId, body: '同意' });
      const reply = await signedOff(db, suggestionId, draftB);
      await sendReply(contextOf(db, people.handler, later), { replyId: reply.id, version: reply.version });
      await evaluateSuggestion(contextOf(db, people.supervisor, later), { code: 'S-1', verdict: 'satisfied', note: '很好' });
      await writeOffCommitment(contextOf(db, people.supervisor, at('2026-09-01T02:00:00Z')), { code: 'S-1', seq: 1 });

      const { history } = await showSuggestion(contextOf(db, people.waterLiaison, later), { code: 'S-1' });
      expect(history.contacts).toMatchObject([
        { on: '2026-03-20', stage: 'before', mode: 'phone', by: people.handler, unitName: '省水利厅' },
      ]);
      expect(history.opinions).toMatchObject([{ round: 1, unitName: '省民政厅', by: coHandler, body: '同意' }]);
      expect(history.replies).toMatchObject([
        {
          round: 1,
          replyClass: 'B',
          status: 'sent',
          sentOn: '2026-04-01',
          reviews: [
            { level: 'division', decision: 'approve', by: reviewer.division },
            { level: 'leader', decision: 'approve', by: people.waterLeader },
            { level: 'head', decision: 'approve', by: reviewer.head },
          ],
          commitments: [
            { seq: 1, dueOn: '2026-09-30', carried: true },
            { seq: 2, dueOn: '2026-12-31', writtenOffAt: null, carried: true },
          ],
        },
      ]);
      expect(history.replies[0]?.commitments[0]?.writtenOffAt).toBeInstanceOf(Date);
      expect(history.evaluations).toMatchObject([{ round: 1, verdict: 'satisfied', by: people.supervisor, note: '很好' }]);

      const metrics = await readUnitMetrics(db, {
        from: '2026-03-01',
        to: '2026-09-30',
        asOf: at('2026-10-01T02:00:00Z'),
        timezone: 'Asia/Shanghai',
      });
      const water = metrics.find((m) => m.unitName === '省水利厅');
      // Every step of the way counts, each by its own date.
      expect(water).toMatchObject({
        acceptedOnTime: { done: 1, due: 1 },
        // Logged on 04-01, after its date (10 working days from 03-02): due, and late.
        preContact: { done: 0, due: 1 },
        draftsOnTime: { done: 1, due: 1 },
        divisionReviewsOnTime: { done: 1, due: 1 },
        leaderReviewsOnTime: { done: 1, due: 1 },
        headSignoffsOnTime: { done: 1, due: 1 },
        repliesOnTime: { done: 1, due: 1 },
        feedbackOnTime: { done: 1, due: 1 },
        satisfaction: { done: 1, due: 1 },
        commitmentsOnTime: { done: 1, due: 1 },
      });
      expect(metrics.find((m) => m.unitName === '省民政厅')).toMatchObject({ coOpinionsOnTime: { done: 1, due: 1 } });
    }));

  it('keeps only the promises of the answer in force: a round sent back leaves its promises behind', () =>
    inRolledBackTransaction(database().db, async (db) => {
      const { suggestionId } = await inHand(db);
      const first = await signedOff(db, suggestionId, draftB);
      await sendReply(contextOf(db, people.handler, later), { replyId: first.id, version: first.version });
      expect((await listSuggestions(contextOf(db, people.supervisor, later), { kind: 'followup' })).total).toBe(1);
      await evaluateSuggestion(contextOf(db, people.supervisor, later), { code: 'S-1', verdict: 'dissatisfied', note: '' });
      expect((await listSuggestions(contextOf(db, people.supervisor, later), { kind: 'followup' })).total).toBe(0);
      const second = await signedOff(db, suggestionId, draftA);
      await sendReply(contextOf(db, people.handler, later), { replyId: second.id, version: second.version });
      expect(await refusalOf(writeOffCommitment(contextOf(db, people.supervisor, later), { code: 'S-1', seq: 1 }))).toEqual({
        code: 'unknown_commitment',
        seq: 1,
        count: 0,
      });
      expect(
        await evaluateSuggestion(contextOf(db, people.supervisor, later), { code: 'S-1', verdict: 'satisfied', note: '' }),
      ).toMatchObject({ outcome: 'closed' });
      expect((await listSuggestions(contextOf(db, people.supervisor, later), { kind: 'followup' })).total).toBe(0);
    }));

  it('a verdict before the reply was sent is refused with what may happen next', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await inHand(db);
      expect(
        await refusalOf(evaluateSuggestion(contextOf(db, people.supervisor, later), { code: 'S-1', verdict: 'satisfied', note: '' })),
      ).toEqual({
        code: 'not_now',
        lifecycle: 'suggestion',
        from: 'in_progress',
        event: 'close',
        possible: ['send_reply'],
      });
      expect(await rowCount(db, evaluations)).toBe(0);
    }));
});
