// Calm by design (DESIGN §4): a burst of 25 assignments to one unit reaches its liaison, its
// handler and its channel as one message each, with 全部签收 that signs for what the clicker may.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignments, auditEvents, members } from '../../src/db/schema.js';
import { actionIds } from '../../src/slack/ids.js';
import type { RecordedCall } from '../../tools/slack-stand-in/types.js';
import { type Harness, startHarness } from '../support/harness.js';

const codes = Array.from({ length: 25 }, (_, i) => `2026-07${String(i + 1).padStart(2, '0')}`);

let h: Harness;
let sent: RecordedCall[];
beforeAll(async () => {
  h = await startHarness({ supervisors: ['USUP'], gather: true });
  await h.command('USUP', 'unit add 省水利厅 alias:水利厅 channel:<#CWATER|water> liaison:<@UWLIA|wang>');
  await h.command('USUP', 'unit add 省民政厅 alias:民政厅 liaison:<@UCLIA|zhao>');
  await h.command('USUP', 'unit member 水利厅 <@UOLD|old> 联络员');
  for (const [i, code] of codes.entries()) await h.command('USUP', `assign ${code} lead:水利厅 handler:<@${i === 24 ? 'UOTHER' : 'UHAN'}>`);
  sent = (await h.drain()).filter((call) => call.method === 'chat.postMessage');
});
afterAll(async () => {
  await h?.close();
});

type Blocks = Array<{ elements?: Array<{ action_id: string; value: string; text: { text: string } }> }>;
const to = (reader: string) => sent.filter((call) => call.args.channel === reader);
const acceptAll = (call: RecordedCall) =>
  (call.args.blocks as Blocks).flatMap((block) => block.elements ?? []).find((e) => e.action_id === actionIds.acceptAllAssignments)!;
const click = async (user: string, message: RecordedCall) => {
  const before = h.responses().length;
  await h.button(user, actionIds.acceptAllAssignments, acceptAll(message).value, {
    text: String(message.args.text),
    blocks: message.args.blocks as unknown[],
  });
  const answer = JSON.stringify((await h.waitForResponses(before + 1)).at(-1)?.args);
  return answer;
};
const accepted = async () => (await h.db.select().from(assignments).where(eq(assignments.status, 'accepted'))).length;

describe('a burst of assignments to one unit', () => {
  it('reaches the liaisons and the channel with one message each naming all 25, and the handler with its 24', () => {
    for (const reader of ['UWLIA', 'UOLD', 'CWATER']) {
      expect(to(reader), reader).toHaveLength(1);
      const words = JSON.stringify(to(reader)[0]!.args.blocks);
      for (const code of codes) expect(words, `${reader} ${code}`).toContain(code);
      expect(acceptAll(to(reader)[0]!).text.text).toBe('全部签收（25 件）');
    }
    expect(to('UHAN')).toHaveLength(1);
    expect(acceptAll(to('UHAN')[0]!).text.text).toBe('全部签收（24 件）');
    expect(sent).toHaveLength(5);
  });

  it('refuses 全部签收 to someone of another unit, and to a liaison removed meanwhile, changing nothing', async () => {
    expect(await click('UCLIA', to('CWATER')[0]!)).toContain('需要以下角色之一：联络员、经办人');
    // The liaison leaves the unit after the message reached them.
    await h.db.delete(members).where(eq(members.userId, 'UOLD'));
    expect(await click('UOLD', to('UOLD')[0]!)).toContain('需要以下角色之一：联络员、经办人');
    expect(await accepted()).toBe(0);
  });

  it('signs in one click for what the handler may sign, and names the one that is not theirs', async () => {
    const answer = await click('UHAN', to('CWATER')[0]!);
    expect(answer).toContain('已签收 24 件：「省水利厅」2026-0701、2026-0702');
    expect(answer).toContain('2026-0720 等 24 件。');
    expect(answer).toContain('另有 1 件不由您签收：「省水利厅」2026-0725。');
    expect(await accepted()).toBe(24);
    const audit = await h.db.select().from(auditEvents).where(eq(auditEvents.action, 'assignment.accept'));
    expect(audit).toHaveLength(24);
  });

  it('lets the liaison sign for the rest, and says so when all are signed already', async () => {
    expect(await click('UWLIA', to('UWLIA')[0]!)).toContain('已签收 1 件：「省水利厅」2026-0725。');
    expect(await accepted()).toBe(25);
    expect(await click('UWLIA', to('UWLIA')[0]!)).toContain('这些建议均已签收或已改派');
  });
});
