import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { readRows } from '../../db/read-rows.js';
import { outbox } from '../../db/schema.js';
import { paceOf } from '../../domain/notice-pace.js';
import type { Notice } from '../../domain/notices.js';
import { runningDelegation } from '../people/acting-as.js';
import { isPersonAddress } from './is-person-address.js';

export interface OutgoingNotice {
  /** Unique per message ever meant: the same key twice is the same message, sent once. */
  key: string;
  /** A channel id, or a user id for a DM. */
  channel: string;
  notice: Notice;
  /** The key of the channel post whose thread this message replies in (a later event of the suggestion it announced). */
  threadOf?: string;
}

/** Rows per insert: far below PostgreSQL's 65,535 parameters however many a job queues. */
const batchSize = 1000;

/** Queues messages in the change's own transaction; a key already queued is left as it is. Resolves to the keys queued now. */
export async function enqueueNotices(tx: Database, now: Date, meant: readonly OutgoingNotice[]): Promise<string[]> {
  const messages = await toStandIns(tx, now, meant);
  const queued: string[] = [];
  for (let start = 0; start < messages.length; start += batchSize) {
    queued.push(...(await insertBatch(tx, now, messages.slice(start, start + batchSize))));
  }
  return queued;
}

/** A notice shared as a file (a chart, a ledger, a template) rather than posted as a message. */
const isFile = (notice: Notice): boolean =>
  notice.type === 'ranking_chart' ||
  notice.type === 'statistics_chart' ||
  notice.type === 'ledger_export' ||
  notice.type === 'handling_report' ||
  notice.type === 'import_template';

/** A notice of the person's own change of role or stand-in, or a file they asked for, reaches them even while away. */
const isThePersonsOwn = (notice: Notice): boolean =>
  isFile(notice) || (notice.type === 'people_changed' && notice.change.kind !== 'unit_without_liaison');

/**
 * A message for a person who is away goes to whoever stands in for them (代理), marked with whom
 * it was meant for; its key stays the one it was meant under, so it is still sent once.
 */
async function toStandIns(tx: Database, now: Date, messages: readonly OutgoingNotice[]): Promise<readonly OutgoingNotice[]> {
  const people = [...new Set(messages.filter((m) => isPersonAddress(m.channel) && !isThePersonsOwn(m.notice)).map((m) => m.channel))];
  if (people.length === 0) return messages;
  const standIns = new Map(
    (
      await readRows<{ principal: string; delegate: string }>(
        tx,
        sql`select d.principal_user_id as principal, d.delegate_user_id as delegate from delegations d
            where d.principal_user_id = any(${sql.param(people)}::text[]) and ${runningDelegation(now)}`,
      )
    ).map((row) => [row.principal, row.delegate]),
  );
  if (standIns.size === 0) return messages;
  return messages.map((message) => {
    const delegate = isThePersonsOwn(message.notice) ? undefined : standIns.get(message.channel);
    return delegate ? { ...message, channel: delegate, notice: { ...message.notice, onBehalfOf: message.channel } as Notice } : message;
  });
}

async function insertBatch(tx: Database, now: Date, messages: readonly OutgoingNotice[]): Promise<string[]> {
  const rows = await tx
    .insert(outbox)
    .values(
      messages.map((message) => {
        // A reply in a suggestion's thread is quiet already: it goes when it happens.
        const pace = message.threadOf ? 'alone' : paceOf(message.notice);
        return {
          idempotencyKey: message.key,
          method: isFile(message.notice) ? 'files.completeUploadExternal' : 'chat.postMessage',
          channel: message.channel,
          payload: message.notice,
          // not_before keeps its default, the database's clock: when a message may go is real time,
          // while created_at records the change's own time.
          createdAt: now,
          status: pace === 'digest' ? ('held' as const) : ('pending' as const),
          gathers: pace === 'gathered',
          threadOf: message.threadOf ?? null,
        };
      }),
    )
    .onConflictDoNothing({ target: outbox.idempotencyKey })
    .returning({ key: outbox.idempotencyKey });
  return rows.map((row) => row.key);
}
