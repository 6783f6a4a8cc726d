// The demo's second half: its clock runs day by day through the quarter after the assignments.
// Each working day at 09:00 the reminder job runs and its messages go out; the people act on the
// lines they are reminded of. Most units act on each node the day it is due; one (国资委) lags,
// so its lateness climbs to its leader and to the supervision office, until the office's alert
// and a lead unit's 催办 bring it back. Along the way: a contact logged, two extension requests,
// each Monday the week's ranking for the office and each unit's own report, each month's
// supervision report, and the replies (replies.ts): co-unit opinions, drafts through their review
// chain (one sent back), the 办后反馈 calls, a deputy's 不满意 and its second round, and B-class
// promises on follow-up. The deputies' verdicts come back in the office's 征询意见表 at the end.

import { workingCalendar } from '../../src/domain/calendar.js';
import { addDays, type CalendarDate, instantInZone } from '../../src/domain/calendar-date.js';
import { jobDefinitions } from '../../src/jobs/definitions.js';
import { actionIds, callbackIds } from '../../src/slack/ids.js';
import type { RecordedCall } from '../../tools/slack-stand-in/types.js';
import type { BulkOffice } from './bulk-office.js';
import type { DemoDriver } from './demo-driver.js';
import { featuredCodes, leaderStandIn, supervisor, unitNamed } from './office.js';
import { boldCode, codeOfMessage, firstLine, kindOf, renderedView } from './recorder.js';
import { contactFormValues, ReplyDesk } from './replies.js';

type Forms = { drafts: Map<number, string>; opinions: Map<number, string>; feedback: Map<number, Array<[string, RecordedCall]>> };
type Blocks = Array<{ type: string; text?: { text?: string }; elements?: Array<{ action_id: string; value: string }> }>;

const lagging = unitNamed('国资委');
const calendar = workingCalendar();

export async function playQuarter(driver: DemoDriver, from: CalendarDate, to: CalendarDate, bulk: BulkOffice): Promise<void> {
  const { recorder } = driver;
  recorder.scene(
    '九、一个季度的每日督办提醒',
    '演示时钟逐日前进。每个工作日 09:00，提醒任务给每个有到期或逾期节点的人发一条汇总私信；多数单位当天处理到期的节点，' +
      '「省国资委」拖延：逾期 3 个工作日起提醒其分管领导，5 个工作日起通报督办室。加粗的日子记录全文，其余日子只记一行。',
  );
  // 国资委 first ignores everything; after the office's alert it accepts; after the lead unit's 催办 it catches up.
  let laggard: 'idle' | 'accepts' | 'caught up' = 'idle';
  const seen = new Set<string>();
  let requests: RecordedCall[] = [];
  const desk = new ReplyDesk(driver);

  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (!calendar.isWorkday(day)) continue;
    const worked = await bulk.days(day, day);
    driver.setNow(instantInZone(day, '09:00', driver.timezone));
    await jobDefinitions.delegations.run(driver.db, instantInZone(day, '08:50', driver.timezone), driver.timezone);
    await jobDefinitions.reminders.run(driver.db, instantInZone(day, '09:00', driver.timezone), driver.timezone);
    await jobDefinitions.weekly.run(driver.db, instantInZone(day, '09:30', driver.timezone), driver.timezone);
    await jobDefinitions.monthly.run(driver.db, instantInZone(day, '10:00', driver.timezone), driver.timezone);
    const sent = await driver.deliver(false);
    const kinds = kindsOf(sent);
    // The first day of each kind of message is written out in full.
    // A reminder that first brings up B-class promises (逐件跟踪) counts as a kind of its own.
    const bringsPromises = (call: RecordedCall) => isReminder(call) && JSON.stringify(call.args.blocks).includes('承诺事项跟踪');
    if (sent.some(bringsPromises)) kinds.set('promise-reminder', 1);
    const firsts = [...kinds.keys()].filter((kind) => !seen.has(kind));
    firsts.forEach((kind) => seen.add(kind));
    const story = storyOf(day);
    const full = firsts.length > 0 || story !== undefined;
    if (full) {
      recorder.scene(`${day}（${weekday(day)}）`, story ?? '这一天出现了新的一类提醒。');
      // Of a day's many reminders only a few are written out: the one that brings up promises first.
      recorder.sent([...sent].sort((a, b) => Number(bringsPromises(b)) - Number(bringsPromises(a))));
    }

    let clicks = 0;
    const forms: Forms = { drafts: new Map(), opinions: new Map(), feedback: new Map() };
    for (const dm of sent.filter((call) => call.method === 'chat.postMessage' && isReminder(call))) {
      const person = String(dm.args.channel);
      const acting = !isLaggard(person) || laggard === 'caught up' ? 'all' : laggard === 'accepts' ? 'accept' : 'none';
      if (acting === 'none') continue;
      clicks += await actOnReminder(driver, person, dm, acting, full, forms);
    }
    // The reply desk plays the featured suggestions; a reminder may name several, and it looks in each.
    const carried = await driver.carried(sent);
    const featuredSent = carried.filter((call) => isReminder(call) || featuredCodes.has(codeOfMessage(call)));
    clicks += await desk.onDay(
      day,
      featuredSent.filter((call) => !isLaggard(String(call.args.channel)) || laggard === 'caught up'),
      forms,
    );

    if (day === '2026-03-12') laggard = 'accepts';
    if (day === '2026-03-13') {
      const water = unitNamed('水利厅');
      await driver.type(water.handler.id, 'contact 2026-0002');
      const form = driver.openedView();
      const done = await driver.submitView(
        water.handler.id,
        callbackIds.contactModal,
        contactFormValues(day, 'before', '代表希望先到两个乡镇实地看饮水工程，再商定答复重点。'),
        form?.private_metadata ?? '',
      );
      recorder.did(water.handler.id, '提交「记录沟通」表单（2026-0002，办前沟通，电话）：', renderedView(done.view));
    }
    if (day === '2026-04-07') {
      const water = unitNamed('水利厅');
      const shown = await driver.type(water.handler.id, 'show 2026-0001');
      const nudge = (shown.blocks as Blocks | undefined)
        ?.flatMap((b) => b.elements ?? [])
        .find((e) => e.action_id === actionIds.nudgeCoUnit);
      if (nudge) {
        const answer = await driver.click(water.handler.id, actionIds.nudgeCoUnit, nudge.value);
        recorder.did(water.handler.id, '在详情中点击「催办」（会办单位省国资委）：', String(answer?.args.text ?? ''));
      }
      const nudged = await driver.deliver(false);
      recorder.sent(nudged);
      desk.keep(await driver.carried(nudged));
      laggard = 'caught up';
    }
    if (day === '2026-04-20') {
      await driver.type(unitNamed('民政厅').liaison.id, 'extend 2026-0006 2026-07-31 需要与财政、人社部门协调社工岗位经费');
      await driver.type(unitNamed('商务厅').liaison.id, 'extend 2026-0009 2026-08-31 外贸形势变化需要重新调研');
      const asked = (await driver.deliver(false)).filter((call) => call.method === 'chat.postMessage');
      recorder.sent(asked);
      requests = desk.keep(await driver.carried(asked));
    }
    if (day === '2026-04-21') desk.keep(await decideExtensions(driver, requests));

    const bulkLine = worked.done ? `；其余建议完成 ${worked.done} 个节点${worked.late ? `（其中逾期完成 ${worked.late} 个）` : ''}` : '';
    if (!full) recorder.note(`${day}（${weekday(day)}）：${summaryOf(kinds)}${clicks ? `；当天点击 ${clicks} 次` : ''}${bulkLine}`);
    else if (bulkLine) recorder.note(`当天${bulkLine.slice(1)}。`);
  }

  recorder.scene('十、季度末', '督办室查看仍有逾期节点的建议，联络员查看本单位的建议。');
  await driver.type(supervisor.id, 'list overdue');
  await driver.type(unitNamed('民政厅').liaison.id, 'show 2026-0006');
}

const isReminder = (call: RecordedCall) => kindOf(call) === 'reminder';
// The leader's stand-in lags with the unit: what reaches them is the leader's, and it waits as the leader's would.
const isLaggard = (person: string) => [lagging.liaison.id, lagging.handler.id, lagging.leader.id, leaderStandIn.id].includes(person);

/**
 * Clicks 签收 or 完成 on each line due today or overdue; a reply's draft (初稿) and a co-unit
 * opinion (会办意见) are written in their forms instead, which the reply desk does. Past ten lines
 * a reminder groups them by step and date: a group due today or overdue is opened (查看清单) and
 * its lines acted on in the list. Resolves to the clicks made.
 */
async function actOnReminder(
  driver: DemoDriver,
  person: string,
  dm: RecordedCall,
  acting: 'all' | 'accept',
  record: boolean,
  forms: Forms,
): Promise<number> {
  let clicks = 0;
  let stepClicks = 0;
  /** Acts on the featured lines of a reminder, or of a group's list. */
  const actOn = async (shown: RecordedCall): Promise<void> => {
    const blocks = shown.args.blocks as Blocks;
    let message = shown;
    for (let i = 0; i + 1 < blocks.length; i += 1) {
      const line = blocks[i]?.text?.text ?? '';
      const buttons = blocks[i + 1]?.elements ?? [];
      if (!/逾期|今天到期/.test(line) || !featuredCodes.has(boldCode(line))) continue;
      const suggestionId = Number(buttons.find((e) => e.action_id === actionIds.showDetails)?.value);
      const form = /(?:^|\n| · )(初稿|会办意见) · 应于/.exec(line)?.[1];
      if (form && acting === 'all') {
        (form === '初稿' ? forms.drafts : forms.opinions).set(suggestionId, person);
        continue;
      }
      // 办后反馈 is a call to the deputy, logged or answered with the verdict: the reply desk makes it.
      if (/(?:^|\n| · )办后反馈 · 应于/.test(line)) {
        if (acting === 'all') forms.feedback.set(suggestionId, [...(forms.feedback.get(suggestionId) ?? []), [person, message]]);
        continue;
      }
      const step = buttons.find((e) => e.action_id === actionIds.acceptAssignment || e.action_id === actionIds.completeMilestone);
      if (!step || (acting === 'accept' && step.action_id !== actionIds.acceptAssignment)) continue;
      const answer = await driver.click(person, step.action_id, step.value, message);
      clicks += 1;
      stepClicks += 1;
      // Each click answers with the message (or the list) as it now stands; the next click is on that.
      if (answer?.args.replace_original) message = { ...message, args: { ...message.args, blocks: answer.args.blocks } };
      if (record && stepClicks === 1)
        driver.recorder.did(
          person,
          `在${shown === dm ? '提醒' : '清单'}中点击「${step.action_id === actionIds.acceptAssignment ? '签收' : '完成'}」：`,
          firstLine(answer),
        );
    }
  };
  await actOn(dm);

  let opened = false;
  for (const block of dm.args.blocks as Array<{ text?: { text?: string }; accessory?: { action_id: string; value: string } }>) {
    const open = block.accessory;
    if (open?.action_id !== actionIds.openReminderGroup || !/逾期|今天到期/.test(block.text?.text ?? '')) continue;
    // A private answer instead of the list: nothing was opened.
    if (await driver.click(person, open.action_id, open.value, dm)) continue;
    const list = driver.openedView() as { blocks?: unknown[] } | undefined;
    if (!list?.blocks) continue;
    // Only a list with a featured suggestion in it is a click of the story.
    const featured = (list.blocks as Blocks).some((b) => featuredCodes.has(boldCode(b.text?.text ?? '')));
    if (featured) clicks += 1;
    if (record && featured && !opened) {
      opened = true;
      driver.recorder.did(person, `在提醒中点击「查看清单」（${block.text?.text ?? ''}）：`, renderedView(list).split('\n')[0] ?? '');
    }
    // The demo's driver clicks as on a message: the list's lines are answered in place all the same.
    if (featured) await actOn({ ...dm, args: { ...dm.args, blocks: list.blocks } });
  }
  return clicks;
}

/** The supervision office decides from the request messages it got: one approved, one refused. */
/** Resolves to the messages the decisions sent. */
async function decideExtensions(driver: DemoDriver, requests: RecordedCall[]): Promise<RecordedCall[]> {
  for (const request of requests) {
    const buttons = (request.args.blocks as Blocks).flatMap((b) => b.elements ?? []);
    const approve = JSON.stringify(request.args.blocks).includes('2026-0006');
    const button = buttons.find((e) => e.action_id === (approve ? actionIds.approveExtension : actionIds.refuseExtension));
    if (!button) continue;
    const answer = await driver.click(supervisor.id, button.action_id, button.value, request);
    driver.recorder.did(supervisor.id, `在延期申请上点击「${approve ? '批准' : '不予同意'}」：`, firstLine(answer));
  }
  const sent = await driver.deliver(false);
  driver.recorder.sent(sent);
  return sent;
}

function kindsOf(sent: RecordedCall[]): Map<string, number> {
  const kinds = new Map<string, number>();
  for (const call of sent) {
    const kind = kindOf(call);
    if (kind) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  return kinds;
}

const kindNames: Record<string, string> = {
  reminder: '每日提醒',
  'leader-alert': '分管领导提醒',
  'supervision-alert': '督办室通报',
  'extension-requested': '延期申请',
  'extension-decided': '延期决定',
  nudge: '催办',
  'weekly-ranking': '每周排名',
  'weekly-chart': '每周得分图',
  'weekly-unit': '单位周报',
  monthly: '每月督办报告',
  accepted: '签收回执',
  opinion: '会办意见',
  review: '答复审核请求',
  'reply-returned': '答复退回',
  'reply-signed': '答复签发',
  'reply-sent': '答复发出',
  verdict: '代表评价',
  'promise-reminder': '承诺事项提醒',
};

const summaryOf = (kinds: Map<string, number>) =>
  kinds.size === 0 ? '没有需要提醒的节点' : [...kinds].map(([kind, n]) => `${kindNames[kind] ?? kind} ${n} 条`).join('、');

function storyOf(day: CalendarDate): string | undefined {
  switch (day) {
    case '2026-03-13':
      return '省国资委在督办室通报后签收；水利厅经办人记录了与领衔代表的办前沟通。';
    case '2026-04-07':
      return '会办意见期限（4月2日）已过，省国资委仍未送出：主办单位水利厅的经办人在详情中「催办」。';
    case '2026-04-20':
      return '民政厅、商务厅各自申请延期。';
    case '2026-04-21':
      return '督办室批准民政厅的延期（未完成的节点按新期限重排），对商务厅的申请不予同意。';
    default:
      return undefined;
  }
}

const weekdayNames = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const weekday = (day: CalendarDate) => weekdayNames[(new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7];
