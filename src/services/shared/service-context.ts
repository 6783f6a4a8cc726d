import type { Database } from '../../db/client.js';
import type { AnswerCache } from '../suggestions/answer-cache.js';

/** What every verb gets: where to write, who acts, and when (time is passed in, never read). */
export interface ServiceContext {
  db: Database;
  actor: string;
  now: Date;
  timezone: string;
  /** Where read-only answers may be served from while the ledger is unchanged; none in jobs and tests of verbs. */
  answers?: AnswerCache;
}
