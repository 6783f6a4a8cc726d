import { and, eq, gt, inArray, isNotNull, sql } from 'drizzle-orm';
import { outbox } from '../../db/schema.js';

/** Dead messages older than this are history, not work: the ledger and the audit keep them. */
const deadForDays = 30;

/**
 * Which outbox rows the office must see to: refused by Slack and retried by themselves (a Slack
 * outage, which nobody can put right, is not listed), and those given up on lately.
 */
export const undeliveredWhere = (now: Date) => ({
  retrying: and(inArray(outbox.status, ['pending', 'sending']), isNotNull(outbox.lastError), gt(outbox.permanentFailures, 0)),
  dead: and(
    eq(outbox.status, 'dead'),
    gt(outbox.createdAt, sql`${now.toISOString()}::timestamptz - make_interval(days => ${deadForDays})`),
  ),
});
