import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { listOf } from '../../db/list-of.js';
import { readRows } from '../../db/read-rows.js';
import type { CalendarDate } from '../../domain/calendar-date.js';
import type { OpenPromise } from '../../domain/reminders.js';
import { liveAssignmentStatuses } from '../../domain/vocabulary.js';
import { promisesInForce } from './promises-in-force.js';

/**
 * B-class promises not written off and due by `through`, of the reply that answered the
 * suggestion's current round (sent, the verdict awaited or given), with the lead unit that keeps them.
 */
export const readOpenPromises = (db: Database, through: CalendarDate): Promise<OpenPromise[]> =>
  readRows<OpenPromise>(
    db,
    sql`
      select c.id as "commitmentId", c.seq, c.description, c.due_on::text as "dueOn",
        s.id as "suggestionId", s.code, s.title, u.id as "unitId", u.name as "unitName", a.handler_user_id as "handlerUserId"
      from commitments c
      join replies r on r.id = c.reply_id and ${promisesInForce}
      join suggestions s on s.id = r.suggestion_id and s.status in ('replied', 'evaluated')
      join assignments a on a.suggestion_id = s.id and a.role = 'lead' and a.status in ${listOf(liveAssignmentStatuses)}
      join units u on u.id = a.unit_id
      where c.written_off_at is null and c.due_on <= ${through}::date`,
  );
