import type { WebClient } from '@slack/web-api';
import type { Database } from '../db/client.js';
import type { LookUpPerson } from '../services/people/look-up-person.js';
import { rememberPerson } from '../services/people/remember-person.js';

/**
 * users.info: the person's name and whether they can still be named (neither deactivated nor a
 * bot), remembered in the ledger's people for the names the ledger shows; null when the
 * workspace does not know the ID. Anything else is thrown: a change does not guess.
 */
export const lookUpPersonWith =
  (client: WebClient, db: Database, now: () => Date): LookUpPerson =>
  async (userId) => {
    try {
      const { user } = await client.users.info({ user: userId });
      if (!user) return null;
      const person = {
        name: user.profile?.display_name || user.real_name || user.name || userId,
        active: !user.deleted && !user.is_bot,
      };
      await rememberPerson(db, userId, person, now());
      return person;
    } catch (error) {
      if ((error as { data?: { error?: string } }).data?.error === 'user_not_found') return null;
      throw error;
    }
  };
