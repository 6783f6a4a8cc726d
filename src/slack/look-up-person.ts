import type { WebClient } from '@slack/web-api';
import type { Database } from '../db/client.js';
import type { LookUpPerson } from '../services/people/look-up-person.js';
import { rememberPerson } from '../services/people/remember-person.js';

/**
 * users.info: the person's name and whether they can still be named (neither deactivated nor a
 * bot); null when the workspace does not know the ID. Anything else is thrown: a change does not
 * guess. It writes nothing, so a change it refuses leaves every row as it was.
 */
export const lookUpPersonWith =
  (client: WebClient): LookUpPerson =>
  async (userId) => {
    try {
      const { user } = await client.users.info({ user: userId });
      if (!user) return null;
      return {
        name: user.profile?.display_name || user.real_name || user.name || userId,
        active: !user.deleted && !user.is_bot,
      };
    } catch (error) {
      if ((error as { data?: { error?: string } }).data?.error === 'user_not_found') return null;
      throw error;
    }
  };

/** lookUp, with what it learns kept in the ledger's people: the names an export shows beside IDs. */
export const rememberingPeople =
  (lookUp: LookUpPerson, db: Database, now: () => Date): LookUpPerson =>
  async (userId) => {
    const person = await lookUp(userId);
    if (person) await rememberPerson(db, userId, person, now());
    return person;
  };
