import { and, eq, isNull, sql } from 'drizzle-orm';
import { replies, sessions, suggestions } from '../../db/schema.js';
import { workingDaysBetween } from '../../domain/calendar.js';
import { type CalendarDate, dateInZone } from '../../domain/calendar-date.js';
import { canKeepPublicationCatalogue } from '../../domain/permissions.js';
import { publishByOf } from '../../domain/publication.js';
import { readSessionSettings } from '../../domain/settings.js';
import { loadWorkingCalendar } from '../sessions/load-working-calendar.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import { recordAudit } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';

export interface MarkedPublished {
  code: string;
  round: number;
  publishedOn: CalendarDate;
  publishBy: CalendarDate;
  /** Working days after its publish-by date; 0 when published in time. */
  lateBy: number;
}

/**
 * 已公开: the office records that a sent reply marked may-publish was published today. Once only:
 * a second click, or a reply someone marked meanwhile, is refused and changes nothing.
 */
export async function markReplyPublished(ctx: ServiceContext, input: { replyId: number }): Promise<MarkedPublished> {
  const permission = canKeepPublicationCatalogue(await loadActorRoles(ctx.db, ctx));
  if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
  const today = dateInZone(ctx.now, ctx.timezone);
  return ctx.db.transaction(async (tx) => {
    const [marked] = await tx
      .update(replies)
      .set({ publishedOn: today, publishedBy: ctx.actor, version: sql`${replies.version} + 1` })
      .where(and(eq(replies.id, input.replyId), eq(replies.status, 'sent'), eq(replies.mayPublish, true), isNull(replies.publishedOn)))
      .returning({ id: replies.id, round: replies.round, sentOn: replies.sentOn, suggestionId: replies.suggestionId });
    if (!marked) {
      const [reply] = await tx
        .select({ code: suggestions.code, round: replies.round, publishedOn: replies.publishedOn, publishedBy: replies.publishedBy })
        .from(replies)
        .innerJoin(suggestions, eq(suggestions.id, replies.suggestionId))
        .where(eq(replies.id, input.replyId));
      if (reply?.publishedOn && reply.publishedBy)
        refuse({ code: 'already_published', suggestionCode: reply.code, on: reply.publishedOn, by: reply.publishedBy });
      refuse({ code: 'not_to_publish' });
    }
    const [suggestion] = await tx
      .select({ code: suggestions.code, settings: sessions.settings })
      .from(suggestions)
      .innerJoin(sessions, eq(sessions.id, suggestions.sessionId))
      .where(eq(suggestions.id, marked.suggestionId));
    const calendar = await loadWorkingCalendar(tx);
    // The deadline of the session the suggestion belongs to: the rule it was sent under.
    const publishBy = publishByOf(marked.sentOn!, readSessionSettings(suggestion!.settings), calendar);
    await recordAudit(tx, ctx, [
      {
        action: 'reply.publish',
        entity: 'reply',
        entityId: marked.id,
        before: { publishedOn: null },
        after: { publishedOn: today, publishedBy: ctx.actor, publishBy },
      },
    ]);
    return {
      code: suggestion!.code,
      round: marked.round,
      publishedOn: today,
      publishBy,
      lateBy: today > publishBy ? Math.max(1, workingDaysBetween(calendar, publishBy, today)) : 0,
    };
  });
}
