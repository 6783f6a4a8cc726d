// 记录沟通: the form opens from the command, and a contact before handling completes 办前沟通.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignments, auditEvents, contacts, milestones } from '../../src/db/schema.js';
import { callbackIds, contactModalBlocks, inputActionId } from '../../src/slack/ids.js';
import { rowCount } from '../support/fixtures.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ supervisors: ['USUP'], now: '2026-03-02T01:00:00Z' });
  await h.command('USUP', 'unit add 省水利厅 alias:水利厅 liaison:<@UWLIA|wang>');
  await h.command('USUP', 'assign 2026-0501 lead:水利厅 handler:<@UHAN|han> title:关于河道治理的建议');
  await h.drain();
});
afterAll(async () => {
  await h?.close();
});

const values = (stage: string, mode: string, date: string | null, note = '代表同意先调研再答复') => ({
  [contactModalBlocks.stage]: { [inputActionId]: { type: 'static_select', selected_option: { value: stage } } },
  [contactModalBlocks.mode]: { [inputActionId]: { type: 'static_select', selected_option: { value: mode } } },
  [contactModalBlocks.date]: { [inputActionId]: { type: 'datepicker', selected_date: date } },
  [contactModalBlocks.note]: { [inputActionId]: { type: 'plain_text_input', value: note } },
});

describe('/suggest contact', () => {
  it('opens the form for the unit’s handler, about the suggestion, dated today', async () => {
    h.standIn.reset();
    h.setNow('2026-03-09T02:00:00Z');
    const answer = await h.command('UHAN', '沟通 2026-0501');
    expect(answer.body).toEqual({});
    const [opened] = h.standIn.callsTo('views.open');
    const view = opened?.args.view as {
      callback_id: string;
      private_metadata: string;
      blocks: Array<{ element?: { initial_date?: string } }>;
    };
    expect(view.callback_id).toBe(callbackIds.contactModal);
    expect(JSON.stringify(view.blocks)).toContain('*2026-0501* 关于河道治理的建议 · 省水利厅');
    expect(view.blocks.find((b) => b.element?.initial_date)?.element?.initial_date).toBe('2026-03-09');
  });

  it('refuses someone with no part in it, and an unknown code, before any form opens', async () => {
    h.standIn.reset();
    expect((await h.command('USTRANGER', 'contact 2026-0501')).body.text).toMatch(/需要以下角色之一：经办人、联络员/);
    expect((await h.command('UHAN', 'contact 2026-0599')).body.text).toMatch(/本会次没有编号为 `2026-0599` 的建议/);
    expect(h.standIn.callsTo('views.open')).toEqual([]);
  });

  it('logs a contact before handling, which completes 办前沟通, audited', async () => {
    const [assignment] = await h.db.select().from(assignments);
    const suggestionId = String(assignment!.suggestionId);
    const preContact = () =>
      h.db
        .select()
        .from(milestones)
        .where(and(eq(milestones.assignmentId, assignment!.id), eq(milestones.kind, 'pre_contact')));

    const future = await h.submitView('UHAN', callbackIds.contactModal, values('before', 'phone', '2026-03-20'), suggestionId);
    expect(future.body).toMatchObject({
      response_action: 'errors',
      errors: { [contactModalBlocks.date]: expect.stringContaining('还没到') },
    });
    const noDate = await h.submitView('UHAN', callbackIds.contactModal, values('before', 'phone', null), suggestionId);
    expect(noDate.body.errors?.[contactModalBlocks.date]).toBe('请选择沟通的日期。');
    const forged = await h.submitView('UHAN', callbackIds.contactModal, values('sometime', 'phone', '2026-03-06'), suggestionId);
    expect(forged.body.response_action).toBe('errors');
    expect(await rowCount(h.db, contacts)).toBe(0);

    const logged = await h.submitView('UHAN', callbackIds.contactModal, values('before', 'phone', '2026-03-06'), suggestionId, 'VCONTACT1');
    expect(logged.body.response_action).toBe('update');
    // The same form submitted again (its first answer reached Slack too late): one contact, the same answer.
    const again = await h.submitView('UHAN', callbackIds.contactModal, values('before', 'phone', '2026-03-06'), suggestionId, 'VCONTACT1');
    expect(again.body.response_action).toBe('update');
    expect(JSON.stringify(again.body.view)).toContain('这次沟通已为「省水利厅」记录过（建议 *2026-0501*），这次提交没有重复记录。');
    expect(await rowCount(h.db, contacts)).toBe(1);
    expect(JSON.stringify(logged.body.view)).toContain('已为「省水利厅」记录建议 *2026-0501* 的一次沟通。「办前沟通」节点已完成。');
    const [contact] = await h.db.select().from(contacts);
    expect(contact).toMatchObject({
      stage: 'before',
      mode: 'phone',
      contactedOn: '2026-03-06',
      note: '代表同意先调研再答复',
      loggedBy: 'UHAN',
    });
    expect((await preContact())[0]?.doneBy).toBe('UHAN');
    expect((await h.db.select().from(auditEvents)).map((e) => e.action)).toEqual(
      expect.arrayContaining(['contact.log', 'milestone.complete']),
    );

    // A later contact is logged; the node stays as it was.
    const during = await h.submitView('UWLIA', callbackIds.contactModal, values('during', 'visit', '2026-03-09', ''), suggestionId);
    expect(JSON.stringify(during.body.view)).not.toContain('节点已完成');
    expect(await rowCount(h.db, contacts)).toBe(2);
  });
});
