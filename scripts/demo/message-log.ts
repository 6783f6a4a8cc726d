// Every message the demo sent, one row each, read from the outbox once the quarter is over: the
// calm budgets of DESIGN §4 (no person more than 3 DMs a day, no channel more than 3 top-level
// posts a day besides the weekly and monthly reports) are measured on it.
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../src/db/client.js';
import { outbox } from '../../src/db/schema.js';
import { type CalendarDate, dateInZone } from '../../src/domain/calendar-date.js';

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

export const dailyBudget = 3;

/** The demo's clock queues and sends on the same simulated day, so a message's day is its row's. */
export async function readSentMessages(db: Database, timezone: string): Promise<SentMessage[]> {
  const rows = await db
    .select({ key: outbox.idempotencyKey, channel: outbox.channel, createdAt: outbox.createdAt })
    .from(outbox)
    .where(eq(outbox.status, 'sent'))
    .orderBy(asc(outbox.id));
  return rows.map((row) => {
    const recipientType = /^[UW]/.test(row.channel) ? 'person' : 'channel';
    return {
      day: dateInZone(row.createdAt, timezone),
      recipient: row.channel,
      recipientType,
      // No notice is a thread reply yet: every DM and every channel post stands at the top level.
      topLevel: true,
      kind: row.key.split(':')[0] ?? row.key,
    };
  });
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
    const person = busiest(sent.filter((m) => m.recipientType === 'person'));
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
