import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { suggestions } from '../../src/db/schema.js';
import { assignModalBlocks, callbackIds, inputActionId } from '../../src/slack/ids.js';
import { send, signRequest } from '../../tools/slack-stand-in/slack-requests.js';
import { rowCount } from '../support/fixtures.js';
import { type Harness, signingSecret, startHarness } from '../support/harness.js';

let h: Harness;
let unitIds: Record<string, string>;
beforeAll(async () => {
  h = await startHarness();
  await h.command('USUP', 'unit add 省水利厅 channel:<#CWATER|w> liaison:<@UWLIA|wang>');
  await h.command('USUP', 'unit add 省民政厅');
  h.standIn.reset();
  await h.command('USUP', 'assign');
  const [open] = h.standIn.callsTo('views.open');
  const lead = (
    open!.args.view as { blocks: Array<{ block_id: string; element: { options?: Array<{ text: { text: string }; value: string }> } }> }
  ).blocks.find((b) => b.block_id === assignModalBlocks.lead);
  unitIds = Object.fromEntries((lead?.element.options ?? []).map((o) => [o.text.text, o.value]));
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => {
  h.standIn.reset();
});

const values = (fields: { code?: string; lead?: string; co?: string[]; handler?: string; due?: string; title?: string }) => ({
  [assignModalBlocks.code]: { [inputActionId]: { type: 'plain_text_input', value: fields.code ?? null } },
  [assignModalBlocks.title]: { [inputActionId]: { type: 'plain_text_input', value: fields.title ?? null } },
  [assignModalBlocks.deputy]: { [inputActionId]: { type: 'plain_text_input', value: '张代表' } },
  [assignModalBlocks.lead]: { [inputActionId]: { type: 'static_select', selected_option: fields.lead ? { value: fields.lead } : null } },
  [assignModalBlocks.co]: {
    [inputActionId]: { type: 'multi_static_select', selected_options: (fields.co ?? []).map((value) => ({ value })) },
  },
  [assignModalBlocks.handler]: { [inputActionId]: { type: 'users_select', selected_user: fields.handler ?? null } },
  [assignModalBlocks.due]: { [inputActionId]: { type: 'datepicker', selected_date: fields.due ?? null } },
});

describe('the assignment form', () => {
  it('opens for a supervisor with every unit to pick, and only opens', async () => {
    expect(Object.keys(unitIds).sort()).toEqual(['省民政厅', '省水利厅']);
    const answer = await h.command('USUP', '交办');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({});
    expect(h.standIn.calls.map((c) => [c.method, c.ok])).toEqual([['views.open', true]]);
  });

  it('is refused to someone who may not assign, without opening', async () => {
    const answer = await h.command('UWLIA', 'assign');
    expect(answer.body.text).toMatch(/督办室/);
    expect(h.standIn.calls).toEqual([]);
  });

  it('stores a submitted assignment and turns into a confirmation; the unit is told', async () => {
    const answer = await h.submitView(
      'USUP',
      callbackIds.assignModal,
      values({
        code: '2026-0301',
        title: '关于水库安全的建议',
        lead: unitIds.省水利厅,
        co: [unitIds.省民政厅!],
        handler: 'UHAN',
        due: '2026-05-29',
      }),
    );
    expect(answer.body.response_action).toBe('update');
    expect(JSON.stringify(answer.body.view)).toContain('已交办建议 *2026-0301*');
    const sent = await h.drain();
    expect(
      sent
        .filter((c) => c.method === 'chat.postMessage')
        .map((c) => c.args.channel)
        .sort(),
    ).toEqual(['CWATER', 'UHAN', 'UWLIA']);
    const [stored] = await h.db.select().from(suggestions);
    expect(stored).toMatchObject({ code: '2026-0301', leadDeputy: '张代表', statutoryDueOn: '2026-05-29', internalDueOn: '2026-05-14' });
  });

  it('shows each problem next to its field and stores nothing', async () => {
    const before = await rowCount(h.db, suggestions);
    const cases: Array<[ReturnType<typeof values>, string, RegExp]> = [
      [values({ code: 'bad code!', lead: unitIds.省水利厅 }), assignModalBlocks.code, /编号由字母/],
      [values({ code: '2026-0301', lead: unitIds.省水利厅 }), assignModalBlocks.code, /已经交办过了/],
      [values({ code: '2026-0302', lead: unitIds.省水利厅, co: [unitIds.省水利厅!] }), assignModalBlocks.co, /不能同时是主办和会办/],
      [values({ code: '2026-0303', lead: unitIds.省水利厅, due: '2026-02-01' }), assignModalBlocks.due, /不晚于今天/],
      [values({ code: '2026-0304', lead: '424242' }), assignModalBlocks.lead, /没有名为/],
    ];
    for (const [state, field, says] of cases) {
      const answer = await h.submitView('USUP', callbackIds.assignModal, state);
      expect(answer.body.response_action).toBe('errors');
      expect(answer.body.errors?.[field]).toMatch(says);
    }
    const refused = await h.submitView('UWLIA', callbackIds.assignModal, values({ code: '2026-0305', lead: unitIds.省水利厅 }));
    expect(refused.body.errors?.[assignModalBlocks.code]).toMatch(/督办室/);
    const malformed = await h.submitView('USUP', callbackIds.assignModal, { nonsense: true });
    expect(malformed.body.errors?.[assignModalBlocks.code]).toMatch(/请求不完整/);
    expect(await rowCount(h.db, suggestions)).toBe(before);
    expect(h.standIn.calls).toEqual([]);
  });
});

describe('other surfaces', () => {
  it('survives a signed payload that is not JSON', async () => {
    const response = await send(h.eventsUrl, signRequest('payload=%7Bnot-json', { secret: signingSecret }));
    expect(response.status).toBeGreaterThanOrEqual(400);
    // Still serving.
    expect((await h.command('USUP', 'help')).status).toBe(200);
  });
});
