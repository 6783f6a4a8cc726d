// Every action_id, callback_id and block_id, shared by the view that sets it and the listener
// that reads it.
export const actionIds = {
  acceptAssignment: 'assignment.accept',
  showDetails: 'suggestion.details',
  completeMilestone: 'milestone.complete',
  snoozeMilestone: 'milestone.snooze',
  approveExtension: 'extension.approve',
  nudgeCoUnit: 'assignment.nudge',
  refuseExtension: 'extension.refuse',
  requestTransfer: 'assignment.transfer',
  reassignTransfer: 'transfer.reassign',
  refuseTransfer: 'transfer.refuse',
  requestExtension: 'suggestion.extend',
  logContact: 'suggestion.contact',
  homePage: 'home.page',
  /** A button of the Home tab that does what a /suggest subcommand does (the value is its text). */
  homeCommand: 'home.command',
  approveReply: 'reply.approve',
  returnReply: 'reply.return',
  markReplySent: 'reply.send',
  markReplyPublished: 'reply.published',
  acceptAllAssignments: 'assignment.accept_all',
  writeOpinion: 'opinion.write',
  writeReply: 'reply.write',
  openReminderGroup: 'reminder.group',
  openReviewQueue: 'reply.review_queue',
  openScoreBreakdown: 'rank.breakdown',
  routeAssignment: 'assignment.route',
  resendMessage: 'outbox.resend',
  resendAllMessages: 'outbox.resend_all',
  recordSatisfied: 'verdict.satisfied',
  recordBasicallySatisfied: 'verdict.basically_satisfied',
  recordDissatisfied: 'verdict.dissatisfied',
} as const;

/** The first block of a notice carried in a gathered message: its key, so it can be told apart. */
export const carriedBlockId = (key: string, index: number): string => `carried:${index}:${key}`.slice(0, 255);

/** A list of row ids as a button's value (base 36, within Slack's 2,000 characters); how many it holds. */
export function idListValue(ids: readonly number[]): { text: string; count: number } {
  const parts: string[] = [];
  let length = 0;
  for (const id of ids) {
    const part = id.toString(36);
    if (length + part.length + 1 > 2000) break;
    parts.push(part);
    length += part.length + 1;
  }
  return { text: parts.join('.'), count: parts.length };
}

/** The ids of an idListValue; undefined when the value is not one. */
export function idsOfListValue(value: string): number[] | undefined {
  if (!/^[0-9a-z]+(\.[0-9a-z]+)*$/.test(value)) return undefined;
  return value.split('.').map((part) => Number.parseInt(part, 36));
}

/** A button's value naming a row as it was when the message was written (read by versionedRowId). */
export const versionedValue = (row: { id: number; version: number }): string => `${row.id}:${row.version}`;

/** A verdict button's value, and the 不满意 form's private_metadata: the suggestion and the round it was written for. */
export const roundValue = (row: { suggestionId: number; round: number }): string => `${row.suggestionId}:${row.round}`;

/** 查看清单's value: the step and the date its group shares (read back by the button's listener). */
export const reminderGroupValue = (group: { kind: string; plannedOn: string }): string => `${group.kind}:${group.plannedOn}`;

/**
 * Slack wants each action_id once per actions block: several buttons of one kind in one block
 * (a 完成 for each step in `show`) carry a suffix, and their listener matches it.
 */
export const suffixedActionId = (actionId: string, n: number) => `${actionId}:${n}`;
/** The action_id a listener knows, without the suffix. */
export const baseActionId = (actionId: string) => actionId.replace(/:\d+$/, '');

export const callbackIds = {
  scoreBreakdown: 'rank.breakdown',
  assignModal: 'assign.modal',
  assignDone: 'assign.done',
  contactModal: 'contact.modal',
  transferModal: 'transfer.modal',
  extensionModal: 'extension.modal',
  reassignModal: 'reassign.modal',
  formDone: 'form.done',
  opinionModal: 'opinion.modal',
  replyModal: 'reply.modal',
  returnModal: 'reply.return.modal',
  importModal: 'import.modal',
  importConfirm: 'import.confirm',
  importChecking: 'import.checking',
  reminderGroup: 'reminder.group.modal',
  reviewQueue: 'reply.review_queue.modal',
  routeModal: 'route.modal',
  verdictModal: 'verdict.modal',
} as const;

/** Input blocks of the 分办 form; each holds one element whose action_id is 'value'. */
export const routeModalBlocks = { handler: 'route.handler', division: 'route.division', leader: 'route.leader' } as const;

/** The import form's one input: the file (a 交办清单 or a 征询意见表). */
export const importModalBlocks = { file: 'import.file' } as const;

/** Input blocks of the assignment modal; each holds one element whose action_id is 'value'. */
export const assignModalBlocks = {
  code: 'assign.code',
  title: 'assign.title',
  deputy: 'assign.deputy',
  lead: 'assign.lead',
  co: 'assign.co',
  handler: 'assign.handler',
  due: 'assign.due',
} as const;

export const inputActionId = 'value';

/** Input blocks of the 记录沟通 form; each holds one element whose action_id is 'value'. */
export const contactModalBlocks = {
  stage: 'contact.stage',
  mode: 'contact.mode',
  date: 'contact.date',
  note: 'contact.note',
} as const;

/** The 申请调整 form's one input. */
export const transferModalBlocks = { reason: 'transfer.reason' } as const;

/** The 改派 form: the unit that takes the suggestion over, and optionally its handler. */
export const reassignModalBlocks = { unit: 'reassign.unit', handler: 'reassign.handler' } as const;

/** The 申请延期 form: the deadline asked for and why. */
export const extensionModalBlocks = { due: 'extension.due', reason: 'extension.reason' } as const;

/** The 会办意见 form's one input. */
export const opinionModalBlocks = { body: 'opinion.body' } as const;

/** The 答复 form. */
export const replyModalBlocks = {
  replyClass: 'reply.class',
  summary: 'reply.summary',
  documentUrl: 'reply.document',
  mayPublish: 'reply.publish',
  commitments: 'reply.commitments',
  reason: 'reply.reason',
} as const;

/** The 不满意 form's one input: the deputy's reasons. */
export const verdictModalBlocks = { reasons: 'verdict.reasons' } as const;

/** The 退回修改 form's one input. */
export const returnModalBlocks = { comment: 'return.comment' } as const;

/**
 * 得分明细's value: the unit (none on a ranking: every unit the clicker may see), the period its
 * score was published for, and the page of the list (none: the first).
 */
export const scoreBreakdownValue = (unitId: number | undefined, from: string, to: string, page?: number): string =>
  `${unitId ?? ''}:${from}:${to}${page ? `:${page}` : ''}`;
