// The 台账 as its parts, in the shape the workbook lays out (services/reports/read-ledger.ts reads
// it from the database): a plain value, so that the workbook writer depends on nothing above it.
import type { CalendarDate } from '../domain/calendar-date.js';
import type {
  AssignmentRole,
  AssignmentStatus,
  contactModes,
  contactStages,
  MilestoneKind,
  ReplyClass,
  ReplyStatus,
  ReviewLevel,
  SuggestionStatus,
  Verdict,
  VerdictAspect,
} from '../domain/vocabulary.js';

/** The 台账 of the current session and what earlier ones left open, each part in its order, for what the reader may see. */
export interface Ledger {
  sessionName: string;
  /** The suggestions the 统计 sheet counts (the current session's, in the office's whole ledger); no sheet without it. */
  figuresOf?: number[];
  /** The names the workspace gave the people in it, by Slack id; a person without one shows by id alone. */
  names?: Readonly<Record<string, string>>;
  suggestions: Array<{
    id: number;
    code: string;
    title: string;
    leadDeputy: string;
    coSigners: string[];
    field: string;
    status: SuggestionStatus;
    round: number;
    assignedOn: CalendarDate;
    internalDueOn: CalendarDate;
    statutoryDueOn: CalendarDate;
    /** 重点督办: its leader (领导领办) and instruction (批示); null for an ordinary suggestion. */
    key: { leaderUserId: string | null; note: string } | null;
    /** 并案: the suggestion it is handled with, whose lead unit answers it; null while on its own. */
    mergedIntoId: number | null;
  }>;
  assignments: Array<{
    suggestionId: number;
    unitName: string;
    role: AssignmentRole;
    status: AssignmentStatus;
    handlerUserId: string | null;
    division: string | null;
    responsibleLeaderUserId: string | null;
    startedOn: CalendarDate;
    acceptedAt: Date | null;
    nodes: Array<{ kind: MilestoneKind; round: number; plannedOn: CalendarDate; doneAt: Date | null; doneBy: string | null }>;
  }>;
  contacts: Array<{
    suggestionId: number;
    unitName: string;
    stage: (typeof contactStages)[number];
    mode: (typeof contactModes)[number];
    contactedOn: CalendarDate;
    note: string;
    loggedBy: string;
  }>;
  opinions: Array<{ suggestionId: number; unitName: string; round: number; body: string; submittedBy: string; createdAt: Date }>;
  replies: Array<{
    id: number;
    suggestionId: number;
    round: number;
    replyClass: ReplyClass;
    status: ReplyStatus;
    summary: string;
    documentUrl: string | null;
    mayPublish: boolean;
    reason: string | null;
    draftedBy: string;
    sentOn: CalendarDate | null;
    /** The statutory deadline in force when it was sent. */
    statutoryDueOn: CalendarDate | null;
    /** 公开目录: the day a sent may-publish reply is to be published by, and the day the office published it. */
    publishBy: CalendarDate | null;
    publishedOn: CalendarDate | null;
  }>;
  reviews: Array<{
    replyId: number;
    level: ReviewLevel;
    decision: 'approve' | 'return';
    comment: string;
    reviewerUserId: string;
    createdAt: Date;
  }>;
  verdicts: Array<{
    suggestionId: number;
    round: number;
    verdict: Verdict;
    /** A 征询意见表's answers on each aspect; null where it gave none (or the verdict came another way). */
    aspects: Record<VerdictAspect, Verdict | null>;
    note: string;
    recordedBy: string;
    createdAt: Date;
  }>;
  commitments: Array<{
    replyId: number;
    seq: number;
    description: string;
    dueOn: CalendarDate;
    writtenOffAt: Date | null;
    writtenOffBy: string | null;
    carriedToFollowup: boolean;
  }>;
}

/** Every person the ledger names, by Slack id: whose names it shows beside them. */
export function peopleIn(ledger: Ledger): string[] {
  const ids = [
    ...ledger.assignments.flatMap((a) => [a.handlerUserId, a.responsibleLeaderUserId]),
    ...ledger.contacts.map((c) => c.loggedBy),
    ...ledger.opinions.map((o) => o.submittedBy),
    ...ledger.replies.map((r) => r.draftedBy),
    ...ledger.reviews.map((v) => v.reviewerUserId),
    ...ledger.verdicts.map((e) => e.recordedBy),
    ...ledger.commitments.map((k) => k.writtenOffBy),
  ];
  return [...new Set(ids.filter((id): id is string => id !== null))];
}
