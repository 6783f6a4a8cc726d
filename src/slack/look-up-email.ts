import type { WebClient } from '@slack/web-api';
import type { LookUpEmail } from '../services/imports/resolve-handler-emails.js';

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

/** Long enough to read a preview and confirm it; short enough that a member's changed e-mail is soon seen. */
const rememberedMs = 15 * 60 * 1000;
/** E-mails kept at most: a few large lists' worth. */
const capacity = 5000;

/**
 * lookUp, with the members it found remembered a while: an import looks its e-mails up for the
 * preview and again on confirmation, and users.lookupByEmail allows about 50 calls a minute, so
 * a list of a hundred handlers would otherwise keep the office waiting twice. Only members found
 * are remembered: an e-mail no member had may be invited between the preview and the confirmation.
 */
export function rememberingFound(lookUp: LookUpEmail, now: () => Date): LookUpEmail {
  const found = new Map<string, { userId: string; until: number }>();
  return async (email) => {
    const kept = found.get(email);
    if (kept && kept.until > now().getTime()) return kept.userId;
    const userId = await lookUp(email);
    found.delete(email);
    if (userId) {
      found.set(email, { userId, until: now().getTime() + rememberedMs });
      // Map keeps insertion order: the first key is the one remembered longest ago.
      if (found.size > capacity) found.delete(found.keys().next().value!);
    }
    return userId;
  };
}
