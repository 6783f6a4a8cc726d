import type { WebClient } from '@slack/web-api';
import type { LookUpEmail } from '../services/resolve-handler-emails.js';

/** users.lookupByEmail: the member's id, or null when no member has the e-mail; anything else is thrown. */
export const lookUpEmailWith =
  (client: WebClient): LookUpEmail =>
  async (email) => {
    try {
      const answer = await client.users.lookupByEmail({ email });
      return answer.user?.id ?? null;
    } catch (error) {
      if ((error as { data?: { error?: string } }).data?.error === 'users_not_found') return null;
      throw error;
    }
  };
