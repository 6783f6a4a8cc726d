import type { Logger } from '@slack/bolt';
import type { Database } from '../db/client.js';
import type { Catalog } from '../i18n/index.js';
import type { LookUpEmail } from '../services/imports/resolve-handler-emails.js';
import type { LookUpPerson } from '../services/people/look-up-person.js';
import type { ServiceContext } from '../services/shared/service-context.js';
import type { AnswerCache } from '../services/suggestions/answer-cache.js';

/** What every listener needs; built once in app.ts. */
export interface ListenerDeps {
  db: Database;
  catalog: Catalog;
  timezone: string;
  logger: Logger;
  now: () => Date;
  answers: AnswerCache;
  /** Who an e-mail belongs to in the workspace (an import's handlers), members found remembered a while. */
  lookUpEmail: LookUpEmail;
  /** Who a person is in the workspace (users.info), remembered in the ledger's people: routing and delegation name only active members. */
  lookUpPerson: LookUpPerson;
  /** Called after a change queued messages, so they go out without waiting for the next poll. */
  messagesQueued: () => void;
}

export const contextFor = (deps: ListenerDeps, actor: string): ServiceContext => ({
  db: deps.db,
  actor,
  now: deps.now(),
  timezone: deps.timezone,
  answers: deps.answers,
});
