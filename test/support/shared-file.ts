// The one file the bot shared with a person when the outbox was next drained, as they receive it.
import { expect } from 'vitest';
import type { Harness } from './harness.js';

/** Drains the outbox; exactly one file must go, into the bot's DM with the person (a file cannot be given to a person's ID). */
export async function fileSharedWith(h: Harness, user: string): Promise<{ filename: string; data: Buffer }> {
  const shared = (await h.drain()).filter((call) => call.method === 'files.completeUploadExternal');
  expect(shared).toHaveLength(1);
  expect(shared[0]!.args.channel_id).toBe(`D${user.slice(1)}`);
  const file = h.standIn.uploadedFile((shared[0]!.args.files as Array<{ id: string }>)[0]!.id)!;
  return { filename: file.filename, data: file.data };
}
