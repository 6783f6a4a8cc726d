import { desc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { replies, reviews } from '../../db/schema.js';
import { refuse } from '../shared/service-error.js';

/**
 * Refuses a change to a reply someone changed first (another reviewer at the level, a double
 * click, a resubmission): where the reply stands now, and who acted on it last. Read after the
 * guarded update found the version gone, so it sees the change that won.
 */
export async function refuseReplyMovedOn(tx: Database, replyId: number): Promise<never> {
  const [reply] = await tx.select({ status: replies.status, draftedBy: replies.draftedBy }).from(replies).where(eq(replies.id, replyId));
  const [last] = await tx
    .select({ by: reviews.reviewerUserId })
    .from(reviews)
    .where(eq(reviews.replyId, replyId))
    .orderBy(desc(reviews.id))
    .limit(1);
  return refuse({ code: 'reply_moved_on', status: reply?.status ?? 'draft', lastBy: last?.by ?? reply?.draftedBy ?? null });
}
