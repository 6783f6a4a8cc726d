import { refuse } from '../shared/service-error.js';

/** What the workspace says of a person (users.info): their name, and whether they may still be named. */
export interface PersonInWorkspace {
  name: string;
  /** False for a deactivated account or a bot: nobody to route work to. */
  active: boolean;
}

/** Asks the workspace about a person; null when it does not know them. Failing to ask is thrown. */
export type LookUpPerson = (userId: string) => Promise<PersonInWorkspace | null>;

/**
 * Refuses a change that names someone the workspace does not know as an active member: work
 * routed or delegated to them would reach nobody. Without a way to ask (the command line), the
 * mention is taken as Slack sent it.
 */
export async function requireActivePeople(lookUp: LookUpPerson | undefined, userIds: readonly (string | undefined)[]): Promise<void> {
  if (!lookUp) return;
  for (const userId of new Set(userIds.filter((id) => id !== undefined))) {
    const person = await lookUp(userId);
    if (!person?.active) refuse({ code: 'not_in_workspace', userId });
  }
}
