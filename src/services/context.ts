import type { Database } from '../db/client.js';

/** What every verb gets: where to write, who acts, and when (time is passed in, never read). */
export interface ServiceContext {
  db: Database;
  actor: string;
  now: Date;
  timezone: string;
}
