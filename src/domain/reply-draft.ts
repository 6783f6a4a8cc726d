// What a reply (答复) must hold before it goes to review (DESIGN §1): a class the session uses; a
// B-class reply at least one dated commitment (承诺事项), and only a B-class one any; a C-class
// reply the reason it cannot be solved now; a document link, when given, that is a web address.
import { type CalendarDate, readCalendarDate } from './calendar-date.js';
import type { SessionSettings } from './settings.js';
import type { ReplyClass } from './vocabulary.js';

export interface CommitmentDraft {
  description: string;
  dueOn: CalendarDate;
}

export interface ReplyDraft {
  replyClass: ReplyClass;
  summary: string;
  documentUrl: string | null;
  mayPublish: boolean;
  reason: string | null;
  commitments: CommitmentDraft[];
}

export type ReplyDraftProblem =
  | { code: 'class_not_used'; given: ReplyClass; classes: ReplyClass[] }
  | { code: 'commitments_needed' }
  | { code: 'commitments_only_b' }
  | { code: 'reason_needed' }
  | { code: 'commitment_due_past'; dueOn: CalendarDate }
  | { code: 'bad_document_url'; given: string };

export function checkReplyDraft(draft: ReplyDraft, settings: SessionSettings, today: CalendarDate): ReplyDraftProblem | undefined {
  if (!settings.replyClasses.includes(draft.replyClass))
    return { code: 'class_not_used', given: draft.replyClass, classes: [...settings.replyClasses] };
  if (draft.replyClass === 'B' && draft.commitments.length === 0) return { code: 'commitments_needed' };
  if (draft.replyClass !== 'B' && draft.commitments.length > 0) return { code: 'commitments_only_b' };
  if (draft.replyClass === 'C' && !draft.reason?.trim()) return { code: 'reason_needed' };
  const past = draft.commitments.find((c) => c.dueOn < today);
  if (past) return { code: 'commitment_due_past', dueOn: past.dueOn };
  if (draft.documentUrl !== null && !isWebAddress(draft.documentUrl)) return { code: 'bad_document_url', given: draft.documentUrl };
  return undefined;
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Commitments as typed in the reply form, one a line: the date it is due, then what is promised
 * (`2027-06-30 完成二期工程`). Blank lines are skipped; a line without a date is the one to fix.
 */
export function parseCommitmentLines(text: string): { commitments: CommitmentDraft[] } | { badLine: string } {
  const commitments: CommitmentDraft[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const match = /^(\S+)[\s\u3000]+(.+)$/u.exec(line);
    const dueOn = match ? readCalendarDate(match[1]!) : undefined;
    if (!match || !dueOn) return { badLine: line };
    commitments.push({ dueOn, description: match[2]!.trim() });
  }
  return { commitments };
}
