// What the demo's scenes act through: the real bot over signed HTTP requests, its database for the
// rest of the office's work, and the transcript.
import type { Database } from '../../src/db/client.js';
import type { RecordedCall } from '../../tools/slack-stand-in/types.js';
import type { Recorder } from './recorder.js';

export interface DemoDriver {
  db: Database;
  timezone: string;
  recorder: Recorder;
  setNow(at: Date): void;
  /** Types a command; its answer goes into the transcript unless `record` is false. */
  type(user: string, text: string, record?: boolean): Promise<{ text?: string; blocks?: unknown[] }>;
  /** Clicks a button on a message; resolves to the bot's answer to it (in place or private). */
  click(user: string, actionId: string, value: string, message?: RecordedCall): Promise<RecordedCall | undefined>;
  submitView(user: string, callbackId: string, values: unknown, privateMetadata?: string): Promise<{ view?: unknown }>;
  /** The form the bot last opened (views.open). */
  openedView(): { private_metadata?: string } | undefined;
  /** Sends what is queued; resolves to the messages sent. */
  deliver(record: boolean): Promise<RecordedCall[]>;
  /** The messages as the notices they carry, one call each (carried-calls.ts), for acting on them. */
  carried(calls: readonly RecordedCall[]): Promise<RecordedCall[]>;
}
