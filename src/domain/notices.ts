// What the bot tells people after a change: the content of an outbox message. Services write a
// notice; the dispatcher renders it to Block Kit in the office's language when it sends it, so
// services stay free of Slack and every message is rendered by one pure view.
import type { CalendarDate } from './calendar-date.js';
import type { PublicationItem } from './publication.js';
import type { RankingPeriod, RankingPeriodKind } from './ranking-period.js';
import type { PromiseItem, ReminderItem, SupervisionAlert } from './reminders.js';
import type { CommitmentDraft } from './reply-draft.js';
import type { ScoredUnit } from './scoring.js';
import type { AssignmentRole, MilestoneKind, ReplyClass, ReviewLevel, UnitRole, Verdict } from './vocabulary.js';

export interface AssignedNotice {
  type: 'assigned';
  /** Who this copy is for: the handler's DM, the liaison's DM, or the unit's channel. */
  audience: 'handler' | 'liaison' | 'channel';
  assignmentId: number;
  suggestionId: number;
  role: AssignmentRole;
  code: string;
  title: string;
  leadDeputy: string;
  unitName: string;
  leadUnitName: string;
  coUnitNames: string[];
  handlerUserId: string | null;
  assignedBy: string;
  acceptBy: CalendarDate;
  /** A co-handling unit's own deadline: its opinion to the lead unit (会办意见). */
  opinionBy: CalendarDate | null;
  statutoryDueOn: CalendarDate;
  internalDueOn: CalendarDate;
}

export interface AcceptedNotice {
  type: 'accepted';
  /** For its 详情 button; absent from notices stored before it was named. */
  suggestionId?: number;
  code: string;
  title: string;
  unitName: string;
  role: AssignmentRole;
  acceptedBy: string;
  acceptedOn: CalendarDate;
  plannedOn: CalendarDate;
}

/**
 * Lines a stored message keeps, most urgent first: more than its view shows, and far fewer than
 * the late nodes of a whole province, which the supervision office's alert would otherwise carry
 * (and the daily job write) in full. The rest are counted, not listed.
 */
export const reminderLinesKept = 120;
export const alertLinesKept = 300;

/** A person's daily reminder: their open nodes due soon or overdue, most urgent first. */
export interface ReminderNotice {
  type: 'reminder';
  day: CalendarDate;
  /** Working days ahead the reminder looks (the session's setting when it was planned). */
  windowWorkingDays: number;
  /** The first reminderLinesKept of the person's nodes. */
  items: ReminderItem[];
  /** All of the person's nodes, and how many are overdue (absent from notices stored before lines were kept). */
  total?: number;
  overdue?: number;
  /** B-class promises due soon or late that the person follows up (the first promiseLinesKept), and how many in all. */
  promises?: PromiseItem[];
  promisesTotal?: number;
  /** What happened since the last digest that asked nothing of the person (receipts, results). */
  since?: CarriedNotice[];
}

export const promiseLinesKept = 30;

/** To a responsible leader: their units' nodes overdue long enough to reach them. */
export interface LeaderAlertNotice {
  type: 'leader_alert';
  day: CalendarDate;
  overdueAfterWorkingDays: number;
  /** Of the lines, those of 重点 suggestions (first), which reach their leader from keyOverdueAfterWorkingDays. */
  keyTotal?: number;
  keyOverdueAfterWorkingDays?: number;
  /** The first alertLinesKept. */
  items: ReminderItem[];
  total?: number;
}

/** To the supervision office: what is overdue longest, close to its statutory deadline, or unowned. */
export interface SupervisionAlertNotice extends SupervisionAlert {
  type: 'supervision_alert';
  day: CalendarDate;
  overdueAfterWorkingDays: number;
  statutoryAlertDays: number;
  /** Each part holds its first alertLinesKept; these count them all. */
  totals?: { [part in keyof SupervisionAlert]: number };
  /**
   * 公开目录: may-publish replies not yet published whose publish-by date is within the window of
   * working days or past (the first alertLinesKept, and how many); absent when none, and from alerts
   * stored before the catalogue.
   */
  publication?: { windowWorkingDays: number; items: PublicationItem[]; total: number };
}

/** To the supervision office: a unit asks for a later statutory deadline; approve or refuse. */
export interface ExtensionRequestedNotice {
  type: 'extension_requested';
  requestId: number;
  suggestionId: number;
  code: string;
  title: string;
  unitName: string;
  requestedBy: string;
  currentDueOn: CalendarDate;
  requestedDueOn: CalendarDate;
  reason: string;
}

/** To the one who asked: the supervision office's decision. */
export interface ExtensionDecidedNotice {
  type: 'extension_decided';
  code: string;
  title: string;
  approved: boolean;
  decidedBy: string;
  requestedDueOn: CalendarDate;
  /** The deadlines in force after the decision. */
  statutoryDueOn: CalendarDate;
  internalDueOn: CalendarDate;
}

/** To the supervision office: a unit asks to hand a suggestion back (申请调整); reassign or refuse. */
export interface TransferRequestedNotice {
  type: 'transfer_requested';
  requestId: number;
  suggestionId: number;
  code: string;
  title: string;
  unitName: string;
  role: AssignmentRole;
  requestedBy: string;
  reason: string;
}

/** To the one who asked: reassigned to another unit, or refused (the unit keeps it). */
export interface TransferDecidedNotice {
  type: 'transfer_decided';
  code: string;
  title: string;
  fromUnitName: string;
  /** The unit that took it over; null when refused. */
  toUnitName: string | null;
  decidedBy: string;
}

/** The weekly ranking is published in parts of at most this many units, one message each. */
export const unitsPerRankingPart = 99;

/** To the supervision office on the week's first working day (每周一通报): the units ranked over the week just ended, one part a message. */
export interface WeeklyRankingNotice {
  type: 'weekly_ranking';
  period: RankingPeriod;
  overduePenalty: number;
  /** This message's units, and which part of how many it is. */
  units: ScoredUnit[];
  part: number;
  parts: number;
}

/** One unit's bar in the ranking chart. */
export interface RankingChartBar {
  unitName: string;
  score: number;
  /** Had nothing measured in the period: no rank, no bar. */
  idle: boolean;
  change: number | null;
  /** Shares its rank with another unit (并列); absent from charts stored before ties were marked. */
  tied?: boolean;
}

/** To the supervision office after the week's ranking tables: every unit's score as a picture. */
export interface RankingChartNotice {
  type: 'ranking_chart';
  period: RankingPeriod;
  /** Every unit, in rank order. */
  bars: RankingChartBar[];
}

/** A unit's shares as a statistics chart draws them (a count out of another). */
export interface StatisticsChartBar {
  unitName: string;
  replied: { count: number; of: number };
  onTime: { count: number; of: number };
  closed: { count: number; of: number };
  satisfied: { count: number; of: number };
}

/** To the one who asked for the figures (统计): each unit's shares as a picture, beside the table. */
export interface StatisticsChartNotice {
  type: 'statistics_chart';
  period: RankingPeriod;
  /** What the figures were narrowed to (a unit, a 领域), as the asker named it. */
  narrowedTo: { unitName: string } | { field: string } | null;
  /** The units the figures count, of which the bars draw those with the most suggestions. */
  unitsInAll: number;
  /** Tells this request's picture from another's: a shared file is recognised by its name. */
  ref?: string;
  bars: StatisticsChartBar[];
}

/** One step in a unit's weekly report, with the people who answer for it. */
export interface UnitReportLine {
  code: string;
  title: string;
  role: AssignmentRole;
  kind: MilestoneKind;
  plannedOn: CalendarDate;
  owners: string[];
  /** 重点督办: listed first and marked. */
  key?: true;
}

/** To a unit's channel with the weekly ranking: its standing, what is late, and what falls due this week. */
export interface UnitWeeklyNotice {
  type: 'unit_weekly';
  period: RankingPeriod;
  unitName: string;
  standing: ScoredUnit;
  unitCount: number;
  /** This week (the one the report opens), its overdue steps and its steps due; each list keeps its first alertLinesKept. */
  week: { from: CalendarDate; to: CalendarDate };
  overdue: UnitReportLine[];
  overdueTotal: number;
  dueThisWeek: UnitReportLine[];
  dueTotal: number;
}

/** 每月一督办: the supervision office's report on the first working day of a month. */
export interface MonthlyReportNotice {
  type: 'monthly_report';
  /** The month just ended, which the ranking covers, and the month beginning. */
  lastMonth: { from: CalendarDate; to: CalendarDate };
  month: { from: CalendarDate; to: CalendarDate };
  /** 重点督办 suggestions not closed, listed first; absent from reports stored before there were any. */
  keySuggestions?: Array<{
    code: string;
    title: string;
    unitName: string;
    leaderUserId: string | null;
    overdueNodes: number;
    statutoryDueOn: CalendarDate;
  }>;
  keySuggestionsTotal?: number;
  /** Units with open overdue steps as the month began, most first. */
  overdueByUnit: Array<{ unitName: string; overdueNodes: number }>;
  /**
   * Units that fell in last month's ranking against the last month each was ranked in; `tied`: the
   * rank is shared (并列), absent from notices stored before ties were marked.
   */
  fell: Array<{ unitName: string; rank: number; places: number; tied?: boolean }>;
  /** B-class promises not written off and due by the end of this month (or already late); the first alertLinesKept. */
  commitments: Array<{ code: string; title: string; unitName: string; seq: number; description: string; dueOn: CalendarDate }>;
  commitmentsTotal: number;
  /** Suggestions without a sent reply whose statutory deadline falls within the month beginning, or has passed. */
  nearStatutory: Array<{ code: string; title: string; unitName: string; statutoryDueOn: CalendarDate }>;
  nearStatutoryTotal: number;
}

/** 催办: the lead unit asks a co-handling unit for its late opinion. */
export interface NudgeNotice {
  type: 'nudge';
  suggestionId: number;
  code: string;
  title: string;
  unitName: string;
  /** When the opinion was due. */
  dueOn: CalendarDate;
  nudgedBy: string;
}

/** To the supervision office: the working calendar lacks a year's holidays (domain/calendar-coverage.ts). */
export interface CalendarGapNotice {
  type: 'calendar_gap';
  year: number;
}

/** 并案, to the lead unit's liaisons and the main suggestion's handler: answer the main one for both. */
export interface MergedNotice {
  type: 'merged';
  /** The main suggestion, which the unit answers. */
  suggestionId: number;
  code: string;
  title: string;
  unitName: string;
  mergedCode: string;
  mergedTitle: string;
  mergedBy: string;
}

/** To the leader who takes a suggestion on (领导领办): the office made it 重点, with its note (批示). */
export interface KeyMarkedNotice {
  type: 'key_marked';
  suggestionId: number;
  code: string;
  title: string;
  /** The lead unit's name; empty while none answers for it. */
  unitName: string;
  note: string;
  statutoryDueOn: CalendarDate;
  markedBy: string;
  /** Working days overdue from which the leader hears of its steps. */
  escalateAfterWorkingDays: number;
}

/** To the lead unit: a co-handling unit's opinion (会办意见). */
export interface OpinionReceivedNotice {
  type: 'opinion_received';
  suggestionId: number;
  code: string;
  title: string;
  unitName: string;
  body: string;
  submittedBy: string;
}

/** The reply as its reviewers read it. */
export interface ReplyContent {
  replyId: number;
  /** The reply's version this copy shows: a decision on an older one changes nothing. */
  version: number;
  suggestionId: number;
  code: string;
  title: string;
  unitName: string;
  round: number;
  replyClass: ReplyClass;
  summary: string;
  documentUrl: string | null;
  reason: string | null;
  mayPublish: boolean;
  commitments: CommitmentDraft[];
  draftedBy: string;
}

/** To each reviewer of a level in turn: approve, or return with a comment. */
export interface ReviewRequestedNotice extends ReplyContent {
  type: 'review_requested';
  level: ReviewLevel;
  /** The levels that approved this pass, in order. */
  approvals: Array<{ level: ReviewLevel; by: string }>;
}

/** To the one who drafted it: a reviewer sent the reply back. */
export interface ReplyReturnedNotice {
  type: 'reply_returned';
  suggestionId: number;
  code: string;
  title: string;
  level: ReviewLevel;
  returnedBy: string;
  comment: string;
}

/** To the one who drafted it: signed off (主要领导签发); send it, then mark it sent. */
export interface ReplySignedNotice {
  type: 'reply_signed';
  replyId: number;
  version: number;
  code: string;
  title: string;
  signedBy: string;
}

/** To the supervision office: the unit's answer went to the deputy; the verdict is next. */
export interface ReplySentNotice {
  type: 'reply_sent';
  code: string;
  title: string;
  unitName: string;
  round: number;
  replyClass: ReplyClass;
  sentOn: CalendarDate;
  /** 办后反馈: by when the deputy's verdict is asked. */
  feedbackBy: CalendarDate | null;
  mayPublish: boolean;
  /** A may-publish reply's publish-by date (公开目录); absent from notices stored before it was given. */
  publishBy?: CalendarDate;
  /** Absent from notices stored before the verdict could be recorded from them. */
  suggestionId?: number;
  /** The reader may record the deputy's verdict (the office, the lead unit's liaison): the notice offers it. */
  recordsVerdict?: boolean;
}

/** To the lead unit (and for 不满意 its leaders): the deputy's verdict and what follows. */
export interface VerdictRecordedNotice {
  type: 'verdict_recorded';
  /** For its 详情 button; absent from notices stored before it was named. */
  suggestionId?: number;
  code: string;
  title: string;
  unitName: string;
  verdict: Verdict;
  note: string;
  recordedBy: string;
  outcome: 'closed' | 'followup' | 'reopened';
  /** The round the verdict opened (不满意), with its deadlines. */
  round: number;
  statutoryDueOn: CalendarDate;
  internalDueOn: CalendarDate;
  openCommitments: number;
}

/** To the office member who asked (/suggest report): the 办理情况报告 as a Word document, made when it is sent. */
export interface HandlingReportNotice {
  type: 'handling_report';
  requestedBy: string;
  period: RankingPeriodKind;
  day: CalendarDate;
  /** Tells this request's file from another's of the same day. */
  ref: string;
}

/** To the one who asked (/suggest export): the ledger they may see, as a workbook read when it is sent. */
export interface LedgerExportNotice {
  type: 'ledger_export';
  requestedBy: string;
  unitId: number | null;
  unitName: string | null;
  day: CalendarDate;
  /** Tells this request's file from another's of the same day. */
  ref: string;
}

/**
 * To the one who asked (/suggest import template): a 交办清单 template, a workbook made when it is
 * sent, so that its list of units is the one then in force.
 */
export interface ImportTemplateNotice {
  type: 'import_template';
  requestedBy: string;
  day: CalendarDate;
  /** Tells this request's file from another's of the same day: the minute it was asked for. */
  ref: string;
}

/** A request nobody decided before what it asked about was replaced: told to the one who asked. */
export interface RequestCancelledNotice {
  type: 'request_cancelled';
  suggestionId: number;
  code: string;
  title: string;
  kind: 'extension' | 'transfer';
  because: 'transferred' | 'next_round' | 'merged';
}

/**
 * Why Slack does not take the messages for one reader: what the office can put right (the bot not
 * in a unit's channel, a channel renamed, deleted or archived), a person Slack no longer knows, or
 * another refusal, named by Slack's own error.
 */
export type DeliveryProblem = 'not_in_channel' | 'channel_not_found' | 'is_archived' | 'reader_gone' | 'refused';

/** To the supervision office: messages for a reader are not getting through; what to do about it. */
export interface DeliveryTroubleNotice {
  type: 'delivery_trouble';
  /** The channel or person the messages are for. */
  reader: string;
  problem: DeliveryProblem;
  /** Slack's error, for a refusal the bot has no words of its own for. */
  error: string;
  /** retrying: sent again by itself once put right; dead: tried for long enough, to be resent by hand. */
  state: 'retrying' | 'dead';
  /** Messages for this reader not delivered when the office was told. */
  undelivered: number;
}

/** What the outbox knows of a reader's trouble when it meets it: the notice but for the count. */
export type DeliveryTrouble = Omit<DeliveryTroubleNotice, 'type' | 'undelivered'>;

/** Who on an assignment 分办 names (the 四个一 besides the unit). */
export type RoutedRole = 'handler' | 'leader';

/** 分办: to the people now named on one assignment, each told what they are on it. */
export interface RoutedNotice {
  type: 'routed';
  suggestionId: number;
  assignmentId: number;
  code: string;
  title: string;
  unitName: string;
  assignmentRole: AssignmentRole;
  as: RoutedRole;
  division: string | null;
  routedBy: string;
}

/** A change of who holds a role or stands in for whom (DESIGN §3), told to the people it concerns. */
export interface PeopleChangedNotice {
  type: 'people_changed';
  change: /** unnamed: the unit's assignments that named them, when they left the unit altogether. */
    | { kind: 'roles_removed'; unitName: string; userId: string; roles: UnitRole[]; unnamed: number; by: string }
    /** To the office: the unit's last liaison was removed, and nobody signs for its assignments. */
    | { kind: 'unit_without_liaison'; unitName: string; userId: string; by: string }
    /** to: which of the two this copy tells. */
    | { kind: 'delegation_started'; to: 'principal' | 'delegate'; principal: string; delegate: string; until: CalendarDate }
    /** endedBy: who ended it early (the person, or the office); null when its date passed. */
    | {
        kind: 'delegation_ended';
        to: 'principal' | 'delegate';
        principal: string;
        delegate: string;
        until: CalendarDate;
        endedBy: string | null;
      };
}

/** One notice carried in another's message (a gathered message, a digest), under its own key. */
export interface CarriedNotice {
  key: string;
  notice: MessageNotice;
}

/** The notices to one reader that ask for action, queued within the notice window: one message (DESIGN §4). */
export interface GatheredNotice {
  type: 'gathered';
  items: CarriedNotice[];
}

/** To a channel each working day: what happened since the last one that asked nothing of it. */
export interface DailySummaryNotice {
  type: 'daily_summary';
  day: CalendarDate;
  items: CarriedNotice[];
}

/** A message for someone away, sent to the person standing in for them (代理): whom it was meant for. */
export interface StandInMark {
  onBehalfOf?: string;
}

/** What the bot posts as a message; a chart, a ledger or a template is shared as a file instead. */
export type MessageNotice = StandInMark &
  (
    | OpinionReceivedNotice
    | ReviewRequestedNotice
    | ReplyReturnedNotice
    | ReplySignedNotice
    | ReplySentNotice
    | VerdictRecordedNotice
    | NudgeNotice
    | RoutedNotice
    | RequestCancelledNotice
    | PeopleChangedNotice
    | DeliveryTroubleNotice
    | AssignedNotice
    | AcceptedNotice
    | ReminderNotice
    | LeaderAlertNotice
    | KeyMarkedNotice
    | MergedNotice
    | CalendarGapNotice
    | SupervisionAlertNotice
    | ExtensionRequestedNotice
    | ExtensionDecidedNotice
    | TransferRequestedNotice
    | TransferDecidedNotice
    | WeeklyRankingNotice
    | UnitWeeklyNotice
    | MonthlyReportNotice
  );

/** What the bot posts as a message: a notice, or several carried in one. */
export type PostedNotice = MessageNotice | GatheredNotice | DailySummaryNotice;

export type Notice =
  | PostedNotice
  | RankingChartNotice
  | StatisticsChartNotice
  | LedgerExportNotice
  | HandlingReportNotice
  | ImportTemplateNotice;
