// Suggestions brought to where the deputy's verdict is awaited, by the service verbs: accepted by
// the lead unit, a reply drafted, taken through the three review levels and marked sent. For
// end-to-end tests whose subject is what comes after (the verdict's buttons, a 征询意见表).
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../src/db/client.js';
import { replies } from '../../src/db/schema.js';
import type { ReplyDraft } from '../../src/domain/reply-draft.js';
import { acceptAssignment } from '../../src/services/assignments/accept-assignment.js';
import { reviewReply } from '../../src/services/replies/review-reply.js';
import { sendReply } from '../../src/services/replies/send-reply.js';
import { submitReply } from '../../src/services/replies/submit-reply.js';
import { findSuggestion } from '../../src/services/suggestions/find-suggestion.js';
import { contextOf } from './fixtures.js';

/** The lead unit's people the way goes through: its liaison signs, the handler drafts and sends, three levels approve. */
export interface ReplyPeople {
  liaison: string;
  handler: string;
  division: string;
  leader: string;
  head: string;
}

export const replyOfClass = (replyClass: 'A' | 'B', mayPublish = false): ReplyDraft => ({
  replyClass,
  summary: replyClass === 'A' ? '已完成改造' : '二期工程已列入明年计划',
  documentUrl: null,
  mayPublish,
  reason: null,
  commitments: replyClass === 'B' ? [{ dueOn: '2026-09-30', description: '完成二期立项' }] : [],
});

/**
 * The suggestion's current round answered and sent, as of `at`: accepted first if it is not yet
 * (a round opened by 不满意 is in hand already); marked may-publish when asked. Resolves to the suggestion's id.
 */
export async function sendReplyOf(
  db: Database,
  code: string,
  people: ReplyPeople,
  at: Date,
  replyClass: 'A' | 'B' = 'A',
  mayPublish = false,
): Promise<number> {
  const suggestion = await findSuggestion(db, code, people.liaison);
  if (suggestion.status === 'assigned') await acceptAssignment(contextOf(db, people.liaison, at), { code });
  await submitReply(contextOf(db, people.handler, at), { suggestionId: suggestion.id, draft: replyOfClass(replyClass, mayPublish) });
  const current = async () =>
    (await db.select().from(replies).where(eq(replies.suggestionId, suggestion.id)).orderBy(asc(replies.round))).at(-1)!;
  for (const by of [people.division, people.leader, people.head]) {
    const reply = await current();
    await reviewReply(contextOf(db, by, at), { replyId: reply.id, version: reply.version, decision: 'approve', comment: '' });
  }
  const signed = await current();
  await sendReply(contextOf(db, people.handler, at), { replyId: signed.id, version: signed.version });
  return suggestion.id;
}
