import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { replies, suggestions } from '../../db/schema.js';
import { answeringStatuses } from '../../domain/vocabulary.js';
import type { AuditEntry } from '../shared/record-audit.js';
import { requireStep } from '../shared/require-step.js';

/**
 * The main suggestion's reply went to its deputy: it answers each suggestion merged into it (并案)
 * too. Each is replied, with the reply recorded on its own code as sent the same day against its
 * own statutory deadline, so that its deputy's verdict is recorded and counted on it; the
 * promises and the publication stay the main one's. Inside the caller's transaction.
 */
export async function answerMerged(tx: Database, mainId: number, sent: typeof replies.$inferSelect): Promise<AuditEntry[]> {
  const merged = await tx
    .select()
    .from(suggestions)
    .where(and(eq(suggestions.mergedIntoId, mainId), inArray(suggestions.status, [...answeringStatuses])))
    .orderBy(suggestions.id)
    .for('update');
  const audit: AuditEntry[] = [];
  for (const suggestion of merged) {
    // One merged before its unit accepted it was taken up with its main one, which was.
    const taken = suggestion.status === 'assigned' ? requireStep('suggestion', suggestion.status, 'accept') : suggestion.status;
    const status = requireStep('suggestion', taken, 'send_reply');
    const [reply] = await tx
      .insert(replies)
      .values({
        suggestionId: suggestion.id,
        round: suggestion.round,
        replyClass: sent.replyClass,
        summary: sent.summary,
        documentUrl: sent.documentUrl,
        mayPublish: false,
        status: 'sent',
        reason: sent.reason,
        sentOn: sent.sentOn,
        statutoryDueOn: suggestion.statutoryDueOn,
        draftedBy: sent.draftedBy,
        createdAt: sent.createdAt,
      })
      .returning();
    await tx.update(suggestions).set({ status }).where(eq(suggestions.id, suggestion.id));
    audit.push(
      { action: 'reply.send_merged', entity: 'reply', entityId: reply!.id, after: { ...reply, answeredBy: sent.id } },
      {
        action: 'suggestion.reply',
        entity: 'suggestion',
        entityId: suggestion.id,
        before: { status: suggestion.status },
        after: { status },
      },
    );
  }
  return audit;
}
