import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { listOf } from '../../db/list-of.js';
import { readRows } from '../../db/read-rows.js';
import type { CalendarDate } from '../../domain/calendar-date.js';
import { liveAssignmentStatuses, windowKinds } from '../../domain/vocabulary.js';

export interface KeySuggestionLine {
  code: string;
  title: string;
  /** The lead unit's name; empty while none answers for it. */
  unitName: string;
  leaderUserId: string | null;
  note: string;
  statutoryDueOn: CalendarDate;
  /** Open steps of its current round planned before `today`, of every unit on it. */
  overdueNodes: number;
}

/** The 重点督办 suggestions not yet closed, those with steps late first, then by statutory deadline: what the office's reports list first. */
export function readKeySuggestions(db: Database, today: CalendarDate): Promise<KeySuggestionLine[]> {
  const live = listOf(liveAssignmentStatuses);
  return readRows<KeySuggestionLine>(
    db,
    sql`
      select s.code, s.title, coalesce(u.name, '') as "unitName", s.key_leader_user_id as "leaderUserId", s.key_note as note,
        s.statutory_due_on::text as "statutoryDueOn",
        (select count(*)::int from milestones m join assignments x on x.id = m.assignment_id
          where x.suggestion_id = s.id and x.status in ${live} and m.round = s.round and m.done_at is null
            and m.kind not in ${listOf(windowKinds)} and m.planned_on < ${today}::date) as "overdueNodes"
      from suggestions s
      left join assignments a on a.suggestion_id = s.id and a.role = 'lead' and a.status in ${live}
      left join units u on u.id = a.unit_id
      where s.key_since is not null and s.status <> 'closed'
      order by "overdueNodes" desc, s.statutory_due_on, s.code`,
  );
}
