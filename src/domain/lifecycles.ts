// The four lifecycles of DESIGN §1 (a suggestion, an assignment, a reply, a B-class commitment),
// every legal transition named: the one place that says what may happen when. `requireStep`
// (services/shared/require-step.ts) refuses an event a record's state does not allow.
import type { Transitions } from './state-machine.js';
import type { AssignmentStatus, ReplyStatus, SuggestionStatus, Verdict } from './vocabulary.js';

/**
 * A suggestion: assigned → in progress once a unit accepts → replied when the reply is sent →
 * closed (销号) on a 满意 / 基本满意 verdict with nothing promised still open, or evaluated (on the
 * follow-up ledger) until its last commitment is written off; 不满意 reopens it for a new round,
 * which ends with a reply like the first.
 */
export const suggestionEvents = ['accept', 'send_reply', 'close', 'follow_up', 'reopen', 'write_off_last'] as const;
export type SuggestionEvent = (typeof suggestionEvents)[number];

const suggestionLifecycle: Transitions<SuggestionStatus, SuggestionEvent> = {
  assigned: { accept: 'in_progress' },
  in_progress: { send_reply: 'replied' },
  replied: { close: 'closed', follow_up: 'evaluated', reopen: 'reopened' },
  evaluated: { write_off_last: 'closed' },
  reopened: { send_reply: 'replied' },
  closed: {},
};

/** The deputy's verdict, as what it does to the suggestion. */
export const verdictEvent = (verdict: Verdict, openCommitments: number): SuggestionEvent =>
  verdict === 'dissatisfied' ? 'reopen' : openCommitments > 0 ? 'follow_up' : 'close';

/**
 * An assignment: accepted by its unit, or ended by a transfer, a withdrawal, or 并案 (its
 * suggestion handled with another's; its history stays, and undoing the merge plans anew).
 */
export const assignmentEvents = ['accept', 'transfer', 'withdraw', 'merge'] as const;
export type AssignmentEvent = (typeof assignmentEvents)[number];

const assignmentLifecycle: Transitions<AssignmentStatus, AssignmentEvent> = {
  pending: { accept: 'accepted', transfer: 'transferred', withdraw: 'withdrawn', merge: 'merged' },
  accepted: { transfer: 'transferred', withdraw: 'withdrawn', merge: 'merged' },
  transferred: {},
  withdrawn: {},
  merged: {},
};

/**
 * A reply: drafted by the handler, then reviewed level by level (处室把关 → 分管领导审核 → 主要领导签发);
 * each approval passes it up, the last one approves it; a return sends it back to the handler,
 * who submits it again from the first level; once approved, the handler marks it sent.
 */
export const replyEvents = ['submit', 'approve', 'return', 'send'] as const;
export type ReplyEvent = (typeof replyEvents)[number];

const replyLifecycle: Transitions<ReplyStatus, ReplyEvent> = {
  draft: { submit: 'division_review' },
  division_review: { approve: 'leader_review', return: 'returned' },
  leader_review: { approve: 'head_review', return: 'returned' },
  head_review: { approve: 'approved', return: 'returned' },
  returned: { submit: 'division_review' },
  approved: { send: 'sent' },
  sent: {},
};

/** A B-class promise: open until written off (核销); on the follow-up ledger once the suggestion is otherwise done. */
const commitmentStates = ['open', 'followup', 'written_off'] as const;
export type CommitmentState = (typeof commitmentStates)[number];
export const commitmentEvents = ['carry', 'write_off'] as const;
export type CommitmentEvent = (typeof commitmentEvents)[number];

const commitmentLifecycle: Transitions<CommitmentState, CommitmentEvent> = {
  open: { carry: 'followup', write_off: 'written_off' },
  followup: { write_off: 'written_off' },
  written_off: {},
};

export const lifecycles = {
  suggestion: suggestionLifecycle,
  assignment: assignmentLifecycle,
  reply: replyLifecycle,
  commitment: commitmentLifecycle,
} as const;
export type Lifecycle = keyof typeof lifecycles;
export type StateOf<L extends Lifecycle> = (typeof lifecycles)[L] extends Transitions<infer State, string> ? State : never;
export type EventOf<L extends Lifecycle> = (typeof lifecycles)[L] extends Transitions<string, infer Event> ? Event : never;
