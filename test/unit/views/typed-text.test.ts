// Whatever a person typed (a title, a unit's name, a reason, a note, an opinion, a file's name)
// is shown, never read: no mention, broadcast or link hides in it, in the blocks or in the `text`
// fallback a notification shows, and no control character reorders or hides what is around it.
import type { WebClient } from '@slack/web-api';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  CarriedNotice,
  MessageNotice,
  MonthlyReportNotice,
  PostedNotice,
  ReplyContent,
  UnitReportLine,
} from '../../../src/domain/notices.js';
import type { PromiseItem, ReminderItem } from '../../../src/domain/reminders.js';
import { rankUnits, scoreBreakdown, type UnitMetrics } from '../../../src/domain/scoring.js';
import { defaultSessionSettings } from '../../../src/domain/settings.js';
import { en } from '../../../src/i18n/en.js';
import type { Catalog } from '../../../src/i18n/index.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';
import type { RenderContext } from '../../../src/outbox/delivery.js';
import type { ServiceProblem } from '../../../src/services/shared/service-error.js';
import { prepareDelivery } from '../../../src/slack/deliveries/prepare-delivery.js';
import {
  acceptedAllMessage,
  acceptedMessage,
  assignedMessage,
  exportRequestedMessage,
  memberAddedMessage,
  memberRemovedMessage,
  unitAddedMessage,
} from '../../../src/slack/views/answers.js';
import { calendarDaysMessage } from '../../../src/slack/views/calendar-days.js';
import { contactLoggedAnswer, contactModal } from '../../../src/slack/views/contact-modal.js';
import { extensionModal } from '../../../src/slack/views/extension-modal.js';
import { escapeText, shownText } from '../../../src/slack/views/format.js';
import { homeView } from '../../../src/slack/views/home.js';
import {
  importDuplicateLines,
  importReportLines,
  importSharedDaysLines,
  importUnitLines,
  surveyReportLines,
} from '../../../src/slack/views/import-report.js';
import { ledgerUpload } from '../../../src/slack/views/ledger-file.js';
import { opinionModal } from '../../../src/slack/views/opinion-modal.js';
import { describeCommandProblem, describeServiceProblem } from '../../../src/slack/views/problem.js';
import { publicationCatalogueMessage } from '../../../src/slack/views/publication-catalogue.js';
import { rankingMessage } from '../../../src/slack/views/ranking.js';
import { rankingChartUpload } from '../../../src/slack/views/ranking-chart.js';
import { reminderGroupModal } from '../../../src/slack/views/reminder-group-modal.js';
import { replyModal } from '../../../src/slack/views/reply-modal.js';
import { opinionSubmittedAnswer } from '../../../src/slack/views/reply-notices.js';
import { reviewQueueModal } from '../../../src/slack/views/review-queue-modal.js';
import { routedAnswer, routeModal } from '../../../src/slack/views/route-modal.js';
import { scoreBreakdownModal } from '../../../src/slack/views/score-breakdown-modal.js';
import { sessionSettingsMessage } from '../../../src/slack/views/session-settings.js';
import { sessionStartedMessage, sessionsMessage } from '../../../src/slack/views/sessions.js';
import { statisticsChartUpload } from '../../../src/slack/views/statistics-chart.js';
import { suggestionDetailMessage } from '../../../src/slack/views/suggestion-detail.js';
import { suggestionListMessage } from '../../../src/slack/views/suggestion-list.js';
import { reassignModal, transferModal } from '../../../src/slack/views/transfer-modals.js';
import { transferDecisionAnswer, transferRequestedAnswer } from '../../../src/slack/views/transfer-notices.js';
import { verdictModal } from '../../../src/slack/views/verdict-modal.js';
import { writtenOffAnswer } from '../../../src/slack/views/verdict-notices.js';
import { unitMetrics } from '../../support/fixtures.js';
import { assignment, detail, line, list, publicationItem, reminderItem } from './fixtures.js';

// What the bot itself mentions: people and channels it knows by id. No typed text below holds
// these ids, so every `<@UBOT…>` or `<#CBOT…>` in a payload is the bot's own.
const bot = { office: 'UBOTOFFICE', handler: 'UBOTHANDLER', reviewer: 'UBOTREVIEWER', away: 'UBOTAWAY', channel: 'CBOTWATER' };
const botMention = /^<(?:@UBOT[A-Z]*|#CBOT[A-Z]*)>$/;
/** What Slack reads as a mention, a broadcast or a link: `<…>`. */
const token = /<[^<>]*>/g;

/** Characters that reorder or hide text without showing: none may reach a reader. */
const unseen = /[\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/u;
const unseenChars = [...'\u061C\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2066\u2067\u2068\u2069\uFEFF'];

/** Slack syntax a person may type, literally or entity-encoded (the slash command decodes `&lt;!channel&gt;` into `<!channel>`). */
const hostilePieces = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<!here|here>',
  '&lt;!here&gt;',
  '&lt;!channel&gt;',
  '&lt;@UEVIL&gt;',
  '<@UEVIL>',
  '<@UEVIL|督办室>',
  '<#CEVIL>',
  '<#CEVIL|general>',
  '<!subteam^SEVIL|@leaders>',
  '<https://evil.example|省政府通知>',
  '<http://evil.example>',
  '<mailto:evil@example.com|督办室>',
  '&',
  '&amp;',
  '<',
  '>',
  '|',
  '*',
  '`',
  '省水利厅',
  'moc.live//:sptth',
];

const typedText = fc
  .array(fc.oneof(fc.constantFrom(...hostilePieces), fc.constantFrom(...unseenChars), fc.string({ maxLength: 6 })), {
    minLength: 1,
    maxLength: 5,
  })
  .map((parts) => parts.join(''));

/** Typed text for each field in turn, from the texts a run drew. */
const typedFrom = (texts: readonly string[]) => {
  let next = 0;
  return () => texts[next++ % texts.length]!;
};
type Typed = () => string;

// ---- what the bot is given: notices and read models with every typed field typed by someone hostile

const reminderOf = (t: Typed, over: Partial<ReminderItem> = {}): ReminderItem => reminderItem({ title: t(), unitName: t(), ...over });

const promiseOf = (t: Typed): PromiseItem => ({
  seq: 1,
  description: t(),
  dueOn: '2026-12-10',
  suggestionId: 100,
  code: '2026-0107',
  title: t(),
  unitName: t(),
  commitmentId: 1,
  urgency: { overdue: 2 },
});

const reportLine = (t: Typed): UnitReportLine => ({
  code: '2026-0101',
  title: t(),
  role: 'lead',
  kind: 'draft',
  plannedOn: '2026-03-10',
  owners: [bot.handler],
});

const metricsOf = (t: Typed, unitId: number, over: Partial<UnitMetrics> = {}) =>
  unitMetrics({ unitId, unitName: t(), acceptedOnTime: { done: unitId, due: 3 }, ...over });

const scored = (t: Typed) =>
  rankUnits(
    [metricsOf(t, 1), metricsOf(t, 2, { overdueNodes: 2 }), metricsOf(t, 3, { leadAssignments: 0, acceptedOnTime: { done: 0, due: 0 } })],
    defaultSessionSettings(),
    new Map([[1, 2]]),
  );

const replyContent = (t: Typed): ReplyContent => ({
  replyId: 7,
  version: 1,
  suggestionId: 100,
  code: '2026-0107',
  title: t(),
  unitName: t(),
  round: 1,
  replyClass: 'B',
  summary: t(),
  documentUrl: t(),
  reason: t(),
  mayPublish: true,
  commitments: [{ dueOn: '2026-06-30', description: t() }],
  draftedBy: bot.handler,
});

/** One notice of every kind the bot posts as a message, each typed field typed. */
function messageNotices(t: Typed): MessageNotice[] {
  const about = { suggestionId: 100, code: '2026-0101' };
  const assigned = (audience: 'handler' | 'liaison' | 'channel', opinionBy: string | null): MessageNotice => ({
    type: 'assigned',
    audience,
    assignmentId: 42,
    ...about,
    role: opinionBy ? 'co' : 'lead',
    title: t(),
    leadDeputy: t(),
    unitName: t(),
    leadUnitName: t(),
    coUnitNames: [t(), t()],
    handlerUserId: bot.handler,
    assignedBy: bot.office,
    acceptBy: '2026-03-05',
    opinionBy,
    statutoryDueOn: '2026-06-02',
    internalDueOn: '2026-05-18',
  });
  const monthly: MonthlyReportNotice = {
    type: 'monthly_report',
    lastMonth: { from: '2026-02-01', to: '2026-02-28' },
    month: { from: '2026-03-01', to: '2026-03-31' },
    overdueByUnit: [{ unitName: t(), overdueNodes: 3 }],
    fell: [{ unitName: t(), rank: 4, places: 2, tied: true }],
    commitments: [{ code: '2026-0101', title: t(), unitName: t(), seq: 1, description: t(), dueOn: '2026-03-20' }],
    commitmentsTotal: 1,
    nearStatutory: [{ code: '2026-0102', title: t(), unitName: t(), statutoryDueOn: '2026-03-25' }],
    nearStatutoryTotal: 1,
  };
  const units = scored(t);
  return [
    assigned('handler', null),
    assigned('liaison', null),
    assigned('channel', '2026-03-12'),
    {
      type: 'accepted',
      code: '2026-0101',
      title: t(),
      unitName: t(),
      role: 'lead',
      acceptedBy: bot.handler,
      acceptedOn: '2026-03-05',
      plannedOn: '2026-03-04',
    },
    { type: 'opinion_received', ...about, title: t(), unitName: t(), body: t(), submittedBy: bot.handler },
    { type: 'review_requested', ...replyContent(t), level: 'leader', approvals: [{ level: 'division', by: bot.reviewer }] },
    { type: 'reply_returned', ...about, title: t(), level: 'division', returnedBy: bot.reviewer, comment: t() },
    { type: 'reply_signed', replyId: 7, version: 2, code: '2026-0101', title: t(), signedBy: bot.reviewer },
    {
      type: 'reply_sent',
      suggestionId: 100,
      recordsVerdict: true,
      code: '2026-0101',
      title: t(),
      unitName: t(),
      round: 1,
      replyClass: 'A',
      sentOn: '2026-04-01',
      feedbackBy: '2026-04-15',
      mayPublish: true,
    },
    {
      type: 'verdict_recorded',
      code: '2026-0101',
      title: t(),
      unitName: t(),
      verdict: 'dissatisfied',
      note: t(),
      recordedBy: bot.office,
      outcome: 'reopened',
      round: 2,
      statutoryDueOn: '2026-07-01',
      internalDueOn: '2026-06-20',
      openCommitments: 0,
    },
    { type: 'nudge', ...about, title: t(), unitName: t(), dueOn: '2026-03-10', nudgedBy: bot.handler },
    {
      type: 'routed',
      ...about,
      assignmentId: 42,
      title: t(),
      unitName: t(),
      assignmentRole: 'lead',
      as: 'handler',
      division: t(),
      routedBy: bot.office,
    },
    { type: 'request_cancelled', ...about, title: t(), kind: 'extension', because: 'transferred' },
    { type: 'delivery_trouble', reader: bot.channel, problem: 'refused', error: t(), state: 'dead', undelivered: 2 },
    { type: 'delivery_trouble', reader: bot.handler, problem: 'reader_gone', error: t(), state: 'retrying', undelivered: 1 },
    {
      type: 'people_changed',
      change: { kind: 'roles_removed', unitName: t(), userId: bot.handler, roles: ['liaison'], unnamed: 2, by: bot.office },
    },
    { type: 'people_changed', change: { kind: 'unit_without_liaison', unitName: t(), userId: bot.handler, by: bot.office } },
    {
      type: 'people_changed',
      change: { kind: 'delegation_ended', to: 'delegate', principal: bot.away, delegate: bot.handler, until: '2026-03-20', endedBy: null },
    },
    {
      type: 'reminder',
      day: '2026-12-08',
      windowWorkingDays: 3,
      items: [reminderOf(t), reminderOf(t, { milestoneId: 2, kind: 'accept', assignmentId: 11, urgency: { overdue: 1 } })],
      total: 2,
      overdue: 1,
      promises: [promiseOf(t)],
      promisesTotal: 1,
    },
    { type: 'leader_alert', day: '2026-12-08', overdueAfterWorkingDays: 3, items: [reminderOf(t, { urgency: { overdue: 4 } })] },
    {
      type: 'supervision_alert',
      day: '2026-12-08',
      overdueAfterWorkingDays: 5,
      statutoryAlertDays: 15,
      overdue: [reminderOf(t, { urgency: { overdue: 6 } })],
      nearStatutory: [{ ...reminderOf(t, { kind: 'reply' }), daysLeft: 9 }],
      unowned: [reminderOf(t)],
      publication: { windowWorkingDays: 3, items: [publicationItem({ title: t(), unitName: t(), urgency: { overdue: 1 } })], total: 1 },
    },
    {
      type: 'extension_requested',
      requestId: 3,
      ...about,
      title: t(),
      unitName: t(),
      requestedBy: bot.handler,
      currentDueOn: '2026-06-02',
      requestedDueOn: '2026-07-02',
      reason: t(),
    },
    {
      type: 'extension_decided',
      code: '2026-0101',
      title: t(),
      approved: true,
      decidedBy: bot.office,
      requestedDueOn: '2026-07-02',
      statutoryDueOn: '2026-07-02',
      internalDueOn: '2026-06-20',
    },
    { type: 'transfer_requested', requestId: 4, ...about, title: t(), unitName: t(), role: 'co', requestedBy: bot.handler, reason: t() },
    { type: 'transfer_decided', code: '2026-0101', title: t(), fromUnitName: t(), toUnitName: t(), decidedBy: bot.office },
    { type: 'transfer_decided', code: '2026-0101', title: t(), fromUnitName: t(), toUnitName: null, decidedBy: bot.office },
    {
      type: 'weekly_ranking',
      period: { kind: 'week', from: '2026-03-02', to: '2026-03-08' },
      overduePenalty: 2,
      units,
      part: 1,
      parts: 1,
    },
    {
      type: 'unit_weekly',
      period: { kind: 'week', from: '2026-03-02', to: '2026-03-08' },
      unitName: t(),
      standing: units[0]!,
      unitCount: units.length,
      week: { from: '2026-03-09', to: '2026-03-15' },
      overdue: [reportLine(t)],
      overdueTotal: 1,
      dueThisWeek: [reportLine(t)],
      dueTotal: 1,
    },
    monthly,
  ];
}

/** Every message the bot posts: each kind alone, for someone away, gathered, in a digest and in a daily summary. */
function postedNotices(t: Typed): PostedNotice[] {
  const alone = messageNotices(t);
  const carried = (notices: MessageNotice[]): CarriedNotice[] => notices.map((notice, i) => ({ key: `k${i}`, notice }));
  const few = alone.filter((notice) => notice.type === 'assigned' || notice.type === 'extension_requested');
  return [
    ...alone,
    ...alone.map((notice) => ({ ...notice, onBehalfOf: bot.away })),
    { type: 'gathered', items: carried(few) },
    { type: 'gathered', items: carried(alone.map((notice) => ({ ...notice, onBehalfOf: bot.away }))) },
    { type: 'daily_summary', day: '2026-03-03', items: carried(alone) },
    { type: 'reminder', day: '2026-03-03', windowWorkingDays: 3, items: [], since: carried(alone) },
  ];
}

// ---- what Slack is sent, and which parts of it Slack reads as mrkdwn

interface Shown {
  /** Read for mentions, links and entities: a message's `text`, mrkdwn text objects, a shared file's comment. */
  mrkdwn: string[];
  /** Shown as they are: plain_text objects, table cells, a file's name, title and alt text. */
  plain: string[];
}

/**
 * The texts a payload shows, by how Slack reads them. A text input's initial value is left out:
 * it gives the person their own words back to edit, and is not shown as the bot's.
 */
function shownIn(payload: unknown, shown: Shown = { mrkdwn: [], plain: [] }): Shown {
  if (Array.isArray(payload)) {
    for (const item of payload) shownIn(item, shown);
  } else if (typeof payload === 'object' && payload !== null) {
    const object = payload as Record<string, unknown>;
    if (typeof object.text === 'string' && object.type === 'mrkdwn') shown.mrkdwn.push(object.text);
    if (typeof object.text === 'string' && (object.type === 'plain_text' || object.type === 'raw_text')) shown.plain.push(object.text);
    for (const [key, value] of Object.entries(object)) if (key !== 'initial_value') shownIn(value, shown);
  }
  return shown;
}

/** A message as sent: its `text` is mrkdwn too (the notification and screen-reader fallback). */
const shownInMessage = (message: { text?: unknown; blocks?: unknown }): Shown => {
  const shown = shownIn(message.blocks);
  if (typeof message.text === 'string') shown.mrkdwn.push(message.text);
  return shown;
};

const mrkdwnOnly = (...texts: string[]): Shown => ({ mrkdwn: texts, plain: [] });

/** What chat.postMessage is called with for a notice, through the dispatcher's own preparation. */
async function posted(catalog: Catalog, notice: PostedNotice): Promise<Record<string, unknown>> {
  let sent: Record<string, unknown> | undefined;
  const client = {
    chat: {
      postMessage: async (args: Record<string, unknown>) => {
        sent = args;
        return { ok: true, ts: '1.0', channel: 'D1' };
      },
    },
  } as unknown as WebClient;
  const delivery = await prepareDelivery(catalog, 'key', notice, { client } as unknown as RenderContext);
  await delivery.send(client, 'D1');
  return sent!;
}

/** Every view that shows what people typed, besides the notices: answers, forms, Home, reports. */
function otherViews(catalog: Catalog, t: Typed): Array<[string, Shown]> {
  const units = scored(t);
  const history = {
    contacts: [{ on: '2026-03-03', stage: 'before' as const, mode: 'phone' as const, by: bot.handler, note: t(), unitName: t() }],
    opinions: [{ at: new Date('2026-03-04T02:00:00Z'), round: 1, unitName: t(), by: bot.handler, body: t() }],
    replies: [
      {
        id: 7,
        version: 1,
        round: 1,
        replyClass: 'B' as const,
        status: 'sent' as const,
        summary: t(),
        draftedBy: bot.handler,
        at: new Date('2026-03-05T02:00:00Z'),
        sentOn: '2026-03-06',
        reviews: [
          { at: new Date('2026-03-05T03:00:00Z'), level: 'division' as const, decision: 'return' as const, by: bot.reviewer, comment: t() },
        ],
        commitments: [{ seq: 1, dueOn: '2026-06-30', description: t(), writtenOffAt: null, carried: false }],
      },
    ],
    evaluations: [{ at: new Date('2026-03-07T02:00:00Z'), round: 1, verdict: 'satisfied' as const, by: bot.office, note: t() }],
  };
  const shownDetail = suggestionDetailMessage(
    catalog,
    detail(
      [
        assignment({ unitName: t(), handlerUserId: bot.handler, mayAccept: true }),
        assignment({ id: 2, unitName: t(), role: 'co', status: 'accepted' }),
      ],
      { title: t(), leadDeputy: t() },
      history,
    ),
    '2026-03-10',
    'Asia/Shanghai',
  );
  const problems: ServiceProblem[] = [
    { code: 'unknown_unit', given: t(), closest: t() },
    { code: 'duplicate_unit', given: t() },
    { code: 'alias_taken', given: t(), unitName: t() },
    { code: 'channel_taken', unitName: t() },
    { code: 'lead_also_co', unitName: t() },
    { code: 'already_accepted', unitName: t() },
    { code: 'not_member', userId: bot.handler, unitName: t(), role: 'liaison', held: [] },
    { code: 'route_unit_needed', suggestionCode: '2026-0101', unitNames: [t(), t()] },
    { code: 'duplicate_session', name: t() },
    { code: 'no_longer_assigned', unitName: t() },
    { code: 'opinion_not_late', unitName: t() },
    { code: 'unit_not_on_suggestion', unitName: t(), suggestionCode: '2026-0101' },
    { code: 'same_unit', unitName: t() },
    { code: 'unit_already_assigned', unitName: t() },
    { code: 'no_reviewer', unitName: t(), level: 'division' },
    { code: 'opinion_already_sent', unitName: t(), sentOn: '2026-03-03' },
    { code: 'reply_draft', problem: { code: 'bad_document_url', given: t() } },
  ] as ServiceProblem[];
  const reply = replyContent(t);
  const chart = rankingChartUpload(catalog, {
    type: 'ranking_chart',
    period: { kind: 'week', from: '2026-03-02', to: '2026-03-08' },
    bars: units.map((unit) => ({ unitName: unit.metrics.unitName, score: unit.score, idle: unit.rank === null, change: unit.change })),
  });
  const share = { count: 1, of: 2 };
  const statistics = statisticsChartUpload(catalog, {
    type: 'statistics_chart',
    period: { kind: 'year', from: '2026-03-02', to: '2026-12-08' },
    narrowedTo: { field: t() },
    unitsInAll: 2,
    bars: [t(), t()].map((unitName) => ({ unitName, replied: share, onTime: share, closed: share, satisfied: share })),
  });
  const ledger = ledgerUpload(
    catalog,
    { type: 'ledger_export', requestedBy: bot.office, unitId: 1, unitName: t(), day: '2026-03-03', ref: 'r1' },
    { bytes: Buffer.alloc(0), sessionName: t(), suggestions: 3 },
  );
  const breakdown = (unitName: string) => ({
    unitName,
    from: '2026-03-02',
    to: '2026-03-08',
    breakdown: scoreBreakdown(metricsOf(t, 1), defaultSessionSettings()),
  });
  return [
    ['show', shownInMessage(shownDetail)],
    [
      'list',
      shownInMessage(
        suggestionListMessage(
          catalog,
          list([line({ title: t(), leadUnit: t() })], { filter: { kind: 'unit', unit: { text: t() } }, unitName: t() }),
        ),
      ),
    ],
    [
      'home',
      shownIn(
        homeView(
          catalog,
          {
            today: '2026-03-03',
            nodes: [reminderOf(t), reminderOf(t, { assignmentId: 11, urgency: { overdue: 2 } })],
            units: [{ unitName: t(), standing: units[0], unitCount: 3, overdue: 1, dueThisWeek: 2 }],
            board: units,
          },
          { answer: shownDetail },
        ),
      ),
    ],
    [
      'ranking',
      shownInMessage(rankingMessage(catalog, { period: { kind: 'week', from: '2026-03-02', to: '2026-03-08' }, units, overduePenalty: 2 })),
    ],
    [
      '公开目录',
      shownInMessage(
        publicationCatalogueMessage(catalog, {
          sessionName: t(),
          today: '2026-12-08',
          withinWorkingDays: 20,
          pending: [publicationItem({ title: t(), unitName: t() })],
          pendingTotal: 1,
          overdue: 0,
          published: {
            items: [publicationItem({ replyId: 8, title: t(), unitName: t(), publishedOn: '2026-12-01', publishedBy: bot.office })],
            total: 1,
          },
        }),
      ),
    ],
    ['reminder group', shownIn(reminderGroupModal(catalog, { kind: 'pre_contact', plannedOn: '2026-12-10', items: [reminderOf(t)] }))],
    ['review queue', shownIn(reviewQueueModal(catalog, [{ ...reply, level: 'division', approvals: [] }]))],
    ['score breakdown', shownIn(scoreBreakdownModal(catalog, [breakdown(t()), breakdown(t())]))],
    [
      'contact form',
      shownIn(contactModal(catalog, { suggestionId: 100, code: '2026-0101', title: t(), unitName: t(), today: '2026-03-03' })),
    ],
    [
      'extension form',
      shownIn(
        extensionModal(catalog, {
          suggestionId: 100,
          code: '2026-0101',
          title: t(),
          unitName: t(),
          currentDueOn: '2026-06-02',
          latest: '2026-09-02',
        }),
      ),
    ],
    [
      'opinion form',
      shownIn(opinionModal(catalog, { suggestionId: 100, code: '2026-0101', title: t(), unitName: t(), leadUnitName: t() })),
    ],
    ['不满意 form', shownIn(verdictModal(catalog, { suggestionId: 100, round: 1, code: '2026-0101', title: t(), unitName: t() }))],
    [
      'reply form',
      shownIn(
        replyModal(catalog, {
          suggestionId: 100,
          code: '2026-0101',
          title: t(),
          unitName: t(),
          round: 1,
          classes: ['A', 'B', 'C'],
          today: '2026-03-03',
          opinions: [{ unitName: t(), body: t(), submittedBy: bot.handler }],
          returned: {
            draft: { replyClass: 'B', summary: t(), documentUrl: null, reason: null, mayPublish: false, commitments: [] },
            level: 'division',
            by: bot.reviewer,
            comment: t(),
          },
        }),
      ),
    ],
    [
      'transfer form',
      shownIn(transferModal(catalog, { assignmentId: 42, code: '2026-0101', title: t(), unitName: t(), windowClosesOn: '2026-03-09' })),
    ],
    [
      'reassign form',
      shownIn(
        reassignModal(catalog, {
          requestId: 4,
          code: '2026-0101',
          title: t(),
          fromUnitName: t(),
          role: 'lead',
          reason: t(),
          requestedBy: bot.handler,
          units: [{ id: 2, name: t() }],
        }),
      ),
    ],
    [
      'route form',
      shownIn(
        routeModal(catalog, {
          assignmentId: 42,
          code: '2026-0101',
          title: t(),
          unitName: t(),
          role: 'lead',
          handlerUserId: bot.handler,
          division: t(),
          leaderUserId: null,
        }),
      ),
    ],
    [
      'unit added',
      shownInMessage(unitAddedMessage(catalog, { name: t(), aliases: [t()], channelId: bot.channel }, { liaisonUserId: bot.handler })),
    ],
    [
      'assigned answer',
      shownInMessage(
        assignedMessage(catalog, {
          suggestionId: 100,
          code: '2026-0101',
          sessionName: t(),
          leadUnit: t(),
          coUnits: [t()],
          acceptBy: '2026-03-05',
          statutoryDueOn: '2026-06-02',
          internalDueOn: '2026-05-18',
          notified: 2,
          sharedDays: [{ on: '2026-03-04', kinds: ['pre_contact', 'draft'] }],
          similar: [
            { code: '2026-0007', title: t() },
            { code: '2026-0008', title: t() },
          ],
        }),
      ),
    ],
    [
      'accepted answers',
      shownInMessage(
        acceptedMessage(catalog, {
          code: '2026-0101',
          title: t(),
          accepted: [{ assignmentId: 42, unitName: t(), role: 'lead', plannedOn: '2026-03-05', onTime: false }],
        }),
      ),
    ],
    [
      'accepted all',
      shownInMessage(
        acceptedAllMessage(catalog, {
          accepted: [{ code: '2026-0101', unitName: t() }],
          notTheirs: [{ code: '2026-0102', unitName: t() }],
          othersUnseen: 1,
          settled: [{ code: '2026-0103', unitName: t() }],
        }),
      ),
    ],
    ['member added', shownInMessage(memberAddedMessage(catalog, bot.handler, t(), 'liaison'))],
    [
      'member removed',
      shownInMessage(memberRemovedMessage(catalog, bot.handler, { unitName: t(), roles: ['liaison'], unnamed: 1, withoutLiaison: true })),
    ],
    ['export asked', shownInMessage(exportRequestedMessage(catalog, t()))],
    [
      'form answers',
      mrkdwnOnly(
        contactLoggedAnswer(catalog, { code: '2026-0101', unitName: t(), completedNode: 'pre_contact' }),
        routedAnswer(catalog, {
          code: '2026-0101',
          unitName: t(),
          changed: true,
          handlerUserId: bot.handler,
          division: t(),
          leaderUserId: null,
          told: 1,
        }),
        transferRequestedAnswer(catalog, { requestId: 4, code: '2026-0101', unitName: t(), windowClosesOn: '2026-03-09', notified: 1 }),
        transferDecisionAnswer(catalog, { code: '2026-0101', fromUnitName: t(), toUnitName: t(), notified: 2, sharedDays: [] }),
        opinionSubmittedAnswer(catalog, { code: '2026-0101', unitName: t(), leadUnitName: t(), told: [bot.handler] }),
      ),
    ],
    [
      'written off',
      shownInMessage(
        writtenOffAnswer(catalog, {
          code: '2026-0101',
          seq: 1,
          description: t(),
          dueOn: '2026-06-30',
          onTime: true,
          open: 0,
          closed: true,
        }),
      ),
    ],
    ['sessions', shownInMessage(sessionsMessage(catalog, [{ name: t(), current: true, since: '2026-01-10', suggestions: 3, open: 1 }]))],
    ['session started', shownInMessage(sessionStartedMessage(catalog, { name: t(), previousName: t() }))],
    ['session settings', shownInMessage(sessionSettingsMessage(catalog, { name: t(), settings: defaultSessionSettings() }))],
    ['calendar', shownInMessage(calendarDaysMessage(catalog, [{ day: '2026-03-07', kind: 'workday', note: t(), published: 'holiday' }]))],
    [
      'import report',
      mrkdwnOnly(
        ...importReportLines(
          catalog,
          {
            ok: true,
            rows: [],
            problems: [
              { line: 2, code: t(), problem: { kind: 'bad_code', given: t() } },
              { line: 3, code: t(), problem: { kind: 'unknown_email', given: t() } },
            ],
            unknownHeaders: [t()],
          },
          {
            assigned: 1,
            refused: [{ line: 4, code: '2026-0104', problem: { code: 'unknown_unit', given: t() } }],
            written: false,
            units: [],
            likelyDuplicates: [],
            sharedDays: [],
          },
        ),
        ...importUnitLines(catalog, {
          assigned: 1,
          refused: [],
          written: false,
          units: [{ name: t(), lead: 1, co: 0 }],
          likelyDuplicates: [],
          sharedDays: [],
        }),
        ...importSharedDaysLines(catalog, {
          assigned: 1,
          refused: [],
          written: false,
          units: [],
          likelyDuplicates: [],
          sharedDays: [t()],
        }),
        ...importDuplicateLines(catalog, {
          assigned: 2,
          refused: [],
          written: false,
          units: [],
          likelyDuplicates: [{ code: t(), similar: [t(), t()] }],
          sharedDays: [],
        }),
      ),
    ],
    [
      'survey report',
      mrkdwnOnly(
        ...surveyReportLines(
          catalog,
          {
            ok: true,
            rows: [],
            problems: [
              { line: 2, code: t(), problem: { kind: 'bad_verdict', column: 'attitude', given: t() } },
              { line: 3, code: t(), problem: { kind: 'note_too_long', length: 2001, limit: 2000 } },
            ],
            unknownHeaders: [t()],
          },
          {
            recorded: 1,
            alreadyRecorded: 0,
            verdicts: { satisfied: 1, basically_satisfied: 0, dissatisfied: 0 },
            outcomes: { closed: 1, followup: 0, reopened: 0 },
            // A code reaches the ledger's check only once it reads as a code.
            refused: [{ line: 4, code: '2026-0104', problem: { code: 'unknown_suggestion', given: '2026-0104', closest: '2026-0105' } }],
            written: false,
          },
        ),
      ),
    ],
    ['refusals', mrkdwnOnly(...problems.map((problem) => describeServiceProblem(catalog, problem)))],
    [
      'command refusals',
      mrkdwnOnly(
        describeCommandProblem(catalog, { kind: 'unknown_subcommand', given: t() }),
        describeCommandProblem(catalog, { kind: 'usage', subcommand: 'assign', detail: 'unexpected', given: t() }),
        describeCommandProblem(catalog, { kind: 'bad_user', subcommand: 'assign', given: t() }),
        describeCommandProblem(catalog, { kind: 'bad_role', subcommand: 'unit member', given: t() }),
      ),
    ],
    ['ranking chart', { mrkdwn: [chart.comment], plain: [chart.filename, chart.title, chart.altText, JSON.stringify(chart.chart)] }],
    [
      'statistics chart',
      {
        mrkdwn: [statistics.comment],
        plain: [statistics.filename, statistics.title, statistics.altText, JSON.stringify(statistics.chart)],
      },
    ],
    ['ledger file', { mrkdwn: [ledger.comment], plain: [ledger.filename, ledger.title] }],
  ];
}

/** Everything the bot sends for one run's typed texts, in one language. */
async function everythingShown(catalog: Catalog, texts: readonly string[]): Promise<Array<[string, Shown]>> {
  const t = typedFrom(texts);
  const notices = postedNotices(t);
  const messages: Array<[string, Shown]> = [];
  for (const notice of notices) messages.push([`notice ${notice.type}`, shownInMessage(await posted(catalog, notice))]);
  return [...messages, ...otherViews(catalog, t)];
}

const catalogs = [
  ['zh-CN', zhCN],
  ['en', en],
] as const;

/** The `<…>` the catalog's own words hold (a usage line's `<编号>`): found with typed text that holds none. */
async function catalogTokens(catalog: Catalog): Promise<Set<string>> {
  const tokens = new Set<string>();
  for (const [, shown] of await everythingShown(catalog, ['甲']))
    for (const text of shown.mrkdwn) for (const [found] of text.matchAll(token)) tokens.add(found);
  return tokens;
}

describe('text a person typed, wherever the bot sends it', () => {
  it('carries no mention, broadcast or link but the bot’s own, and nothing that reorders or hides text', async () => {
    const own = new Map(await Promise.all(catalogs.map(async ([, catalog]) => [catalog, await catalogTokens(catalog)] as const)));
    await fc.assert(
      fc.asyncProperty(fc.array(typedText, { minLength: 7, maxLength: 7 }), async (texts) => {
        for (const [, catalog] of catalogs) {
          const bots = own.get(catalog)!;
          for (const [what, shown] of await everythingShown(catalog, texts)) {
            for (const text of shown.mrkdwn) {
              // Every `<` Slack would read as the start of a mention or a link is one the bot wrote.
              const typed = text.replace(token, (found) => (botMention.test(found) || bots.has(found) ? '' : found));
              expect(typed, `${what}: ${text}`).not.toContain('<');
            }
            for (const text of [...shown.mrkdwn, ...shown.plain]) expect(unseen.test(text), `${what}: ${JSON.stringify(text)}`).toBe(false);
          }
        }
      }),
      { numRuns: 50 },
    );
  });

  it('is escaped once: no entity shows in plain text, and none is escaped twice in mrkdwn', async () => {
    // Without a typed `&`, any `&amp;` in mrkdwn escapes an entity the bot made, and any entity in plain text is one a reader sees.
    const withoutAmpersand = typedText.map((text) => text.replace(/&/g, '+'));
    await fc.assert(
      fc.asyncProperty(fc.array(withoutAmpersand, { minLength: 7, maxLength: 7 }), async (texts) => {
        for (const [, catalog] of catalogs) {
          for (const [what, shown] of await everythingShown(catalog, texts)) {
            for (const text of shown.mrkdwn) expect(text, what).not.toContain('&amp;');
            for (const text of shown.plain) expect(text, what).not.toMatch(/&(?:amp|lt|gt);/);
          }
        }
      }),
      { numRuns: 30 },
    );
  });

  it('shows the title in a notification as typed, escaped, and the bot’s mention as a mention', async () => {
    const title = '通知 <!channel> 见 <https://evil.example|省政府> &lt;!here&gt;\u202Egnp.exe';
    for (const [, catalog] of catalogs) {
      const text = (await posted(catalog, messageNotices(() => title)[0]!)).text as string;
      expect(text).toContain(escapeText(title));
      expect(escapeText(title)).toBe('通知 &lt;!channel&gt; 见 &lt;https://evil.example|省政府&gt; &amp;lt;!here&amp;gt;gnp.exe');
    }
  });

  it('keeps plain text as typed, without its unseen controls', () => {
    expect(shownText('省<水利>厅 & \u202E\u2066\u200B办\uFEFF')).toBe('省<水利>厅 & 办');
  });
});
