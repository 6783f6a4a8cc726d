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
  approveReply: 'reply.approve',
  returnReply: 'reply.return',
  markReplySent: 'reply.send',
  writeOpinion: 'opinion.write',
  writeReply: 'reply.write',
} as const;

/** A button's value naming a row as it was when the message was written (read by versionedRowId). */
export const versionedValue = (row: { id: number; version: number }): string => `${row.id}:${row.version}`;

/**
 * Slack wants each action_id once per actions block: several buttons of one kind in one block
 * (a 完成 for each step in `show`) carry a suffix, and their listener matches it.
 */
export const suffixedActionId = (actionId: string, n: number) => `${actionId}:${n}`;
/** The action_id a listener knows, without the suffix. */
export const baseActionId = (actionId: string) => actionId.replace(/:\d+$/, '');

export const callbackIds = {
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
} as const;

/** The import form's one input: the 交办清单 file. */
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

/** The 退回修改 form's one input. */
export const returnModalBlocks = { comment: 'return.comment' } as const;
