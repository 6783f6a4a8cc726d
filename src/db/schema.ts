// Every table of the ledger (DESIGN §1). The database refuses bad states itself: check constraints
// on every closed set and on date order, foreign keys, and the unique indexes the rules imply.
// Triggers that drizzle cannot express (one lead per suggestion at commit, append-only audit) live
// in the custom migration drizzle/0001_guards.sql; the triggers that count changes to the ledger in
// drizzle/0003_ledger_version_triggers.sql.
import { type AnyColumn, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  boolean,
  check,
  date,
  type ExtraConfigColumn,
  index,
  integer,
  json,
  jsonb,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import * as v from '../domain/vocabulary.js';
import { listOf } from './list-of.js';

const oneOf = (name: string, column: AnyColumn, values: readonly string[]) => check(name, sql`${column} in ${listOf(values)}`);

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const at = (name: string) => timestamp(name, { withTimezone: true });
const day = (name: string) => date(name, { mode: 'string' });

/** A batch of suggestions from one congress session, with its rule settings (DESIGN §2). */
export const sessions = pgTable(
  'sessions',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    isCurrent: boolean('is_current').notNull().default(false),
    settings: jsonb('settings').notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('sessions_name_unique').on(t.name),
    // There is at most one current session; the service creates the first one at start.
    uniqueIndex('sessions_one_current').on(t.isCurrent).where(sql`${t.isCurrent}`),
  ],
);

export const supervisors = pgTable('supervisors', {
  userId: text('user_id').primaryKey(),
  grantedBy: text('granted_by').notNull(),
  createdAt: createdAt(),
});

export const units = pgTable(
  'units',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    aliases: text('aliases').array().notNull().default(sql`'{}'::text[]`),
    channelId: text('channel_id'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('units_name_unique').on(t.name),
    uniqueIndex('units_channel_unique').on(t.channelId),
    check('units_name_not_blank', sql`length(trim(${t.name})) > 0`),
  ],
);

export const members = pgTable(
  'members',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    userId: text('user_id').notNull(),
    role: text('role', { enum: v.unitRoles }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('members_unit_user_role_unique').on(t.unitId, t.userId, t.role),
    index('members_user_idx').on(t.userId),
    oneOf('members_role_check', t.role, v.unitRoles),
  ],
);

export const suggestions = pgTable(
  'suggestions',
  {
    id: serial('id').primaryKey(),
    sessionId: integer('session_id')
      .notNull()
      .references(() => sessions.id),
    code: text('code').notNull(),
    title: text('title').notNull().default(''),
    leadDeputy: text('lead_deputy').notNull().default(''),
    coSigners: text('co_signers').array().notNull().default(sql`'{}'::text[]`),
    field: text('field').notNull().default(''),
    assignedOn: day('assigned_on').notNull(),
    statutoryDueOn: day('statutory_due_on').notNull(),
    internalDueOn: day('internal_due_on').notNull(),
    status: text('status', { enum: v.suggestionStatuses }).notNull().default('assigned'),
    round: integer('round').notNull().default(1),
    createdBy: text('created_by').notNull(),
    /** Assigned by an import (a 交办清单 of hundreds), not one by one: its acceptances send no receipt. */
    imported: boolean('imported').notNull().default(false),
    /** 重点督办: since when the office watches it closely (null: an ordinary suggestion), who marked it. */
    keySince: at('key_since'),
    keyMarkedBy: text('key_marked_by'),
    /** The leader who takes it on (领导领办), told of its lateness from the first day; none named is allowed. */
    keyLeaderUserId: text('key_leader_user_id'),
    /** The leader's instruction (批示) or the office's note, shown with it. */
    keyNote: text('key_note').notNull().default(''),
    /**
     * 并案: the suggestion it is handled with (the main one answers for both; this one keeps its own
     * code, deputy and verdict), since when and by whom; null while handled on its own.
     */
    mergedIntoId: integer('merged_into_id').references((): AnyPgColumn => suggestions.id),
    mergedAt: at('merged_at'),
    mergedBy: text('merged_by'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('suggestions_session_code_unique').on(t.sessionId, t.code),
    // Key suggestions are few and read by every reminder run and list.
    index('suggestions_key_idx').on(t.id).where(sql`${t.keySince} is not null`),
    index('suggestions_merged_into_idx').on(t.mergedIntoId).where(sql`${t.mergedIntoId} is not null`),
    check('suggestions_not_merged_into_itself', sql`${t.mergedIntoId} is null or ${t.mergedIntoId} <> ${t.id}`),
    check('suggestions_merge_consistent', sql`(${t.mergedIntoId} is null) = (${t.mergedAt} is null)`),
    check('suggestions_key_consistent', sql`${t.keySince} is not null or (${t.keyLeaderUserId} is null and ${t.keyMarkedBy} is null)`),
    // A code is looked up across sessions (the newest that has it): one still in handling from an
    // earlier session stays in reach after `/suggest session new`.
    index('suggestions_code_idx').on(t.code, t.sessionId),
    index('suggestions_status_idx').on(t.status),
    index('suggestions_created_by_idx').on(t.createdBy),
    oneOf('suggestions_status_check', t.status, v.suggestionStatuses),
    check('suggestions_due_after_assigned', sql`${t.statutoryDueOn} > ${t.assignedOn}`),
    check('suggestions_internal_before_statutory', sql`${t.internalDueOn} <= ${t.statutoryDueOn}`),
    check('suggestions_internal_after_assigned', sql`${t.internalDueOn} >= ${t.assignedOn}`),
    check('suggestions_round_positive', sql`${t.round} >= 1`),
    check('suggestions_code_not_blank', sql`length(trim(${t.code})) > 0`),
  ],
);

/** One suggestion × one unit; holds the 四个一 (leader, division, handler; the unit is the fourth). */
export const assignments = pgTable(
  'assignments',
  {
    id: serial('id').primaryKey(),
    suggestionId: integer('suggestion_id')
      .notNull()
      .references(() => suggestions.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    role: text('role', { enum: v.assignmentRoles }).notNull(),
    status: text('status', { enum: v.assignmentStatuses }).notNull().default('pending'),
    responsibleLeaderUserId: text('responsible_leader_user_id'),
    division: text('division'),
    handlerUserId: text('handler_user_id'),
    /** The day this unit was given the suggestion: the assignment day, or the day a transfer handed it over. */
    startedOn: day('started_on').notNull(),
    acceptedAt: at('accepted_at'),
    acceptedBy: text('accepted_by'),
    createdAt: createdAt(),
  },
  (t) => [
    // One live assignment per unit and suggestion; a transferred one stays as history.
    uniqueIndex('assignments_live_unit_unique')
      .on(t.suggestionId, t.unitId)
      .where(sql`${t.status} in ${listOf(v.liveAssignmentStatuses)}`),
    // At most one live lead; the trigger in 0001_guards.sql demands at least one at commit.
    uniqueIndex('assignments_one_live_lead')
      .on(t.suggestionId)
      .where(sql`${t.role} = 'lead' and ${t.status} in ${listOf(v.liveAssignmentStatuses)}`),
    index('assignments_suggestion_idx').on(t.suggestionId),
    // "What involves this person": index-only scans from a unit or a handler to its suggestions.
    index('assignments_live_by_unit_idx')
      .on(t.unitId, t.suggestionId)
      .where(sql`${t.status} in ${listOf(v.liveAssignmentStatuses)}`),
    index('assignments_live_by_handler_idx')
      .on(t.handlerUserId, t.suggestionId)
      .where(sql`${t.status} in ${listOf(v.liveAssignmentStatuses)}`),
    index('assignments_live_by_leader_idx')
      .on(t.responsibleLeaderUserId, t.suggestionId)
      .where(sql`${t.status} in ${listOf(v.liveAssignmentStatuses)}`),
    oneOf('assignments_role_check', t.role, v.assignmentRoles),
    oneOf('assignments_status_check', t.status, v.assignmentStatuses),
    check('assignments_accepted_consistent', sql`(${t.acceptedAt} is null) = (${t.acceptedBy} is null)`),
  ],
);

export const milestones = pgTable(
  'milestones',
  {
    id: serial('id').primaryKey(),
    assignmentId: integer('assignment_id')
      .notNull()
      .references(() => assignments.id),
    kind: text('kind', { enum: v.milestoneKinds }).notNull(),
    round: integer('round').notNull().default(1),
    plannedOn: day('planned_on').notNull(),
    remindFrom: day('remind_from'),
    doneAt: at('done_at'),
    doneBy: text('done_by'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('milestones_assignment_kind_round_unique').on(t.assignmentId, t.kind, t.round),
    index('milestones_open_planned_idx').on(t.plannedOn).where(sql`${t.doneAt} is null`),
    // The steps done after an instant: a past period's ranking counts them as still open then.
    index('milestones_done_at_idx').on(t.doneAt).where(sql`${t.doneAt} is not null`),
    // An assignment's open steps in date order, read without touching the table (lists, Home).
    index('milestones_open_steps_idx')
      .on(t.assignmentId, t.plannedOn)
      .where(sql`${t.doneAt} is null and ${t.kind} not in ${listOf(v.windowKinds)}`),
    oneOf('milestones_kind_check', t.kind, v.milestoneKinds),
    check('milestones_done_consistent', sql`(${t.doneAt} is null) = (${t.doneBy} is null)`),
    check('milestones_remind_not_after_planned', sql`${t.remindFrom} is null or ${t.remindFrom} <= ${t.plannedOn}`),
  ],
);

export const contacts = pgTable(
  'contacts',
  {
    id: serial('id').primaryKey(),
    assignmentId: integer('assignment_id')
      .notNull()
      .references(() => assignments.id),
    stage: text('stage', { enum: v.contactStages }).notNull(),
    mode: text('mode', { enum: v.contactModes }).notNull(),
    contactedOn: day('contacted_on').notNull(),
    note: text('note').notNull().default(''),
    loggedBy: text('logged_by').notNull(),
    /** The form that logged it (its view id): submitted again after a late answer, it stores nothing twice. */
    submissionKey: text('submission_key'),
    createdAt: createdAt(),
  },
  (t) => [
    index('contacts_assignment_idx').on(t.assignmentId),
    uniqueIndex('contacts_submission_key_unique').on(t.submissionKey),
    oneOf('contacts_stage_check', t.stage, v.contactStages),
    oneOf('contacts_mode_check', t.mode, v.contactModes),
  ],
);

/** A co-handling unit's opinion sent to the lead unit (会办意见). */
export const coOpinions = pgTable(
  'co_opinions',
  {
    id: serial('id').primaryKey(),
    assignmentId: integer('assignment_id')
      .notNull()
      .references(() => assignments.id),
    round: integer('round').notNull().default(1),
    body: text('body').notNull(),
    submittedBy: text('submitted_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('co_opinions_assignment_round_unique').on(t.assignmentId, t.round)],
);

export const replies = pgTable(
  'replies',
  {
    id: serial('id').primaryKey(),
    suggestionId: integer('suggestion_id')
      .notNull()
      .references(() => suggestions.id),
    round: integer('round').notNull().default(1),
    replyClass: text('reply_class', { enum: v.replyClasses }).notNull(),
    summary: text('summary').notNull(),
    documentUrl: text('document_url'),
    mayPublish: boolean('may_publish').notNull().default(false),
    status: text('status', { enum: v.replyStatuses }).notNull().default('draft'),
    /** Why a C-class reply cannot solve it now. */
    reason: text('reason'),
    /** Raised by every change: a decision made on an older version changes nothing (two reviewers, a double click). */
    version: integer('version').notNull().default(1),
    sentOn: day('sent_on'),
    /** The statutory deadline in force when it was sent (an extension or a new round moves the suggestion's own): whether it was answered on time. */
    statutoryDueOn: day('statutory_due_on'),
    /** 公开目录: the day the office marked a may-publish reply published, and who marked it; null until then. */
    publishedOn: day('published_on'),
    publishedBy: text('published_by'),
    draftedBy: text('drafted_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('replies_suggestion_round_unique').on(t.suggestionId, t.round),
    oneOf('replies_class_check', t.replyClass, v.replyClasses),
    oneOf('replies_status_check', t.status, v.replyStatuses),
    check('replies_sent_consistent', sql`(${t.status} = 'sent') = (${t.sentOn} is not null)`),
    check('replies_c_has_reason', sql`${t.replyClass} <> 'C' or length(trim(coalesce(${t.reason}, ''))) > 0`),
    check('replies_published_consistent', sql`(${t.publishedOn} is null) = (${t.publishedBy} is null)`),
    // Only a sent reply marked may-publish is published, and never before it was sent.
    check(
      'replies_published_when_public',
      sql`${t.publishedOn} is null or (${t.status} = 'sent' and ${t.mayPublish} and ${t.publishedOn} >= ${t.sentOn})`,
    ),
  ],
);

export const reviews = pgTable(
  'reviews',
  {
    id: serial('id').primaryKey(),
    replyId: integer('reply_id')
      .notNull()
      .references(() => replies.id),
    level: text('level', { enum: v.reviewLevels }).notNull(),
    decision: text('decision', { enum: v.reviewDecisions }).notNull(),
    comment: text('comment').notNull().default(''),
    reviewerUserId: text('reviewer_user_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('reviews_reply_idx').on(t.replyId),
    oneOf('reviews_level_check', t.level, v.reviewLevels),
    oneOf('reviews_decision_check', t.decision, v.reviewDecisions),
    check('reviews_return_has_comment', sql`${t.decision} = 'approve' or length(trim(${t.comment})) > 0`),
  ],
);

export const evaluations = pgTable(
  'evaluations',
  {
    id: serial('id').primaryKey(),
    suggestionId: integer('suggestion_id')
      .notNull()
      .references(() => suggestions.id),
    round: integer('round').notNull(),
    verdict: text('verdict', { enum: v.verdicts }).notNull(),
    note: text('note').notNull().default(''),
    // The 征询意见表's answers on each aspect of the handling, when the deputy gave them.
    communication: text('communication', { enum: v.verdicts }),
    attitude: text('attitude', { enum: v.verdicts }),
    result: text('result', { enum: v.verdicts }),
    recordedBy: text('recorded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('evaluations_suggestion_round_unique').on(t.suggestionId, t.round),
    oneOf('evaluations_verdict_check', t.verdict, v.verdicts),
    oneOf('evaluations_communication_check', t.communication, v.verdicts),
    oneOf('evaluations_attitude_check', t.attitude, v.verdicts),
    oneOf('evaluations_result_check', t.result, v.verdicts),
  ],
);

export const commitments = pgTable(
  'commitments',
  {
    id: serial('id').primaryKey(),
    replyId: integer('reply_id')
      .notNull()
      .references(() => replies.id),
    seq: integer('seq').notNull(),
    description: text('description').notNull(),
    dueOn: day('due_on').notNull(),
    writtenOffAt: at('written_off_at'),
    writtenOffBy: text('written_off_by'),
    carriedToFollowup: boolean('carried_to_followup').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('commitments_reply_seq_unique').on(t.replyId, t.seq),
    check('commitments_seq_positive', sql`${t.seq} >= 1`),
    check('commitments_written_off_consistent', sql`(${t.writtenOffAt} is null) = (${t.writtenOffBy} is null)`),
  ],
);

// A unit's request that a supervisor decides (延期, 调整): one pending request per assignment at a
// time, a reason, and a decision recorded with who and when.
const requestColumns = () => ({
  id: serial('id').primaryKey(),
  assignmentId: integer('assignment_id')
    .notNull()
    .references(() => assignments.id),
  reason: text('reason').notNull(),
  status: text('status', { enum: v.requestStatuses }).notNull().default('pending'),
  requestedBy: text('requested_by').notNull(),
  decidedBy: text('decided_by'),
  decidedAt: at('decided_at'),
  decisionNote: text('decision_note'),
  createdAt: createdAt(),
});

const requestRules = (
  table: string,
  t: { assignmentId: ExtraConfigColumn; status: AnyColumn; reason: AnyColumn; decidedAt: AnyColumn },
) => [
  uniqueIndex(`${table}_one_pending`).on(t.assignmentId).where(sql`${t.status} = 'pending'`),
  oneOf(`${table}_status_check`, t.status, v.requestStatuses),
  check(`${table}_reason_not_blank`, sql`length(trim(${t.reason})) > 0`),
  check(`${table}_decided_consistent`, sql`(${t.status} = 'pending') = (${t.decidedAt} is null)`),
];

export const extensionRequests = pgTable(
  'extension_requests',
  { ...requestColumns(), requestedDueOn: day('requested_due_on').notNull() },
  (t) => requestRules('extension_requests', t),
);

export const transferRequests = pgTable(
  'transfer_requests',
  { ...requestColumns(), toUnitId: integer('to_unit_id').references(() => units.id) },
  (t) => requestRules('transfer_requests', t),
);

/** Days the supervisors set against the published calendar (a new year's calendar comes late). */
export const calendarOverrides = pgTable(
  'calendar_overrides',
  {
    day: day('day').primaryKey(),
    kind: text('kind', { enum: v.calendarDayKinds }).notNull(),
    note: text('note').notNull().default(''),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [oneOf('calendar_overrides_kind_check', t.kind, v.calendarDayKinds)],
);

/**
 * 代理: while it runs (not ended, its last day not passed), the delegate receives the principal's
 * messages and may act in the principal's roles (DESIGN §3). At most one runs per person.
 */
export const delegations = pgTable(
  'delegations',
  {
    id: serial('id').primaryKey(),
    principalUserId: text('principal_user_id').notNull(),
    delegateUserId: text('delegate_user_id').notNull(),
    /** Its last day, in the office's zone. */
    until: day('until').notNull(),
    /** The instant that day ends in the office's zone: running means not ended and before this. */
    endsAt: at('ends_at').notNull(),
    createdAt: createdAt(),
    endedAt: at('ended_at'),
    /** Who ended it early; null while it runs or when its date passed. */
    endedBy: text('ended_by'),
  },
  (t) => [
    uniqueIndex('delegations_one_open_per_principal').on(t.principalUserId).where(sql`${t.endedAt} is null`),
    index('delegations_open_by_delegate_idx').on(t.delegateUserId).where(sql`${t.endedAt} is null`),
    check('delegations_not_to_self', sql`${t.principalUserId} <> ${t.delegateUserId}`),
    check('delegations_ended_by_needs_end', sql`${t.endedBy} is null or ${t.endedAt} is not null`),
    check('delegations_ends_after_start', sql`${t.endsAt} > ${t.createdAt}`),
  ],
);

/**
 * What the workspace last said of a person (users.info): their name beside their ID in the exported
 * ledger. A cache that no cached answer reads, so it does not count as a change to the ledger.
 */
export const people = pgTable('people', {
  userId: text('user_id').primaryKey(),
  name: text('name').notNull(),
  active: boolean('active').notNull(),
  checkedAt: at('checked_at').notNull(),
});

/**
 * Every signed Slack request served, by a hash of its signature, while it could still be replayed
 * (Slack's 5-minute window): shared by every instance and kept across restarts, so a captured
 * request is served once in all. Swept as it ages out.
 */
export const seenRequests = pgTable(
  'seen_requests',
  {
    signatureHash: text('signature_hash').primaryKey(),
    sentAt: at('sent_at').notNull(),
  },
  (t) => [index('seen_requests_sent_at_idx').on(t.sentAt)],
);

/** Append-only: a trigger in 0001_guards.sql refuses update and delete. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    actor: text('actor').notNull(),
    /** For a delegate's act: the people they stood in for at that moment (代理). */
    onBehalfOf: text('on_behalf_of').array(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    at: at('at').notNull(),
  },
  (t) => [index('audit_events_entity_idx').on(t.entity, t.entityId)],
);

/**
 * One row counting the committed changes to the ledger's tables: a trigger on each of them adds
 * one at the changing transaction's commit (0003_ledger_version_triggers.sql). While the
 * count stays the same, nothing an answer reads has changed (see services/suggestions/answer-cache.ts).
 */
export const ledgerVersion = pgTable(
  'ledger_version',
  {
    id: smallint('id').primaryKey(),
    changes: bigint('changes', { mode: 'number' }).notNull(),
  },
  (t) => [check('ledger_version_single_row', sql`${t.id} = 1`)],
);

/** Every message to Slack after the ack: written with its change, sent once by the dispatcher. */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    idempotencyKey: text('idempotency_key').notNull(),
    method: text('method').notNull(),
    channel: text('channel').notNull(),
    // json, not jsonb: written once, read whole, never queried inside; storing the text as given
    // makes the daily job's bulk write of reminders markedly cheaper (docs/PERFORMANCE.md).
    payload: json('payload').notNull(),
    status: text('status', { enum: v.outboxStatuses }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** Refusals of this message by Slack: a few make it dead, or a day's worth for one someone can put right (not_in_channel …). */
    permanentFailures: integer('permanent_failures').notNull().default(0),
    claimedBy: text('claimed_by'),
    /** Set when an attempt ended without knowing whether Slack posted it (timeout, crash). */
    maybeSent: boolean('maybe_sent').notNull().default(false),
    firstAttemptAt: at('first_attempt_at'),
    notBefore: at('not_before').notNull().defaultNow(),
    leaseUntil: at('lease_until'),
    lastError: text('last_error'),
    result: jsonb('result'),
    sentAt: at('sent_at'),
    createdAt: createdAt(),
    /** Asks its reader to act: waits the notice window for others to the same reader, and goes with them as one message. */
    gathers: boolean('gathers').notNull().default(false),
    /** The row whose message carries this one's notice (a gathered message, a digest or a roll-up). */
    gatheredInto: bigint('gathered_into', { mode: 'number' }).references((): AnyPgColumn => outbox.id),
    /** The key of the channel post in whose thread this one is a reply. */
    threadOf: text('thread_of'),
  },
  (t) => [
    uniqueIndex('outbox_idempotency_key_unique').on(t.idempotencyKey),
    index('outbox_ready_idx').on(t.notBefore).where(sql`${t.status} in ('pending', 'sending')`),
    index('outbox_held_idx').on(t.channel).where(sql`${t.status} = 'held'`),
    index('outbox_gathering_idx').on(t.channel).where(sql`${t.status} = 'pending' and ${t.gathers} and ${t.attempts} = 0`),
    index('outbox_gathered_into_idx').on(t.gatheredInto),
    // What Slack refused or what died: few rows, read by the office's Home, /suggest outbox and the telling of trouble.
    index('outbox_trouble_idx').on(t.channel, t.createdAt).where(sql`${t.status} = 'dead' or ${t.permanentFailures} > 0`),
    // A person's ledger exports, for the throttle.
    index('outbox_exports_idx').on(t.channel, t.createdAt).where(sql`${t.idempotencyKey} like 'export:%'`),
    check('outbox_gathered_consistent', sql`(${t.status} = 'gathered') = (${t.gatheredInto} is not null)`),
    oneOf('outbox_status_check', t.status, v.outboxStatuses),
    check('outbox_sent_consistent', sql`(${t.status} = 'sent') = (${t.sentAt} is not null)`),
  ],
);

/** When each channel may next receive a message: shared by every dispatcher instance. */
export const outboxChannelPace = pgTable('outbox_channel_pace', {
  channel: text('channel').primaryKey(),
  nextSendAt: at('next_send_at').notNull(),
});

/** One row per scheduled fire of a job: the unique key makes each fire run once across instances. */
export const jobRuns = pgTable(
  'job_runs',
  {
    id: serial('id').primaryKey(),
    job: text('job').notNull(),
    scheduledFor: at('scheduled_for').notNull(),
    status: text('status', { enum: v.jobRunStatuses }).notNull().default('running'),
    instance: text('instance').notNull(),
    startedAt: at('started_at').notNull(),
    finishedAt: at('finished_at'),
    detail: jsonb('detail'),
  },
  (t) => [uniqueIndex('job_runs_job_fire_unique').on(t.job, t.scheduledFor), oneOf('job_runs_status_check', t.status, v.jobRunStatuses)],
);
