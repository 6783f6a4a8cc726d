// The sent replies of a session marked may-publish, in one statement, for the catalogue and the
// office's daily digest alike.
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { listOf } from '../../db/list-of.js';
import { readRows } from '../../db/read-rows.js';
import type { PublishableReply } from '../../domain/publication.js';
import { liveAssignmentStatuses } from '../../domain/vocabulary.js';

/** Every round's sent may-publish reply of the session's suggestions; `unpublished`: those the office has not yet marked published. */
export function readPublishableReplies(db: Database, sessionId: number, which: 'unpublished' | 'all'): Promise<PublishableReply[]> {
  return readRows<PublishableReply>(
    db,
    sql`
      select r.id as "replyId", s.id as "suggestionId", s.code, s.title, r.round, coalesce(lead.name, '') as "unitName",
        r.reply_class as "replyClass", r.sent_on::text as "sentOn", r.published_on::text as "publishedOn", r.published_by as "publishedBy"
      from replies r
      join suggestions s on s.id = r.suggestion_id
      -- The lead unit in force; one that handed the suggestion on after answering, when none is.
      left join lateral (
        select u.name from assignments a join units u on u.id = a.unit_id
        where a.suggestion_id = s.id and a.role = 'lead'
        order by (a.status in ${listOf(liveAssignmentStatuses)}) desc, a.id desc
        limit 1
      ) lead on true
      where s.session_id = ${sessionId} and r.status = 'sent' and r.may_publish
        ${which === 'unpublished' ? sql`and r.published_on is null` : sql``}`,
  );
}
