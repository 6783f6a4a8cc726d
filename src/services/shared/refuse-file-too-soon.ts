import { sql } from 'drizzle-orm';
import { readRows } from '../../db/read-rows.js';
import type { AskedFile } from '../../domain/vocabulary.js';
import type { ServiceContext } from './service-context.js';
import { refuse } from './service-error.js';

const keyPrefix: Record<AskedFile, string> = { ledger: 'export', report: 'handling-report' };

/** Each file is made at most this often for one person. */
export const fileIntervalSeconds = 60;

/** The key a person's request for a file is queued under: unique whatever the clock says (two instances, one millisecond). */
export const askedFileKey = (file: AskedFile, actor: string, ref: string) => `${keyPrefix[file]}:${actor}:${ref}`;

/**
 * Refuses a new request for a file while the person's last one is on its way or younger than the
 * interval. The person's requests are taken one at a time (an advisory lock for the transaction),
 * so that two instances answering two clicks cannot both pass.
 */
export async function refuseFileTooSoon(tx: ServiceContext['db'], ctx: ServiceContext, file: AskedFile): Promise<void> {
  await readRows(tx, sql`select pg_advisory_xact_lock(hashtext(${`${keyPrefix[file]}:${ctx.actor}`}))`);
  const [last] = await readRows<{ waiting: boolean; ageSeconds: number }>(
    tx,
    sql`select status in ('pending', 'sending') as waiting, extract(epoch from (${ctx.now.toISOString()}::timestamptz - created_at))::float8 as "ageSeconds"
        from outbox where idempotency_key like ${`${keyPrefix[file]}:%`} and channel = ${ctx.actor} order by created_at desc limit 1`,
  );
  if (!last) return;
  if (last.waiting) refuse({ code: 'file_in_progress', file });
  if (last.ageSeconds < fileIntervalSeconds)
    refuse({ code: 'file_too_soon', file, waitSeconds: Math.ceil(fileIntervalSeconds - last.ageSeconds) });
}
