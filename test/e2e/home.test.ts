// The Home tab as people use it: what it lists for whom, a page at a time, and its buttons, whose
// clicks carry no response_url and are answered by drawing the tab again.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignments, auditEvents, suggestions, units } from '../../src/db/schema.js';
import { actionIds, baseActionId, callbackIds } from '../../src/slack/ids.js';
import { homeLinesPerPage } from '../../src/slack/views/home.js';
import { type Harness, type HomeTab, startHarness } from '../support/harness.js';

let h: Harness;
const waterCodes = Array.from({ length: homeLinesPerPage + 4 }, (_, i) => `2026-03${String(i + 1).padStart(2, '0')}`);
beforeAll(async () => {
  h = await startHarness({ supervisors: ['USUP'], now: '2026-03-02T01:00:00Z' });
  await h.command('USUP', 'unit add 省水利厅 alias:水利厅 liaison:<@UWLIA|wang>');
  await h.command('USUP', 'unit add 省民政厅 alias:民政厅 liaison:<@UCLIA|li>');
  // The handler has the first one; the liaison answers for 签收 of them all.
  await h.command('USUP', `assign ${waterCodes[0]} lead:水利厅 co:民政厅 handler:<@UHAN|han>`);
  for (const code of waterCodes.slice(1)) await h.command('USUP', `assign ${code} lead:水利厅`);
  await h.drain();
  // Wednesday: 签收 is due on Thursday.
  h.setNow('2026-03-04T02:00:00Z');
});
afterAll(async () => {
  await h?.close();
});

const textOf = (tab: HomeTab) => JSON.stringify(tab.blocks);
const buttonsOf = (tab: HomeTab) =>
  tab.blocks.flatMap((block) => block.elements ?? []).filter((element) => element.action_id !== undefined);
const buttonFor = (tab: HomeTab, actionId: string) => buttonsOf(tab).filter((b) => baseActionId(b.action_id) === actionId);

describe('the Home tab', () => {
  it('lists a handler’s own steps with their buttons, and no unit summary', async () => {
    const tab = await h.openHome('UHAN');
    expect(textOf(tab)).toContain('我的待办节点* · 共');
    expect(textOf(tab)).toContain(waterCodes[0]);
    expect(textOf(tab)).not.toContain(waterCodes[1]);
    expect(buttonFor(tab, actionIds.acceptAssignment)).toHaveLength(1);
    expect(textOf(tab)).not.toContain('本单位本周情况');
    expect(textOf(tab)).not.toContain('各单位本周排名');
  });

  it('accepts from the tab: the step is gone from the redrawn tab, the answer above it, the change stored and audited', async () => {
    const before = await h.openHome('UHAN');
    const [accept] = buttonFor(before, actionIds.acceptAssignment);
    const after = await h.homeButton('UHAN', accept!.action_id, accept!.value);
    expect(textOf(after)).toContain('刚才的操作');
    expect(textOf(after)).toContain(`已签收建议 *${waterCodes[0]}*`);
    expect(buttonFor(after, actionIds.acceptAssignment)).toHaveLength(0);
    const [row] = await h.db
      .select({ acceptedAt: assignments.acceptedAt })
      .from(assignments)
      .where(eq(assignments.id, Number(accept!.value)));
    expect(row?.acceptedAt).not.toBeNull();
    expect(await h.db.$count(auditEvents, and(eq(auditEvents.actor, 'UHAN'), eq(auditEvents.action, 'assignment.accept')))).toBe(1);
  });

  it('answers a refusal in the tab and changes nothing', async () => {
    const liaisonTab = await h.openHome('UWLIA');
    const [accept] = buttonFor(liaisonTab, actionIds.acceptAssignment);
    const refused = await h.homeButton('UCLIA', accept!.action_id, accept!.value);
    expect(textOf(refused)).toContain('刚才的操作');
    expect(textOf(refused)).toMatch(/需要以下角色之一|不是你/);
    const [row] = await h.db
      .select({ acceptedAt: assignments.acceptedAt })
      .from(assignments)
      .where(eq(assignments.id, Number(accept!.value)));
    expect(row?.acceptedAt).toBeNull();
  });

  it('shows a liaison a page at a time, and the unit’s week so far', async () => {
    const first = await h.openHome('UWLIA');
    expect(textOf(first)).toMatch(/第 1\/\d+ 页/);
    expect(textOf(first)).toMatch(/\*省水利厅\* · (本周排名第|本周无应办事项，不参加排名)/);
    const [next] = buttonFor(first, actionIds.homePage);
    expect(next?.value).toBe('2');
    const second = await h.homeButton('UWLIA', next!.action_id, next!.value);
    expect(textOf(second)).toMatch(/第 2\/\d+ 页/);
    expect(buttonFor(second, actionIds.homePage).map((b) => b.value)).toContain('1');
    // The liaison's lines on the two pages are different ones.
    const firstAccepts = buttonFor(first, actionIds.acceptAssignment).map((b) => b.value);
    const secondAccepts = buttonFor(second, actionIds.acceptAssignment).map((b) => b.value);
    expect(secondAccepts.length).toBeGreaterThan(0);
    expect(secondAccepts.filter((value) => firstAccepts.includes(value))).toEqual([]);
  });

  it('opens the details of a suggestion above the lines', async () => {
    const tab = await h.openHome('UCLIA');
    const [details] = buttonFor(tab, actionIds.showDetails);
    const [suggestion] = await h.db
      .select({ code: suggestions.code })
      .from(suggestions)
      .where(eq(suggestions.id, Number(details!.value)));
    const shown = await h.homeButton('UCLIA', details!.action_id, details!.value);
    expect(textOf(shown).indexOf(suggestion!.code)).toBeLessThan(textOf(shown).indexOf('我的待办节点'));
  });

  it('gives the supervision office the board of every unit', async () => {
    const tab = await h.openHome('USUP');
    expect(textOf(tab)).toContain('各单位本周排名* · 共 2 个单位');
    expect(textOf(tab)).toContain('目前没有需要您办理的节点。');
    expect(await h.db.$count(units)).toBe(2);
  });

  it('starts the work by role: the office’s buttons do what their commands do, a unit’s find its suggestions, help for all', async () => {
    const labels = (tab: HomeTab) =>
      (tab.blocks.find((block) => block.elements?.some((e) => baseActionId(e.action_id) === actionIds.homeCommand))?.elements ?? []).map(
        (e) => [(e as { text?: { text: string } }).text?.text, e.value],
      );
    const office = await h.openHome('USUP');
    expect(labels(office)).toEqual([
      ['交办', 'assign'],
      ['导入', 'import'],
      ['导出台账', 'export'],
      ['排名', 'rank'],
      ['统计', 'stats'],
      ['发件箱', 'outbox'],
      ['延期和调整申请', 'list requests'],
      ['帮助', 'help'],
    ]);
    // A liaison with 签收 waiting starts with all of them at once, the most urgent reply to write,
    // and the assignment waiting longest for a handler (分办).
    const liaison = labels(await h.openHome('UWLIA'));
    expect(liaison.slice(3)).toEqual([
      ['我的建议', 'list mine'],
      ['帮助', 'help'],
    ]);
    expect(liaison[0]?.[0]).toMatch(/^全部签收（\d+ 件）$/);
    expect(liaison[1]?.[0]).toMatch(/^写答复 2026-03\d\d$/);
    expect(liaison[2]?.[0]).toBe(`分办 ${waterCodes[1]}`);
    expect((await h.homeFormButton('UWLIA', actionIds.routeAssignment, String(liaison[2]?.[1])))?.callback_id).toBe(callbackIds.routeModal);
    expect(labels(await h.openHome('UNOBODY'))).toEqual([['帮助', 'help']]);

    // A form opens as the command opens it.
    expect((await h.homeFormButton('USUP', actionIds.homeCommand, 'assign'))?.callback_id).toBe(callbackIds.assignModal);
    expect((await h.homeFormButton('USUP', actionIds.homeCommand, 'import'))?.callback_id).toBe(callbackIds.importModal);
    // An answer is shown at the top of the tab; a table gives way to where to read it whole.
    const stats = textOf(await h.homeButton('USUP', actionIds.homeCommand, 'stats'));
    expect(stats).toContain('*刚才的操作*');
    expect(stats).toContain('完整的表格请输入 `/suggest stats` 查看。');
    expect(stats).not.toContain('"type":"table"');
    expect(textOf(await h.homeButton('UWLIA', actionIds.homeCommand, 'list mine'))).toContain(waterCodes[1]);
    // The command's rights stand: a unit's liaison clicking the office's button is told what it needs.
    expect(textOf(await h.homeButton('UWLIA', actionIds.homeCommand, 'stats'))).toContain('需要以下角色之一：督办室');
    expect(textOf(await h.homeButton('UNOBODY', actionIds.homeCommand, 'help'))).toContain('督办助手 · 用法');
  });
});
