import type { Database } from '../../db/client.js';
import { people } from '../../db/schema.js';
import type { PersonInWorkspace } from './look-up-person.js';

/**
 * Keeps what the workspace last said of a person, so the ledger can show names beside IDs
 * without asking Slack for each. A cache, not a change of the office's records: not audited.
 */
export async function rememberPerson(db: Database, userId: string, person: PersonInWorkspace, at: Date): Promise<void> {
  await db
    .insert(people)
    .values({ userId, name: person.name, active: person.active, checkedAt: at })
    .onConflictDoUpdate({ target: people.userId, set: { name: person.name, active: person.active, checkedAt: at } });
}
