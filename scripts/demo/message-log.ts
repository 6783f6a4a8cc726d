// Every message the demo sent, one row each, read from the outbox once the quarter is over: the
// calm budgets of DESIGN §4 (no person more than 3 DMs a day, no channel more than 3 top-level
// posts a day besides the weekly and monthly reports) are measured on it.
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../src/db/client.js';
import { jsonValue } from '../../src/db/read-rows.js';
import { outbox } from '../../src/db/schema.js';
import { type CalendarDate, dateInZone } from '../../src/domain/calendar-date.js';
import type { Notice } from '../../src/domain/notices.js';
import type { Sent } from '../../src/outbox/delivery.js';
import { isPersonAddress } from '../../src/services/shared/is-person-address.js';

export interface SentMessage {
  /** The simulated day it was queued and sent, in the office's zone. */
  day: CalendarDate;
  /** The Slack ID of the person or channel. */
  recipient: string;
  recipientType: 'person' | 'channel';
  /** A DM, or a channel post outside a thread. */
  topLevel: boolean;
  /** The notice's kind: its idempotency key's first part (assigned, reminder, review …). */
  kind: string;
}

/** Reports a channel gets on top of its daily budget (DESIGN §4). */
const reportKinds = new Set(['weekly-ranking', 'weekly-chart', 'weekly-unit', 'monthly']);
/** Files a person asked for (the ledger, the figures' chart, the report, a template): answers to their own request, outside the calm budget. */
export const askedKinds: ReadonlySet<string> = new Set(['export', 'statistics-chart', 'handling-report', 'import-template']);

export const dailyBudget = 3;

/** The demo's clock queues and sends on the same simulated day, so a message's day is its row's. */
export async function readSentMessages(db: Database, timezone: string): Promise<SentMessage[]> {
  const rows = await db
    .select({
      key: outbox.idempotencyKey,
      channel: outbox.channel,
      createdAt: outbox.createdAt,
      payload: outbox.payload,
      result: outbox.result,
    })
    .from(outbox)
    .where(eq(outbox.status, 'sent'))
    .orderBy(asc(outbox.id));
  return rows.map((row) => ({
    day: dateInZone(row.createdAt, timezone),
    recipient: row.channel,
    recipientType: isPersonAddress(row.channel) ? 'person' : 'channel',
    topLevel: !(row.result as Sent | null)?.threadTs,
    kind: kindOf(row.key, jsonValue<Notice>(row.payload)),
  }));
}

const kindOfKey = (key: string) => key.split(':')[0] ?? key;

/** A gathered message's kind names the kinds it carries (assigned+review). */
function kindOf(key: string, notice: Notice): string {
  if (notice.type !== 'gathered') return kindOfKey(key);
  return [...new Set(notice.items.map((item) => kindOfKey(item.key)))].join('+');
}

export function messagesCsv(messages: readonly SentMessage[]): string {
  const lines = messages.map((m) => [m.day, m.recipient, m.recipientType, m.topLevel ? 'yes' : 'no', m.kind].join(','));
  return `${['day,recipient,recipient_type,top_level,kind', ...lines].join('\n')}\n`;
}

export interface BusiestReader {
  recipient: string;
  count: number;
}

export interface DayLoad {
  day: CalendarDate;
  total: number;
  /** The person with the most DMs that day. */
  person?: BusiestReader;
  /** The channel with the most top-level posts that day, besides the weekly and monthly reports. */
  channel?: BusiestReader;
}

/** Each day's messages and its busiest readers, the ones the budgets are about. */
export function dailyLoad(messages: readonly SentMessage[]): DayLoad[] {
  const days = new Map<CalendarDate, SentMessage[]>();
  for (const message of messages) {
    const sent = days.get(message.day);
    if (sent) sent.push(message);
    else days.set(message.day, [message]);
  }
  return [...days].map(([day, sent]) => {
    const person = busiest(sent.filter((m) => m.recipientType === 'person' && !askedKinds.has(m.kind)));
    const channel = busiest(sent.filter((m) => m.recipientType === 'channel' && m.topLevel && !reportKinds.has(m.kind)));
    return { day, total: sent.length, ...(person ? { person } : {}), ...(channel ? { channel } : {}) };
  });
}

function busiest(messages: readonly SentMessage[]): BusiestReader | undefined {
  const counts = new Map<string, number>();
  for (const message of messages) counts.set(message.recipient, (counts.get(message.recipient) ?? 0) + 1);
  let top: BusiestReader | undefined;
  for (const [recipient, count] of counts) if (!top || count > top.count) top = { recipient, count };
  return top;
}

/** The quarter's worst day for a person and for a channel. */
export function worstDays(load: readonly DayLoad[]): { person?: DayLoad; channel?: DayLoad } {
  const worst = (of: (day: DayLoad) => number) =>
    load.reduce<DayLoad | undefined>((top, day) => (of(day) > (top ? of(top) : 0) ? day : top), undefined);
  const person = worst((day) => day.person?.count ?? 0);
  const channel = worst((day) => day.channel?.count ?? 0);
  return { ...(person ? { person } : {}), ...(channel ? { channel } : {}) };
}

export interface NoticeAccount {
  /** Every notice the services queued. */
  notices: number;
  /** Sent as a message of its own, or carried in exactly one sent message (gathered, a digest, a summary). */
  delivered: number;
  /** Held for a digest the quarter ended before. */
  waiting: number;
  /** The keys of notices neither delivered once nor waiting: none, or the outbox lost something. */
  lost: string[];
}

/** Walks every notice queued and finds it in exactly one delivered message (DESIGN §4: nothing is lost). */
export async function accountForNotices(db: Database): Promise<NoticeAccount> {
  const rows = await db.select().from(outbox).orderBy(asc(outbox.id));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const carriedBy = new Map<string, number[]>();
  for (const row of rows) {
    const notice = jsonValue<Notice>(row.payload);
    const carried =
      notice.type === 'gathered' || notice.type === 'daily_summary' ? notice.items : notice.type === 'reminder' ? (notice.since ?? []) : [];
    for (const item of carried) carriedBy.set(item.key, [...(carriedBy.get(item.key) ?? []), row.id]);
  }
  const account: NoticeAccount = { notices: 0, delivered: 0, waiting: 0, lost: [] };
  for (const row of rows) {
    const type = jsonValue<Notice>(row.payload).type;
    if (type === 'gathered' || type === 'daily_summary') continue;
    account.notices += 1;
    const carriers = carriedBy.get(row.idempotencyKey) ?? [];
    const carrier = row.gatheredInto === null ? undefined : byId.get(row.gatheredInto);
    if (row.status === 'sent' && carriers.length === 0) account.delivered += 1;
    else if (row.status === 'gathered' && carrier?.status === 'sent' && carriers.length === 1 && carriers[0] === carrier.id)
      account.delivered += 1;
    else if (row.status === 'held' && carriers.length === 0) account.waiting += 1;
    else account.lost.push(row.idempotencyKey);
  }
  return account;
}
