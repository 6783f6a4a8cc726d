import { and, asc, eq, isNull } from 'drizzle-orm';
import { commitments, suggestions } from '../../db/schema.js';
import type { CalendarDate } from '../../domain/calendar-date.js';
import { dateInZone } from '../../domain/calendar-date.js';
import { type AuditEntry, recordAudit } from '../shared/record-audit.js';
import { requireStep } from '../shared/require-step.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { loadDeputyRecord } from '../suggestions/load-deputy-record.js';

export interface WrittenOff {
  code: string;
  seq: number;
  description: string;
  dueOn: CalendarDate;
  onTime: boolean;
  /** Promises of the reply still open. */
  open: number;
  /** The last one: the suggestion is closed (销号). */
  closed: boolean;
}

/**
 * 核销: the n-th promise of the suggestion's B-class reply (of its current round, sent) is kept, recorded by the
 * supervision office or the lead unit's liaison. Writing off the last one on the follow-up
 * ledger closes the suggestion.
 */
export async function writeOffCommitment(ctx: ServiceContext, input: { code: string; seq: number }): Promise<WrittenOff> {
  return ctx.db.transaction(async (tx) => {
    const { suggestion, reply } = await loadDeputyRecord(tx, ctx, { code: input.code });
    const { status } = suggestion;
    // The promises standing are those of the current round's reply, once sent (promises-in-force.ts).
    const promised =
      reply?.status === 'sent'
        ? await tx.select().from(commitments).where(eq(commitments.replyId, reply.id)).orderBy(asc(commitments.seq))
        : [];
    const target = promised.find((c) => c.seq === input.seq);
    if (!target) refuse({ code: 'unknown_commitment', seq: input.seq, count: promised.length });
    if (target.writtenOffAt)
      refuse({
        code: 'commitment_written_off',
        seq: target.seq,
        by: target.writtenOffBy ?? '',
        on: dateInZone(target.writtenOffAt, ctx.timezone),
      });
    requireStep('commitment', target.carriedToFollowup ? 'followup' : 'open', 'write_off');

    // The guard makes a double click write it off once.
    const updated = await tx
      .update(commitments)
      .set({ writtenOffAt: ctx.now, writtenOffBy: ctx.actor })
      .where(and(eq(commitments.id, target.id), isNull(commitments.writtenOffAt)))
      .returning({ id: commitments.id });
    if (updated.length === 0) refuse({ code: 'commitment_written_off', seq: target.seq, by: '', on: dateInZone(ctx.now, ctx.timezone) });
    const audit: AuditEntry[] = [
      {
        action: 'commitment.write_off',
        entity: 'commitment',
        entityId: target.id,
        before: { writtenOffAt: null },
        after: { writtenOffAt: ctx.now.toISOString(), writtenOffBy: ctx.actor },
      },
    ];
    const open = promised.filter((c) => c.id !== target.id && !c.writtenOffAt).length;
    let closed = false;
    if (open === 0 && status === 'evaluated') {
      const closedStatus = requireStep('suggestion', status, 'write_off_last');
      await tx.update(suggestions).set({ status: closedStatus }).where(eq(suggestions.id, suggestion.id));
      audit.push({
        action: 'suggestion.close',
        entity: 'suggestion',
        entityId: suggestion.id,
        before: { status },
        after: { status: closedStatus },
      });
      closed = true;
    }
    await recordAudit(tx, ctx, audit);
    const today = dateInZone(ctx.now, ctx.timezone);
    return {
      code: suggestion.code,
      seq: target.seq,
      description: target.description,
      dueOn: target.dueOn,
      onTime: today <= target.dueOn,
      open,
      closed,
    };
  });
}
