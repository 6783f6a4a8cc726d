// The closed sets of the domain (DESIGN §1–§3). The schema turns each into a check constraint, and
// zod schemas and catalogs key on the same words, so a new value is added in one place.

export const unitRoles = ['liaison', 'handler', 'division', 'leader', 'head', 'member'] as const;
export type UnitRole = (typeof unitRoles)[number];

/**
 * Roles that answer for everything their unit handles. A liaison's or a leader's own work is the
 * unit's; a handler's (or a member's) is only the assignments they handle.
 */
export const unitWideRoles: readonly UnitRole[] = ['liaison', 'division', 'leader', 'head'];

/** A division's name as a unit writes it (综合处, 第二业务处): one line, short. */
export const divisionNameLengthAtMost = 30;

export const assignmentRoles = ['lead', 'co'] as const;
export type AssignmentRole = (typeof assignmentRoles)[number];

/** pending → accepted; transferred/withdrawn end an assignment without deleting its history. */
export const assignmentStatuses = ['pending', 'accepted', 'transferred', 'withdrawn', 'merged'] as const;
export type AssignmentStatus = (typeof assignmentStatuses)[number];

/** Assignments still in force: only these count, notify, and give their unit sight. */
export const liveAssignmentStatuses: readonly AssignmentStatus[] = ['pending', 'accepted'];
export const isLiveAssignment = (status: AssignmentStatus): boolean => liveAssignmentStatuses.includes(status);

export const suggestionStatuses = ['assigned', 'in_progress', 'replied', 'evaluated', 'closed', 'reopened'] as const;
export type SuggestionStatus = (typeof suggestionStatuses)[number];

/**
 * A suggestion whose round the lead unit has still to answer: what feeds the answer (a co-unit's
 * 签收 and opinion) is owed only while it is in one of these.
 */
export const answeringStatuses: readonly SuggestionStatus[] = ['assigned', 'in_progress', 'reopened'];
export const isAnswering = (status: SuggestionStatus): boolean => answeringStatuses.includes(status);

/** Milestone kinds in the order an assignment meets them (DESIGN §2). */
export const milestoneKinds = [
  'accept', // 签收
  'transfer_window', // 申请调整 window closes
  'pre_contact', // 办前沟通
  'co_opinion', // 会办意见
  'draft', // 初稿
  'division_review', // 处室把关
  'leader_review', // 分管领导审核
  'head_signoff', // 主要领导签发
  'reply', // 答复
  'feedback', // 办后反馈
] as const;
export type MilestoneKind = (typeof milestoneKinds)[number];

/**
 * Nodes that mark when a window closes (the last day to ask for a transfer) rather than a step
 * someone does: nobody marks them done, so they are never overdue and never anyone's next step.
 */
export const windowKinds: ReadonlySet<MilestoneKind> = new Set(['transfer_window']);

/**
 * Steps the reply's own way completes: 会办意见 by sending the opinion, 初稿 by submitting the
 * reply, each review by its approval, 答复 by marking the reply sent, 办后反馈 by the deputy's
 * verdict. Marked done by hand, the step would say done while nothing was sent, so they have no
 * 完成 button; the two written in a form have a button that opens it.
 */
export const chainKinds: ReadonlySet<MilestoneKind> = new Set([
  'co_opinion',
  'draft',
  'division_review',
  'leader_review',
  'head_signoff',
  'reply',
  'feedback',
]);

export const contactStages = ['before', 'during', 'after'] as const;
export const contactModes = ['in_person', 'phone', 'forum', 'visit', 'online'] as const;
export const replyClasses = ['A', 'B', 'C', 'D'] as const;
export type ReplyClass = (typeof replyClasses)[number];
/** A reply's states: drafted, at one of the three review levels, sent back, signed off, sent (domain/lifecycles.ts). */
export const replyStatuses = ['draft', 'division_review', 'leader_review', 'head_review', 'returned', 'approved', 'sent'] as const;
export type ReplyStatus = (typeof replyStatuses)[number];
export const reviewLevels = ['division', 'leader', 'head'] as const;
export type ReviewLevel = (typeof reviewLevels)[number];
export const reviewDecisions = ['approve', 'return'] as const;
export const verdicts = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export type Verdict = (typeof verdicts)[number];
/** What a 征询意见表 asks the deputy about besides the whole: the contact, the unit's attitude, the result. */
export const verdictAspects = ['communication', 'attitude', 'result'] as const;
export type VerdictAspect = (typeof verdictAspects)[number];
/** cancelled: the assignment or round it was about was replaced before anyone decided it. */
export const requestStatuses = ['pending', 'approved', 'refused', 'cancelled'] as const;
export const calendarDayKinds = ['workday', 'holiday'] as const;
export type CalendarDayKind = (typeof calendarDayKinds)[number];
/**
 * An outbox row's life. `held`: a notice that asks nothing, waiting for its reader's daily digest
 * or roll-up; `gathered`: carried by another row's message (a gathered message, a digest), named
 * in its `gathered_into`.
 */
export const outboxStatuses = ['pending', 'sending', 'sent', 'dead', 'held', 'gathered'] as const;
export const jobRunStatuses = ['running', 'succeeded', 'failed'] as const;

/** Files made when they are sent, reading the whole session, which a person asks for: the ledger, the 办理情况报告. */
export const askedFiles = ['ledger', 'report'] as const;
export type AskedFile = (typeof askedFiles)[number];
