// A change that takes longer than the 3 seconds Slack waits (a lock held elsewhere, a slow
// database): Slack has stopped waiting, the change is stored all the same, and the person is told
// through response_url instead of in the ack, which can no longer be given.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignments, auditEvents } from '../../src/db/schema.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  // The test holds a lock while the request waits; on the embedded database that holds its one
  // connection, so the replay record (a write before the request is served) is kept in memory here.
  h = await startHarness({ supervisors: ['USUP'], replayRecordInMemory: true });
  await h.command('USUP', 'unit add 省水利厅 liaison:<@UWLIA|wang>');
  await h.command('USUP', 'assign 2026-0001 lead:省水利厅 title:关于河道治理的建议');
  await h.drain();
});
afterAll(async () => {
  await h?.close();
});

describe('an answer later than Slack waits', () => {
  it('is stored once and reaches the person through response_url', async () => {
    h.standIn.calls.length = 0;
    let answer: Awaited<ReturnType<Harness['command']>> | undefined;
    await h.db.transaction(async (tx) => {
      // The command waits on this lock until Slack (Bolt, here) has given up at 3 seconds.
      await tx.execute(sql`lock table assignments in access exclusive mode`);
      answer = await h.command('UWLIA', 'accept 2026-0001');
    });
    expect(answer!.status).toBe(404);
    const [late] = await h.waitForResponses(1);
    expect(late!.args).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('已签收建议 *2026-0001*') });
    const accepted = await h.db.select().from(assignments).where(eq(assignments.status, 'accepted'));
    expect(accepted).toHaveLength(1);
    expect(await h.db.$count(auditEvents, eq(auditEvents.action, 'assignment.accept'))).toBe(1);
  });
});
