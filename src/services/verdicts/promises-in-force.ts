import { sql } from 'drizzle-orm';

/**
 * The condition on a reply `r` whose promises (承诺事项) stand: sent, and the answer of its
 * suggestion's current round. A draft's promises are not made yet; a round the deputy sent back
 * (不满意) was answered anew, and its promises with it.
 */
export const promisesInForce = sql`(r.status = 'sent' and r.round = (select cur.round from suggestions cur where cur.id = r.suggestion_id))`;
