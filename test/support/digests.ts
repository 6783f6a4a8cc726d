import { keyOfMetadata } from '../../src/outbox/message-key.js';
import { queueDailyReminders } from '../../src/services/reports/queue-daily-reminders.js';
import type { RecordedCall } from '../../tools/slack-stand-in/types.js';
import type { Harness } from './harness.js';

/** Runs the daily job as of `at` and sends what it queued: the reader's reminder, which carries their digest. */
export async function digestAt(h: Harness, at: string, reader: string): Promise<RecordedCall | undefined> {
  await queueDailyReminders(h.db, new Date(at), 'Asia/Shanghai');
  const sent = await h.drain();
  return sent.find((call) => call.args.channel === reader && keyOfMetadata(call.args.metadata)?.startsWith('reminder:'));
}

/** All a message says, its blocks included. */
export const wordsOf = (call: RecordedCall | undefined): string => JSON.stringify(call?.args.blocks ?? call?.args.text ?? '');
