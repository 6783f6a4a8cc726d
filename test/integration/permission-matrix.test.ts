// Who may do what (DESIGN §3), as one table: every subcommand, button and form, each with the
// verb it calls and the people allowed it, tried by every kind of person — the roles, a removed
// member, a removed supervisor, a delegate, the handler of one assignment only, and a stranger.
// A refused try changes no row of any table; an allowed one does what it says. The table is
// keyed by the grammar's verbs, the action ids and the callback ids, so a new verb, button or
// form cannot be added without a line here (the compiler refuses, and so does the first test).

import { and, eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { readRows } from '../../src/db/read-rows.js';
import {
  assignments,
  calendarOverrides,
  commitments,
  contacts,
  coOpinions,
  delegations,
  evaluations,
  extensionRequests,
  members,
  milestones,
  outbox,
  replies,
  reviews,
  sessions,
  suggestions,
  supervisors,
  transferRequests,
  units,
} from '../../src/db/schema.js';
import type { ReplyDraft } from '../../src/domain/reply-draft.js';
import { zhCN } from '../../src/i18n/zh-CN.js';
import { acceptAssignment } from '../../src/services/assignments/accept-assignment.js';
import { acceptAssignments } from '../../src/services/assignments/accept-assignments.js';
import { completeNode } from '../../src/services/assignments/complete-node.js';
import { logContact } from '../../src/services/assignments/log-contact.js';
import { nudgeCoUnit } from '../../src/services/assignments/nudge-co-unit.js';
import { prepareContactForm } from '../../src/services/assignments/prepare-contact-form.js';
import { prepareRouteForm } from '../../src/services/assignments/prepare-route-form.js';
import { routeAssignment } from '../../src/services/assignments/route-assignment.js';
import { snoozeNode } from '../../src/services/assignments/snooze-node.js';
import { readUndelivered } from '../../src/services/deliveries/read-undelivered.js';
import { resendMessages } from '../../src/services/deliveries/resend-messages.js';
import { requestHandlingReport } from '../../src/services/figures/request-handling-report.js';
import { requestStatistics } from '../../src/services/figures/request-statistics.js';
import { importCells } from '../../src/services/imports/import-cells.js';
import { prepareImportForm } from '../../src/services/imports/prepare-import-form.js';
import { requestImportTemplate } from '../../src/services/imports/request-import-template.js';
import { endKeySuggestion } from '../../src/services/key-suggestions/end-key-suggestion.js';
import { markKeySuggestion } from '../../src/services/key-suggestions/mark-key-suggestion.js';
import { mergeSuggestion } from '../../src/services/merges/merge-suggestion.js';
import { undoMerge } from '../../src/services/merges/undo-merge.js';
import { endDelegation } from '../../src/services/people/end-delegation.js';
import { readDelegations } from '../../src/services/people/read-delegations.js';
import { startDelegation } from '../../src/services/people/start-delegation.js';
import { markReplyPublished } from '../../src/services/publication/mark-reply-published.js';
import { readPublicationCatalogue } from '../../src/services/publication/read-publication-catalogue.js';
import { prepareOpinionForm } from '../../src/services/replies/prepare-opinion-form.js';
import { prepareReplyForm } from '../../src/services/replies/prepare-reply-form.js';
import { prepareReturnForm } from '../../src/services/replies/prepare-return-form.js';
import { readReviewQueue } from '../../src/services/replies/read-review-queue.js';
import { reviewReply } from '../../src/services/replies/review-reply.js';
import { sendReply } from '../../src/services/replies/send-reply.js';
import { submitOpinion } from '../../src/services/replies/submit-opinion.js';
import { submitReply } from '../../src/services/replies/submit-reply.js';
import { readHome } from '../../src/services/reports/read-home.js';
import { readRanking } from '../../src/services/reports/read-ranking.js';
import { readReminderGroup } from '../../src/services/reports/read-reminder-group.js';
import { readScoreBreakdowns } from '../../src/services/reports/read-score-breakdowns.js';
import { requestExport } from '../../src/services/reports/request-export.js';
import { decideExtension } from '../../src/services/requests/decide-extension.js';
import { decideTransfer } from '../../src/services/requests/decide-transfer.js';
import { prepareExtensionForm } from '../../src/services/requests/prepare-extension-form.js';
import { prepareReassignForm } from '../../src/services/requests/prepare-reassign-form.js';
import { prepareTransferForm } from '../../src/services/requests/prepare-transfer-form.js';
import { requestExtension } from '../../src/services/requests/request-extension.js';
import { requestTransfer } from '../../src/services/requests/request-transfer.js';
import { changeSessionSetting } from '../../src/services/sessions/change-session-setting.js';
import { listCalendarDays } from '../../src/services/sessions/list-calendar-days.js';
import { listSessionSettings } from '../../src/services/sessions/list-session-settings.js';
import { listSessions } from '../../src/services/sessions/list-sessions.js';
import { removeCalendarDay } from '../../src/services/sessions/remove-calendar-day.js';
import { setCalendarDay } from '../../src/services/sessions/set-calendar-day.js';
import { startSession } from '../../src/services/sessions/start-session.js';
import type { ServiceContext } from '../../src/services/shared/service-context.js';
import { ServiceError } from '../../src/services/shared/service-error.js';
import { assignSuggestion } from '../../src/services/suggestions/assign-suggestion.js';
import { listSuggestions } from '../../src/services/suggestions/list-suggestions.js';
import { prepareAssignForm } from '../../src/services/suggestions/prepare-assign-form.js';
import { showSuggestion } from '../../src/services/suggestions/show-suggestion.js';
import { addSupervisor } from '../../src/services/supervisors/add-supervisor.js';
import { listSupervisors } from '../../src/services/supervisors/list-supervisors.js';
import { removeSupervisor } from '../../src/services/supervisors/remove-supervisor.js';
import { addUnit } from '../../src/services/units/add-unit.js';
import { addUnitMember } from '../../src/services/units/add-unit-member.js';
import { removeUnitMember } from '../../src/services/units/remove-unit-member.js';
import { evaluateSuggestion } from '../../src/services/verdicts/evaluate-suggestion.js';
import { prepareVerdictForm } from '../../src/services/verdicts/prepare-verdict-form.js';
import { writeOffCommitment } from '../../src/services/verdicts/write-off-commitment.js';
import type { Command } from '../../src/slack/command/parse-command.js';
import { actionIds, callbackIds } from '../../src/slack/ids.js';
import { subcommandAnswers } from '../../src/slack/listeners/commands/answer-subcommand.js';
import { isFormCommand } from '../../src/slack/listeners/commands/command-form.js';
import { helpMessage } from '../../src/slack/views/help.js';
import { inRolledBackTransaction } from '../support/rollback.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();

/** Everyone who tries: each kind of person DESIGN §3 tells apart. */
const cast = {
  office: 'USUP',
  exOffice: 'UEXSUP',
  liaison: 'UWLIA',
  exLiaison: 'UEXLIA',
  unitHandler: 'UWHAND',
  assignmentHandler: 'UAHAND',
  division: 'UWDIV',
  leader: 'UWLEAD',
  head: 'UWHEAD',
  member: 'UWMEM',
  exMember: 'UEXMEM',
  coLiaison: 'UCLIA',
  delegate: 'UDEP',
  officeDelegate: 'UOFFDEP',
  stranger: 'USTRANGER',
} as const;
type Actor = keyof typeof cast;
const everyone = Object.keys(cast) as Actor[];
const allBut = (...left: Actor[]): Actor[] => everyone.filter((actor) => !left.includes(actor));

const zone = 'Asia/Shanghai';
const day1 = new Date('2026-03-02T01:00:00Z');
const submitted = new Date('2026-03-20T02:00:00Z');
/** When everyone tries: P-1's 会办意见 is late, its 申请调整 window closed, the delegation running. */
const now = new Date('2026-04-08T02:00:00Z');
const as = (db: Database, userId: string, at = now): ServiceContext => ({ db, actor: userId, now: at, timezone: zone });

const draft = (replyClass: 'A' | 'B'): ReplyDraft => ({
  replyClass,
  summary: '已办理',
  documentUrl: null,
  mayPublish: true,
  reason: null,
  commitments: replyClass === 'B' ? [{ dueOn: '2026-09-30', description: '完成二期立项' }] : [],
});

/** What the tries act on, built once per file; every try is rolled back. */
interface World {
  p1: { id: number; lead: number; co: number };
  p2: { id: number; reply: { id: number; version: number }; extension: number; node: number };
  p3: { reply: { id: number; version: number } };
  /** P-4: its B-class reply sent (may be published, not yet published), the deputy's verdict on round 1 awaited. */
  p4: { id: number; reply: number };
  /** P-6: like P-1 (its handler named), accepted, so that its reply may be drafted. */
  p6: { id: number };
  /** A step of P-2 due after today, which may still be pushed back. */
  laterNode: number;
  transfer: number;
  /** A message the outbox gave up on, to be resent. */
  deadMessage: number;
}

async function buildWorld(db: Database): Promise<World> {
  await db.insert(supervisors).values(['USUP', 'UEXSUP', 'USUP2'].map((userId) => ({ userId, grantedBy: 'system', createdAt: day1 })));
  const office = as(db, cast.exOffice, day1);
  await addUnit(office, {
    name: '省水利厅',
    aliases: ['水利厅'],
    channelId: 'CWATER',
    liaisonUserId: cast.liaison,
    leaderUserId: cast.leader,
  });
  await addUnit(office, { name: '省民政厅', aliases: ['民政厅'], channelId: 'CCIVIL', liaisonUserId: cast.coLiaison });
  await addUnit(office, { name: '省高院', aliases: [] });
  for (const [userId, role] of [
    [cast.division, 'division'],
    [cast.head, 'head'],
    [cast.unitHandler, 'handler'],
    [cast.member, 'member'],
    [cast.exLiaison, 'liaison'],
    [cast.exMember, 'member'],
  ] as const) {
    await addUnitMember(office, { unit: { text: '水利厅' }, userId, role });
  }
  const assign = (code: string, extra: { co?: string; handler?: string } = {}) =>
    assignSuggestion(office, {
      code,
      lead: { text: '水利厅' },
      co: extra.co ? [{ text: extra.co }] : [],
      ...(extra.handler ? { handlerUserId: extra.handler } : {}),
    });
  const p1 = await assign('P-1', { co: '民政厅', handler: cast.assignmentHandler });
  const p2 = await assign('P-2');
  const p3 = await assign('P-3');
  const p4 = await assign('P-4');
  await assign('P-5');
  const p6 = await assign('P-6', { handler: cast.assignmentHandler });
  // 重点督办, for `key off` to end; 并案, for `merge undo` to undo.
  await markKeySuggestion(office, { code: 'P-6', leaderUserId: cast.leader });
  await assign('P-7');
  await mergeSuggestion(office, { code: 'P-7', into: 'P-1' });
  const liaison = as(db, cast.liaison, day1);
  for (const code of ['P-2', 'P-3', 'P-4', 'P-5', 'P-6']) await acceptAssignment(liaison, { code });
  const transfer = await requestTransfer(liaison, { code: 'P-5', reason: '属于省高院职责' });

  const handler = as(db, cast.unitHandler, submitted);
  const reviewed = async (suggestionId: number, replyClass: 'A' | 'B') => {
    await submitReply(handler, { suggestionId, draft: draft(replyClass) });
    for (const by of [cast.division, cast.leader, cast.head]) {
      const [reply] = await db.select().from(replies).where(eq(replies.suggestionId, suggestionId));
      await reviewReply(as(db, by, submitted), { replyId: reply!.id, version: reply!.version, decision: 'approve', comment: '' });
    }
    const [reply] = await db.select().from(replies).where(eq(replies.suggestionId, suggestionId));
    return reply!;
  };
  await submitReply(handler, { suggestionId: p2.suggestionId, draft: draft('A') });
  const extension = await requestExtension(as(db, cast.liaison, submitted), { code: 'P-2', dueOn: '2026-07-31', reason: '需协调' });
  const p3Reply = await reviewed(p3.suggestionId, 'A');
  const p4Reply = await reviewed(p4.suggestionId, 'B');
  await sendReply(handler, { replyId: p4Reply.id, version: p4Reply.version });

  await setCalendarDay(office, { day: '2026-05-09', kind: 'holiday', note: '' });
  await removeUnitMember(office, { unit: { text: '水利厅' }, userId: cast.exLiaison });
  await removeUnitMember(office, { unit: { text: '水利厅' }, userId: cast.exMember });
  await removeSupervisor(as(db, cast.office, day1), { userId: cast.exOffice });
  await startDelegation(liaison, { delegate: cast.delegate, until: '2026-04-30' });
  await startDelegation(as(db, 'USUP2', day1), { delegate: cast.officeDelegate, until: '2026-04-30' });

  const p1Assignments = await db.select().from(assignments).where(eq(assignments.suggestionId, p1.suggestionId));
  const [p2Reply] = await db.select().from(replies).where(eq(replies.suggestionId, p2.suggestionId));
  const [p2Lead] = await db.select().from(assignments).where(eq(assignments.suggestionId, p2.suggestionId));
  const p2Nodes = await db.select().from(milestones).where(eq(milestones.assignmentId, p2Lead!.id));
  const node = p2Nodes.find((n) => n.kind === 'pre_contact');
  const laterNode = p2Nodes.find((n) => n.kind === 'reply');
  // Every message queued so far has gone but one, which Slack refused for good.
  await db
    .update(outbox)
    .set({ status: 'sent', sentAt: day1 })
    .where(inArray(outbox.status, ['pending', 'held']));
  const [dead] = await db
    .update(outbox)
    // Given up on a few days before everyone tries: within what /suggest outbox lists.
    .set({ status: 'dead', lastError: 'not_in_channel', permanentFailures: 30, sentAt: null, createdAt: submitted })
    .where(eq(outbox.channel, 'CWATER'))
    .returning({ id: outbox.id });
  return {
    p1: {
      id: p1.suggestionId,
      lead: p1Assignments.find((a) => a.role === 'lead')!.id,
      co: p1Assignments.find((a) => a.role === 'co')!.id,
    },
    p2: { id: p2.suggestionId, reply: { id: p2Reply!.id, version: p2Reply!.version }, extension: extension.requestId, node: node!.id },
    p3: { reply: { id: p3Reply.id, version: p3Reply.version } },
    p4: { id: p4.suggestionId, reply: p4Reply.id },
    p6: { id: p6.suggestionId },
    laterNode: laterNode!.id,
    transfer: transfer.requestId,
    deadMessage: dead!.id,
  };
}

/** One line of the table: who may, what the try calls, and what an allowed try must have done. */
interface Line {
  may: readonly Actor[];
  run(ctx: ServiceContext, world: World): Promise<unknown>;
  did?(db: Database, result: unknown, world: World): Promise<void>;
}

/** Not a form anyone submits: a modal that only shows (a list, a confirmation, a note). */
interface ShownOnly {
  shownOnly: string;
}

const count = async (db: Database, table: Parameters<Database['$count']>[0], where?: Parameters<Database['$count']>[1]) =>
  db.$count(table, where);

/** Who sees P-1: the office, every role of its lead unit and the co unit, its handler, and the delegates of the liaison and of a supervisor. */
const seesP1: Actor[] = [
  'office',
  'liaison',
  'unitHandler',
  'assignmentHandler',
  'division',
  'leader',
  'head',
  'member',
  'coLiaison',
  'delegate',
  'officeDelegate',
];
/** Who answers for the lead unit's work on P-1 (签收 aside): its liaison, leaders and division, the named handler, the delegate. */
const changesP1: Actor[] = ['liaison', 'division', 'leader', 'head', 'assignmentHandler', 'delegate'];
/** Who drafts for the lead unit: its handlers, liaison and division, the suggestion's named handler, the delegate. */
const draftsP1: Actor[] = ['liaison', 'unitHandler', 'division', 'assignmentHandler', 'delegate'];
/** The office's work: its members, and whoever stands in for one of them. */
const onlyOffice: Actor[] = ['office', 'officeDelegate'];
/** Who holds a role is changed only by someone who holds that power themselves, never by a stand-in. */
const officeAlone: Actor[] = ['office'];
const routers: Actor[] = [...onlyOffice, 'liaison', 'delegate'];
/** Who holds a role in a unit or the office today (a unit's score is theirs to read): not the handler of one assignment. */
const unitPeople: Actor[] = seesP1.filter((actor) => actor !== 'assignmentHandler');
const p1Lead = (world: World) => world.p1.lead;

const listed = async (ctx: ServiceContext) => (await listSuggestions(ctx, { kind: 'all' })).lines.map((line) => line.code);

const subcommands: Record<Command['verb'], Line> = {
  help: { may: everyone, run: async () => helpMessage(zhCN), did: async (_db, result) => expect(result).toHaveProperty('blocks') },
  'assign-modal': { may: onlyOffice, run: (ctx) => prepareAssignForm(ctx) },
  assign: {
    may: onlyOffice,
    run: (ctx) => assignSuggestion(ctx, { code: 'P-9', lead: { text: '水利厅' }, co: [] }),
    did: async (db) => expect(await count(db, suggestions, eq(suggestions.code, 'P-9'))).toBe(1),
  },
  list: { may: everyone, run: listed },
  show: { may: seesP1, run: (ctx) => showSuggestion(ctx, { code: 'P-1' }) },
  accept: {
    may: ['liaison', 'assignmentHandler', 'coLiaison', 'delegate'],
    run: (ctx) => acceptAssignment(ctx, { code: 'P-1' }),
    did: async (db, _r, world) =>
      expect(await count(db, assignments, and(eq(assignments.suggestionId, world.p1.id), eq(assignments.status, 'accepted')))).toBe(1),
  },
  'unit-add': {
    may: officeAlone,
    run: (ctx) => addUnit(ctx, { name: '省交通厅', aliases: [] }),
    did: async (db) => expect(await count(db, units, eq(units.name, '省交通厅'))).toBe(1),
  },
  'unit-member': {
    may: ['office', 'liaison'],
    run: (ctx) => addUnitMember(ctx, { unit: { text: '水利厅' }, userId: 'UNEW', role: 'handler' }),
    did: async (db) => expect(await count(db, members, eq(members.userId, 'UNEW'))).toBe(1),
  },
  'unit-member-remove': {
    may: ['office', 'liaison'],
    run: (ctx) => removeUnitMember(ctx, { unit: { text: '水利厅' }, userId: cast.member }),
    did: async (db) => expect(await count(db, members, eq(members.userId, cast.member))).toBe(0),
  },
  route: {
    may: [...routers, 'coLiaison'],
    run: (ctx) => routeAssignment(ctx, { code: 'P-1', division: '河湖处' }),
    did: async (db) => expect(await count(db, assignments, eq(assignments.division, '河湖处'))).toBe(1),
  },
  'route-modal': { may: [...routers, 'coLiaison'], run: (ctx) => prepareRouteForm(ctx, { code: 'P-1' }) },
  delegate: {
    // Everyone may name a stand-in but the liaison, who has one, and the delegates, who stand in for someone.
    may: allBut('liaison', 'delegate', 'officeDelegate'),
    run: (ctx) => startDelegation(ctx, { delegate: 'UFRESH', until: '2026-04-20' }),
    did: async (db) => expect(await count(db, delegations, eq(delegations.delegateUserId, 'UFRESH'))).toBe(1),
  },
  'delegate-off': {
    may: ['liaison'],
    run: (ctx) => endDelegation(ctx, {}),
    did: async (db) => expect(await count(db, delegations, sql`${delegations.endedAt} is not null`)).toBe(1),
  },
  'delegate-show': { may: everyone, run: (ctx) => readDelegations(ctx) },
  extend: {
    may: changesP1,
    run: (ctx) => requestExtension(ctx, { code: 'P-1', dueOn: '2026-07-31', reason: '需协调' }),
    did: async (db) => expect(await count(db, extensionRequests)).toBe(2),
  },
  transfer: {
    // The window has closed: only the office moves a suggestion now (DESIGN §2).
    may: onlyOffice,
    run: (ctx) => requestTransfer(ctx, { code: 'P-1', reason: '职责不符' }),
    did: async (db) => expect(await count(db, transferRequests)).toBe(2),
  },
  'contact-modal': { may: [...draftsP1, 'leader', 'head', 'coLiaison'], run: (ctx) => prepareContactForm(ctx, { code: 'P-1' }) },
  'opinion-modal': { may: ['coLiaison'], run: (ctx) => prepareOpinionForm(ctx, { code: 'P-1' }) },
  'reply-modal': { may: draftsP1, run: (ctx) => prepareReplyForm(ctx, { code: 'P-6' }) },
  evaluate: {
    may: routers,
    run: (ctx) => evaluateSuggestion(ctx, { code: 'P-4', verdict: 'satisfied', note: '' }),
    did: async (db) => expect(await count(db, evaluations)).toBe(1),
  },
  'commitment-done': {
    may: routers,
    run: (ctx) => writeOffCommitment(ctx, { code: 'P-4', seq: 1 }),
    did: async (db) => expect(await count(db, commitments, sql`${commitments.writtenOffAt} is not null`)).toBe(1),
  },
  export: {
    may: seesP1,
    run: (ctx) => requestExport(ctx, {}),
    did: async (db) => expect(await count(db, outbox, sql`${outbox.payload}->>'type' = 'ledger_export'`)).toBe(1),
  },
  'import-modal': { may: onlyOffice, run: (ctx) => prepareImportForm(ctx) },
  'import-template': {
    may: onlyOffice,
    run: (ctx) => requestImportTemplate(ctx),
    did: async (db) => expect(await count(db, outbox, sql`${outbox.payload}->>'type' = 'import_template'`)).toBe(1),
  },
  rank: { may: everyone, run: (ctx) => readRanking(ctx, { period: 'week' }) },
  'config-list': { may: everyone, run: (ctx) => listSessionSettings(ctx) },
  'config-set': {
    may: onlyOffice,
    run: (ctx) => changeSessionSetting(ctx, { key: 'acceptWorkingDays', value: '4' }),
    did: async (db) => expect(await readRows(db, sql`select settings->>'acceptWorkingDays' as v from sessions`)).toEqual([{ v: '4' }]),
  },
  'calendar-list': { may: everyone, run: (ctx) => listCalendarDays(ctx) },
  'calendar-add': {
    may: onlyOffice,
    run: (ctx) => setCalendarDay(ctx, { day: '2026-05-16', kind: 'workday', note: '' }),
    did: async (db) => expect(await count(db, calendarOverrides)).toBe(2),
  },
  'calendar-remove': {
    may: onlyOffice,
    run: (ctx) => removeCalendarDay(ctx, { day: '2026-05-09' }),
    did: async (db) => expect(await count(db, calendarOverrides)).toBe(0),
  },
  'supervisor-list': { may: everyone, run: (ctx) => listSupervisors(ctx) },
  outbox: { may: onlyOffice, run: (ctx) => readUndelivered(ctx) },
  publish: {
    may: onlyOffice,
    run: (ctx) => readPublicationCatalogue(ctx, { all: true }),
    did: async (_db, result) =>
      expect((result as Awaited<ReturnType<typeof readPublicationCatalogue>>).pending.map((item) => item.code)).toEqual(['P-4']),
  },
  stats: { may: onlyOffice, run: (ctx) => requestStatistics(ctx, { period: 'year' }) },
  key: {
    may: onlyOffice,
    run: (ctx) => markKeySuggestion(ctx, { code: 'P-1', leaderUserId: 'UKEYLEAD', note: '请加快办理' }),
    did: async (db) =>
      expect(await readRows(db, sql`select key_leader_user_id as leader, key_note as note from suggestions where code = 'P-1'`)).toEqual([
        { leader: 'UKEYLEAD', note: '请加快办理' },
      ]),
  },
  merge: {
    may: onlyOffice,
    run: (ctx) => mergeSuggestion(ctx, { code: 'P-6', into: 'P-1' }),
    did: async (db) =>
      expect(await readRows(db, sql`select m.code from suggestions s join suggestions m on m.id = s.merged_into_id`)).toEqual([
        { code: 'P-1' },
        { code: 'P-1' },
      ]),
  },
  'merge-undo': {
    may: onlyOffice,
    run: (ctx) => undoMerge(ctx, { code: 'P-7' }),
    did: async (db) => expect(await count(db, suggestions, sql`${suggestions.mergedIntoId} is not null`)).toBe(0),
  },
  'key-off': {
    may: onlyOffice,
    run: (ctx) => endKeySuggestion(ctx, { code: 'P-6' }),
    did: async (db) => expect(await count(db, suggestions, sql`${suggestions.keySince} is not null`)).toBe(0),
  },
  report: {
    may: onlyOffice,
    run: (ctx) => requestHandlingReport(ctx, { period: 'year' }),
    did: async (db) => expect(await count(db, outbox, sql`${outbox.idempotencyKey} like 'handling-report:%'`)).toBe(1),
  },
  'supervisor-add': {
    may: officeAlone,
    run: (ctx) => addSupervisor(ctx, { userId: 'UNEWSUP' }),
    did: async (db) => expect(await count(db, supervisors, eq(supervisors.userId, 'UNEWSUP'))).toBe(1),
  },
  'supervisor-remove': {
    may: officeAlone,
    run: (ctx) => removeSupervisor(ctx, { userId: 'USUP2' }),
    did: async (db) => expect(await count(db, supervisors, eq(supervisors.userId, 'USUP2'))).toBe(0),
  },
  'session-show': { may: everyone, run: (ctx) => listSessions(ctx) },
  'session-new': {
    may: onlyOffice,
    run: (ctx) => startSession(ctx, { name: '2027年' }),
    did: async (db) => expect(await count(db, sessions)).toBe(2),
  },
};

const buttons: Record<keyof typeof actionIds, Line> = {
  acceptAssignment: {
    // The office signs from a unit's notice button; by command only for a unit it belongs to.
    may: ['office', 'liaison', 'assignmentHandler', 'delegate', 'officeDelegate'],
    run: (ctx, world) => acceptAssignment(ctx, { assignmentId: p1Lead(world) }),
    did: async (db, _r, world) =>
      expect(await count(db, assignments, and(eq(assignments.id, p1Lead(world)), eq(assignments.status, 'accepted')))).toBe(1),
  },
  acceptAllAssignments: {
    may: ['liaison', 'assignmentHandler', 'coLiaison', 'delegate'],
    run: (ctx, world) => acceptAssignments(ctx, { assignmentIds: [world.p1.lead, world.p1.co] }),
    did: async (db, _r, world) =>
      expect(await count(db, assignments, and(eq(assignments.suggestionId, world.p1.id), eq(assignments.status, 'accepted')))).toBe(1),
  },
  showDetails: { may: seesP1, run: (ctx, world) => showSuggestion(ctx, { suggestionId: world.p1.id }) },
  completeMilestone: {
    may: ['office', 'liaison', 'division', 'leader', 'head', 'delegate', 'officeDelegate'],
    run: (ctx, world) => completeNode(ctx, { milestoneId: world.p2.node }),
    did: async (db, _r, world) =>
      expect(await count(db, milestones, and(eq(milestones.id, world.p2.node), sql`${milestones.doneAt} is not null`))).toBe(1),
  },
  snoozeMilestone: {
    may: ['office', 'liaison', 'division', 'leader', 'head', 'delegate', 'officeDelegate'],
    run: (ctx, world) => snoozeNode(ctx, { milestoneId: world.laterNode }),
    did: async (db, _r, world) =>
      expect(await count(db, milestones, and(eq(milestones.id, world.laterNode), sql`${milestones.remindFrom} is not null`))).toBe(1),
  },
  approveExtension: {
    may: onlyOffice,
    run: (ctx, world) => decideExtension(ctx, { requestId: world.p2.extension, approve: true }),
    did: async (db) => expect(await count(db, extensionRequests, eq(extensionRequests.status, 'approved'))).toBe(1),
  },
  refuseExtension: {
    may: onlyOffice,
    run: (ctx, world) => decideExtension(ctx, { requestId: world.p2.extension, approve: false }),
    did: async (db) => expect(await count(db, extensionRequests, eq(extensionRequests.status, 'refused'))).toBe(1),
  },
  nudgeCoUnit: {
    may: [...onlyOffice, ...changesP1],
    run: (ctx, world) => nudgeCoUnit(ctx, { assignmentId: world.p1.co }),
    did: async (db) => expect(await count(db, outbox, sql`${outbox.payload}->>'type' = 'nudge'`)).toBeGreaterThan(0),
  },
  requestTransfer: { may: onlyOffice, run: (ctx, world) => prepareTransferForm(ctx, { assignmentId: p1Lead(world) }) },
  reassignTransfer: { may: onlyOffice, run: (ctx, world) => prepareReassignForm(ctx, { requestId: world.transfer }) },
  refuseTransfer: {
    may: onlyOffice,
    run: (ctx, world) => decideTransfer(ctx, { requestId: world.transfer, approve: false }),
    did: async (db) => expect(await count(db, transferRequests, eq(transferRequests.status, 'refused'))).toBe(1),
  },
  requestExtension: { may: changesP1, run: (ctx, world) => prepareExtensionForm(ctx, { suggestionId: world.p1.id }) },
  logContact: { may: subcommands['contact-modal'].may, run: (ctx, world) => prepareContactForm(ctx, { suggestionId: world.p1.id }) },
  homePage: { may: everyone, run: (ctx) => readHome(ctx) },
  // Anyone may click a Home button; what it does is its subcommand's, with the rights of the lines above.
  homeCommand: { may: everyone, run: (ctx) => readHome(ctx) },
  approveReply: {
    may: ['division'],
    run: (ctx, world) =>
      reviewReply(ctx, { replyId: world.p2.reply.id, version: world.p2.reply.version, decision: 'approve', comment: '' }),
    did: async (db) => expect(await count(db, reviews)).toBe(7),
  },
  returnReply: { may: ['division'], run: (ctx, world) => prepareReturnForm(ctx, world.p2.reply) },
  markReplySent: {
    may: ['liaison', 'unitHandler', 'division', 'delegate'],
    run: (ctx, world) => sendReply(ctx, { replyId: world.p3.reply.id, version: world.p3.reply.version }),
    did: async (db) => expect(await count(db, replies, eq(replies.status, 'sent'))).toBe(2),
  },
  markReplyPublished: {
    may: onlyOffice,
    run: (ctx, world) => markReplyPublished(ctx, { replyId: world.p4.reply }),
    did: async (db, _r, world) =>
      expect(await count(db, replies, and(eq(replies.id, world.p4.reply), sql`${replies.publishedOn} is not null`))).toBe(1),
  },
  writeOpinion: { may: ['coLiaison'], run: (ctx, world) => prepareOpinionForm(ctx, { suggestionId: world.p1.id }) },
  writeReply: { may: draftsP1, run: (ctx, world) => prepareReplyForm(ctx, { suggestionId: world.p6.id }) },
  openReminderGroup: { may: everyone, run: (ctx) => readReminderGroup(ctx, { kind: 'pre_contact', plannedOn: '2026-03-16' }) },
  openReviewQueue: {
    may: everyone,
    run: (ctx) => readReviewQueue(ctx),
  },
  openScoreBreakdown: { may: unitPeople, run: (ctx) => readScoreBreakdowns(ctx, { from: '2026-03-30', to: '2026-04-05' }) },
  routeAssignment: { may: routers, run: (ctx, world) => prepareRouteForm(ctx, { assignmentId: p1Lead(world) }) },
  resendMessage: {
    may: onlyOffice,
    run: (ctx, world) => resendMessages(ctx, { id: world.deadMessage }),
    did: async (db, _r, world) =>
      expect(await count(db, outbox, and(eq(outbox.id, world.deadMessage), eq(outbox.status, 'pending')))).toBe(1),
  },
  resendAllMessages: {
    may: onlyOffice,
    run: (ctx) => resendMessages(ctx, { all: true }),
    did: async (db) => expect(await count(db, outbox, eq(outbox.status, 'dead'))).toBe(0),
  },
  recordSatisfied: {
    may: routers,
    run: (ctx, world) => evaluateSuggestion(ctx, { suggestionId: world.p4.id, round: 1, verdict: 'satisfied', note: '' }),
    did: async (db) => expect(await count(db, evaluations, eq(evaluations.verdict, 'satisfied'))).toBe(1),
  },
  recordBasicallySatisfied: {
    may: routers,
    run: (ctx, world) => evaluateSuggestion(ctx, { suggestionId: world.p4.id, round: 1, verdict: 'basically_satisfied', note: '' }),
    did: async (db) => expect(await count(db, evaluations, eq(evaluations.verdict, 'basically_satisfied'))).toBe(1),
  },
  recordDissatisfied: { may: routers, run: (ctx, world) => prepareVerdictForm(ctx, { suggestionId: world.p4.id, round: 1 }) },
};

const importRows = [
  ['编号', '标题', '主办单位'],
  ['P-8', '关于水土保持的建议', '水利厅'],
];

/** A 交办清单 checked (the preview) or written (确认导入); a refusal of the whole file is the first row's. */
async function importAs(ctx: ServiceContext, confirm: boolean) {
  const attempt = await importCells(() => ctx, importRows, undefined, { confirm });
  const refusal = attempt.kind === 'checked' ? attempt.outcome.refused[0]?.problem : undefined;
  if (refusal) throw new ServiceError(refusal);
  return attempt;
}

const forms: Record<keyof typeof callbackIds, Line | ShownOnly> = {
  assignModal: subcommands.assign,
  contactModal: {
    may: subcommands['contact-modal'].may,
    run: (ctx, world) =>
      logContact(ctx, { suggestionId: world.p1.id, stage: 'before', mode: 'phone', contactedOn: '2026-04-07', note: '' }),
    did: async (db) => expect(await count(db, contacts)).toBe(1),
  },
  transferModal: {
    may: onlyOffice,
    run: (ctx, world) => requestTransfer(ctx, { assignmentId: p1Lead(world), reason: '职责不符' }),
    did: subcommands.transfer.did!,
  },
  extensionModal: {
    may: changesP1,
    run: (ctx, world) => requestExtension(ctx, { suggestionId: world.p1.id, dueOn: '2026-07-31', reason: '需协调' }),
    did: subcommands.extend.did!,
  },
  reassignModal: {
    may: onlyOffice,
    run: (ctx, world) => decideTransfer(ctx, { requestId: world.transfer, approve: true, toUnit: { text: '省高院' } }),
    did: async (db) => expect(await count(db, transferRequests, eq(transferRequests.status, 'approved'))).toBe(1),
  },
  opinionModal: {
    may: ['coLiaison'],
    run: (ctx, world) => submitOpinion(ctx, { suggestionId: world.p1.id, body: '同意' }),
    did: async (db) => expect(await count(db, coOpinions)).toBe(1),
  },
  replyModal: {
    may: draftsP1,
    run: (ctx, world) => submitReply(ctx, { suggestionId: world.p6.id, draft: draft('A') }),
    did: async (db, _r, world) => expect(await count(db, replies, eq(replies.suggestionId, world.p6.id))).toBe(1),
  },
  returnModal: {
    may: ['division'],
    run: (ctx, world) =>
      reviewReply(ctx, { replyId: world.p2.reply.id, version: world.p2.reply.version, decision: 'return', comment: '请补充' }),
    did: async (db) => expect(await count(db, replies, eq(replies.status, 'returned'))).toBe(1),
  },
  importModal: { may: onlyOffice, run: (ctx) => importAs(ctx, false) },
  importConfirm: {
    may: onlyOffice,
    run: (ctx) => importAs(ctx, true),
    did: async (db) => expect(await count(db, suggestions, eq(suggestions.code, 'P-8'))).toBe(1),
  },
  verdictModal: {
    may: routers,
    run: (ctx, world) => evaluateSuggestion(ctx, { suggestionId: world.p4.id, round: 1, verdict: 'dissatisfied', note: '希望明确时间表' }),
    did: async (db, _r, world) =>
      expect(await count(db, suggestions, and(eq(suggestions.id, world.p4.id), eq(suggestions.round, 2)))).toBe(1),
  },
  routeModal: {
    may: routers,
    run: (ctx, world) => routeAssignment(ctx, { assignmentId: p1Lead(world), division: '河湖处' }),
    did: subcommands.route.did!,
  },
  scoreBreakdown: { shownOnly: '得分明细: a list; its page buttons are openScoreBreakdown' },
  assignDone: { shownOnly: 'the 交办 confirmation' },
  formDone: { shownOnly: 'the answer a submitted form turns into' },
  importChecking: { shownOnly: 'the note shown while a file is read' },
  reminderGroup: { shownOnly: '查看清单: a list; its buttons are the reminder buttons' },
  reviewQueue: { shownOnly: '审核清单: a list; its buttons are approveReply and returnReply' },
};

let world: World;
let tables: string[];
beforeAll(async () => {
  world = await buildWorld(database().db);
  tables = (
    await readRows<{ name: string }>(
      database().db,
      sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    )
  ).map((row) => row.name);
});

/** Every row of every table, hashed: a refused try must leave it exactly as it was. */
const fingerprint = async (db: Database) =>
  readRows<{ name: string; hash: string }>(
    db,
    sql.join(
      tables.map(
        (name) =>
          sql`select ${name} as name, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as hash from ${sql.identifier(name)} x`,
      ),
      sql` union all `,
    ),
  );

/** Tries the line as each person, each try rolled back; resolves to who was allowed. */
async function tryEveryone(line: Line): Promise<Actor[]> {
  const db = database().db;
  const before = await fingerprint(db);
  const allowed: Actor[] = [];
  for (const actor of everyone) {
    await inRolledBackTransaction(db, async (tx) => {
      const outcome = await line.run(as(tx, cast[actor]), world).then(
        (result) => ({ result }),
        (error: unknown) => ({ error }),
      );
      if ('error' in outcome) {
        if (!(outcome.error instanceof ServiceError)) throw outcome.error;
        expect(await fingerprint(tx), `${actor}'s refused try changed something`).toEqual(before);
        return;
      }
      allowed.push(actor);
      await line.did?.(tx, outcome.result, world);
    });
  }
  return allowed;
}

describe('the permission matrix', () => {
  it('has a line for every verb of the grammar, every button and every form', () => {
    const verbs = [
      ...Object.keys(subcommandAnswers),
      'assign-modal',
      'contact-modal',
      'opinion-modal',
      'reply-modal',
      'route-modal',
      'import-modal',
    ];
    expect(verbs.filter((verb) => !isFormCommand({ verb } as Command) && !(verb in subcommandAnswers))).toEqual([]);
    expect(Object.keys(subcommands).sort()).toEqual([...verbs].sort());
    expect(Object.keys(buttons).sort()).toEqual(Object.keys(actionIds).sort());
    expect(Object.keys(forms).sort()).toEqual(Object.keys(callbackIds).sort());
  });

  const lines = [
    ...Object.entries(subcommands).map(([name, line]) => [`/suggest ${name}`, line] as const),
    ...Object.entries(buttons).map(([name, line]) => [`button ${name}`, line] as const),
    ...Object.entries(forms).flatMap(([name, line]) => ('shownOnly' in line ? [] : [[`form ${name}`, line] as const])),
  ];
  for (const [name, line] of lines) {
    it(`${name}: allowed to ${line.may.join(', ') || 'nobody'}`, async () => {
      expect(await tryEveryone(line)).toEqual(everyone.filter((actor) => line.may.includes(actor)));
    });
  }
});
