// Inputs for the pure view builders, shaped like what the services return.
import { expect } from 'vitest';
import type { AcceptedNotice, AssignedNotice } from '../../../src/domain/notices.js';
import type { PublicationItem } from '../../../src/domain/publication.js';
import type { ReminderItem } from '../../../src/domain/reminders.js';
import type { MilestoneKind } from '../../../src/domain/vocabulary.js';
import type { SuggestionLine, SuggestionList } from '../../../src/services/suggestions/list-suggestions.js';
import type { SuggestionDetail } from '../../../src/services/suggestions/show-suggestion.js';
import { findBlockKitViolations } from '../../../tools/slack-stand-in/block-kit-limits.js';

/** Fails with Slack's own complaints when a message would be refused. */
export function expectValidMessage(message: { text: string; blocks: unknown[] }): void {
  expect(findBlockKitViolations('message', message)).toEqual([]);
}

export function expectValidView(surface: 'modal' | 'home', view: unknown): void {
  expect(findBlockKitViolations(surface, { view })).toEqual([]);
}

export const longText = (length: number, unit = '河湖长制') => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

export const line = (over: Partial<SuggestionLine> = {}): SuggestionLine => ({
  code: '2026-0101',
  title: '关于推进河湖长制的建议',
  status: 'in_progress',
  leadUnit: '省水利厅',
  statutoryDueOn: '2026-06-02',
  nextNodeOn: '2026-03-05',
  overdueNodes: 2,
  isKey: false,
  mergedInto: null,
  ...over,
});

export const list = (lines: SuggestionLine[], over: Partial<SuggestionList> = {}): SuggestionList => ({
  filter: { kind: 'open' },
  total: lines.length,
  lines,
  ...over,
});

export const milestoneKindsOfLead: MilestoneKind[] = [
  'accept',
  'transfer_window',
  'pre_contact',
  'draft',
  'division_review',
  'leader_review',
  'head_signoff',
  'reply',
  'feedback',
];

type Assignment = SuggestionDetail['assignments'][number];

export const assignment = (over: Partial<Assignment> = {}): Assignment => ({
  id: 1,
  unitName: '省水利厅',
  role: 'lead',
  status: 'pending',
  handlerUserId: null,
  acceptedAt: null,
  mayAccept: false,
  mayComplete: false,
  milestones: [],
  ...over,
});

export const noHistory: SuggestionDetail['history'] = { contacts: [], opinions: [], replies: [], evaluations: [] };

export const detail = (
  assignments: Assignment[],
  over: Partial<SuggestionDetail['suggestion']> = {},
  history: SuggestionDetail['history'] = noHistory,
): SuggestionDetail => ({
  suggestion: {
    id: 100,
    code: '2026-0101',
    title: '关于推进河湖长制的建议',
    leadDeputy: '张三',
    assignedOn: '2026-03-02',
    statutoryDueOn: '2026-06-02',
    internalDueOn: '2026-05-18',
    status: 'in_progress',
    createdBy: 'U0SUP',
    round: 1,
    isKey: false,
    keyLeaderUserId: null,
    keyNote: '',
    mergedInto: null,
    mergedHere: [],
    ...over,
  },
  assignments,
  history,
  replyActions: null,
  verdictActions: null,
});

export const assignedNotice = (over: Partial<AssignedNotice> = {}): AssignedNotice => ({
  type: 'assigned',
  audience: 'handler',
  assignmentId: 42,
  suggestionId: 7,
  role: 'lead',
  code: '2026-0101',
  title: '关于推进河湖长制的建议',
  leadDeputy: '张三',
  unitName: '省水利厅',
  leadUnitName: '省水利厅',
  coUnitNames: ['省民政厅', '省财政厅'],
  handlerUserId: 'U0HANDLER',
  assignedBy: 'U0SUP',
  acceptBy: '2026-03-05',
  opinionBy: null,
  statutoryDueOn: '2026-06-02',
  internalDueOn: '2026-05-18',
  ...over,
});

export const acceptedNotice = (over: Partial<AcceptedNotice> = {}): AcceptedNotice => ({
  type: 'accepted',
  code: '2026-0101',
  title: '关于推进河湖长制的建议',
  unitName: '省水利厅',
  role: 'lead',
  acceptedBy: 'U0LIAISON',
  acceptedOn: '2026-03-05',
  plannedOn: '2026-03-05',
  ...over,
});

export const reminderItem = (over: Partial<ReminderItem> = {}): ReminderItem => ({
  milestoneId: 1,
  kind: 'pre_contact',
  plannedOn: '2026-12-10',
  assignmentId: 10,
  role: 'lead',
  suggestionId: 100,
  code: '2026-0107',
  title: '关于农村饮水安全的建议',
  unitName: '省水利厅',
  statutoryDueOn: '2027-02-01',
  urgency: { dueIn: 2 },
  ...over,
});

/** A may-publish reply as a line of the 公开目录 or of the office's alert. */
export const publicationItem = (over: Partial<PublicationItem> = {}): PublicationItem => ({
  replyId: 7,
  suggestionId: 100,
  code: '2026-0107',
  title: '关于农村饮水安全的建议',
  round: 1,
  unitName: '省水利厅',
  replyClass: 'A',
  sentOn: '2026-11-10',
  publishedOn: null,
  publishedBy: null,
  publishBy: '2026-12-08',
  urgency: { dueIn: 0 },
  ...over,
});
