import { type SQL, sql } from 'drizzle-orm';
import { listOf } from '../../db/list-of.js';
import { liveAssignmentStatuses, unitWideRoles } from '../../domain/vocabulary.js';

/**
 * A subquery of the ids of the suggestions that involve a person: a live assignment they handle
 * or are named its responsible leader on (分办), or one of a unit where they hold a role — any role (what they may see), or only a role that
 * answers for the whole unit (what is theirs). `who` is the subquery of the ids whose rights the
 * person acts with (services/people/acting-as.ts). An id may come twice: callers match with "= any".
 */
export function involvedSuggestionIds(who: SQL, roles: 'any' | 'unit-wide'): SQL {
  const live = listOf(liveAssignmentStatuses);
  // A suggestion merged into one of these (并案) is handled through it: it involves the same people.
  return sql`with involved as (${directlyInvolved(who, roles, live)})
    select suggestion_id from involved
    union all
    select m.id from suggestions m where m.merged_into_id = any(array(select suggestion_id from involved))`;
}

function directlyInvolved(who: SQL, roles: 'any' | 'unit-wide', live: SQL): SQL {
  return sql`select a.suggestion_id from assignments a where a.status in ${live} and a.handler_user_id = any(array(${who}))
    union all
    select a.suggestion_id from assignments a where a.status in ${live} and a.responsible_leader_user_id = any(array(${who}))
    union all
    select a.suggestion_id from assignments a
    where a.status in ${live} and a.unit_id = any(array(
      select unit_id from members where user_id = any(array(${who})) ${roles === 'unit-wide' ? sql`and role in ${listOf(unitWideRoles)}` : sql``}))`;
}
