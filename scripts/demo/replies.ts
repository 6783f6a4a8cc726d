// The replies of the demo's quarter, played from the messages people get. A co-handling unit
// sends its opinion when 会办意见 comes due; a lead unit's handler drafts the reply when 初稿 does;
// the unit's reviewers sign it off level by level the day the request reaches them (水利厅's
// leader sends 2026-0002 back once); the handler marks it sent once signed. The deputies' verdicts
// mostly come back in the office's 征询意见表 at the quarter's end (verdict-survey.ts), but a deputy
// may answer the unit first: 2026-0002's deputy calls the lead unit's liaison to say 不满意 a week
// after the reply, and it goes round again; the deputies of the other answers that are not plain
// A-class tell the liaison on the 办后反馈 call, who records the verdict from the reminder's
// buttons. 2026-0005 answers with B-class promises that stay on follow-up and are written off as
// they are kept.
import { eq } from 'drizzle-orm';
import { suggestions } from '../../src/db/schema.js';
import { addWorkingDays, workingCalendar } from '../../src/domain/calendar.js';
import type { CalendarDate } from '../../src/domain/calendar-date.js';
import type { Verdict } from '../../src/domain/vocabulary.js';
import {
  actionIds,
  callbackIds,
  contactModalBlocks,
  inputActionId,
  opinionModalBlocks,
  replyModalBlocks,
  returnModalBlocks,
  verdictModalBlocks,
} from '../../src/slack/ids.js';
import type { RecordedCall } from '../../tools/slack-stand-in/types.js';
import type { DemoDriver } from './demo-driver.js';
import { suggestions as plannedSuggestions, unitNamed } from './office.js';
import { codeOfMessage, firstLine, kindOf, renderedView } from './recorder.js';

type Blocks = Array<{ type: string; text?: { text?: string }; elements?: Array<{ action_id: string; value: string }> }>;

interface ReplyPlan {
  replyClass: 'A' | 'B' | 'C';
  summary: string;
  commitments?: string;
  reason?: string;
  verdict: '满意' | '基本满意' | '不满意';
  note?: string;
}

/** Each suggestion's answer, round by round; a suggestion not named answers A and is 满意. */
const plans: Record<string, ReplyPlan[]> = {
  '2026-0002': [
    {
      replyClass: 'A',
      summary: '全省农村集中供水率已达 92%，今年再改造 40 处老旧供水工程。',
      verdict: '不满意',
      note: '代表希望明确两个乡镇的改造时间。',
    },
    {
      replyClass: 'B',
      summary: '两个乡镇的供水管网改造已列入今年计划，分两批实施。',
      commitments: '2026-06-01 完成第一批管网改造招标\n2026-09-30 两个乡镇管网改造完工',
      verdict: '基本满意',
    },
  ],
  '2026-0005': [
    {
      replyClass: 'B',
      summary: '农村养老服务中心建设已列入省民生实事，分年度推进。',
      commitments: '2026-06-02 出台农村互助养老服务指导意见\n2026-12-31 新建农村养老服务中心 120 个',
      verdict: '基本满意',
    },
  ],
  '2026-0010': [
    {
      replyClass: 'C',
      summary: '省属国有资本布局优化方案正在研究中。',
      reason: '涉及国企改革总体方案，需待国家层面政策出台后统筹安排。',
      verdict: '基本满意',
    },
  ],
};
const planOf = (code: string, round: number): ReplyPlan =>
  plans[code]?.[round - 1] ?? { replyClass: 'A', summary: '已按代表建议完成相关工作，具体措施见答复函。', verdict: '满意' };

const verdictWords: Record<ReplyPlan['verdict'], Verdict> = { 满意: 'satisfied', 基本满意: 'basically_satisfied', 不满意: 'dissatisfied' };
const verdictButtons: Record<Verdict, string> = {
  satisfied: actionIds.recordSatisfied,
  basically_satisfied: actionIds.recordBasicallySatisfied,
  dissatisfied: actionIds.recordDissatisfied,
};

/** The verdict the deputy of a featured suggestion gives on a round's reply. */
export function featuredVerdictOf(code: string, round: number): { verdict: Verdict; note: string } {
  const plan = planOf(code, round);
  return { verdict: verdictWords[plan.verdict], note: plan.note ?? '' };
}

/** Whether the deputy tells the unit before the survey comes back: 不满意 at once, a verdict on a reply that is not plain A on the 办后反馈 call. */
const toldByPhone = (code: string, round: number) => plans[code]?.[round - 1] !== undefined;

/** The one reply sent back, by the level that sends it back. */
const returned = { code: '2026-0002', level: '分管领导审核', comment: '请补充两个乡镇实地调研的情况和改造时间表。' };

const calendar = workingCalendar();
/** When a dissatisfied deputy calls the lead unit's liaison, in working days after the reply. */
const complaintAfterWorkingDays = 5;

export class ReplyDesk {
  /** Suggestions whose deputy calls to say 不满意, by day. */
  private readonly complaintsDue = new Map<string, CalendarDate>();
  private readonly shown = new Set<string>();
  private returnedOnce = false;
  /** Messages that went out during the day, after the morning's: acted on the next day. */
  private kept: RecordedCall[] = [];

  constructor(private readonly driver: DemoDriver) {}

  /** Keeps messages sent during the day for the next day's part; gives them back. */
  keep(calls: RecordedCall[]): RecordedCall[] {
    this.kept.push(...calls);
    return calls;
  }

  /** The day's part: what people do about the messages they got. Resolves to how many things they did. */
  /**
   * @param asked the steps people were reminded of that take a form rather than a click: by
   *   suggestion id, who writes the reply (初稿) or the co-unit opinion (会办意见), and the
   *   liaison reminded of 办后反馈 with the reminder that carries its verdict buttons.
   */
  async onDay(
    day: CalendarDate,
    sent: RecordedCall[],
    asked: { drafts: Map<number, string>; opinions: Map<number, string>; feedback: Map<number, Array<[string, RecordedCall]>> },
  ): Promise<number> {
    let acted = 0;
    const drafts = new Map(asked.drafts);
    const messages = [...this.kept, ...sent];
    this.kept = [];
    for (const message of messages.filter((call) => call.method === 'chat.postMessage')) {
      const kind = kindOf(message);
      const to = String(message.args.channel);
      if (kind === 'review') acted += await this.review(to, message);
      else if (kind === 'reply-returned') drafts.set(suggestionIdOf(message), to);
      else if (kind === 'reply-signed') acted += await this.markSent(to, message);
      else if (kind === 'reply-sent')
        this.complaintsDue.set(codeOfMessage(message), addWorkingDays(calendar, day, complaintAfterWorkingDays));
      else if (kind === 'reminder') acted += await this.writeOffKept(message);
    }
    for (const [id, person] of asked.opinions) acted += await this.sendOpinion(id, person);
    for (const [id, person] of drafts) acted += await this.draft(id, person);
    for (const [id, reminded] of asked.feedback) acted += await this.askForVerdict(day, id, reminded);
    for (const [code, due] of this.complaintsDue) {
      if (due > day) continue;
      this.complaintsDue.delete(code);
      acted += await this.recordComplaint(code);
    }
    return acted;
  }

  /** Records the first time a kind of thing is done in full; later ones quietly. */
  private firstTime(kind: string): boolean {
    if (this.shown.has(kind)) return false;
    this.shown.add(kind);
    return true;
  }

  private async suggestion(id: number) {
    const [row] = await this.driver.db.select().from(suggestions).where(eq(suggestions.id, id));
    if (!row) throw new Error(`no suggestion ${id}`);
    return row;
  }

  private async sendOpinion(suggestionId: number, person: string): Promise<number> {
    const { code } = await this.suggestion(suggestionId);
    const record = this.firstTime('opinion');
    const answer = await this.driver.type(person, `opinion ${code}`, record);
    if (answer.text) return 0;
    const form = this.driver.openedView();
    const body = {
      [opinionModalBlocks.body]: {
        [inputActionId]: { type: 'plain_text_input', value: '本单位同意主办单位的办理思路，将在职责范围内配合落实。' },
      },
    };
    const done = await this.driver.submitView(person, callbackIds.opinionModal, body, form?.private_metadata ?? '');
    if (record) this.driver.recorder.did(person, `提交「会办意见」表单（${code}）：`, renderedView(done.view));
    return 1;
  }

  private async draft(suggestionId: number, handler: string): Promise<number> {
    const { code, round } = await this.suggestion(suggestionId);
    const plan = planOf(code, round);
    const kind = round > 1 ? 'reply-round-2' : this.returnedOnce && code === returned.code ? 'reply-again' : 'reply';
    const record = this.firstTime(kind) || plan.replyClass !== 'A';
    const answer = await this.driver.type(handler, `reply ${code}`, record);
    // Refused (not in hand yet, or already under review): the answer says why, nothing opens.
    if (answer.text) return 0;
    const form = this.driver.openedView();
    const summary = kind === 'reply-again' ? `${plan.summary}已补充两个乡镇实地调研情况，改造于 9 月底前完成。` : plan.summary;
    const values = {
      [replyModalBlocks.replyClass]: { [inputActionId]: { type: 'static_select', selected_option: { value: plan.replyClass } } },
      [replyModalBlocks.summary]: { [inputActionId]: { type: 'plain_text_input', value: summary } },
      [replyModalBlocks.documentUrl]: {
        [inputActionId]: { type: 'plain_text_input', value: `https://rd.example.gov.cn/replies/${code}-${round}.pdf` },
      },
      [replyModalBlocks.mayPublish]: {
        [inputActionId]: { type: 'checkboxes', selected_options: plan.replyClass === 'C' ? [] : [{ value: 'yes' }] },
      },
      [replyModalBlocks.commitments]: { [inputActionId]: { type: 'plain_text_input', value: plan.commitments ?? null } },
      [replyModalBlocks.reason]: { [inputActionId]: { type: 'plain_text_input', value: plan.reason ?? null } },
    };
    const done = await this.driver.submitView(handler, callbackIds.replyModal, values, form?.private_metadata ?? '');
    if (record)
      this.driver.recorder.did(
        handler,
        `提交「答复」表单（${code}，${plan.replyClass} 类${round > 1 ? `，第 ${round} 轮` : ''}）：`,
        renderedView(done.view),
      );
    return 1;
  }

  private async review(reviewer: string, request: RecordedCall): Promise<number> {
    const blocks = request.args.blocks as Blocks;
    const text = JSON.stringify(blocks);
    const approve = blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === actionIds.approveReply);
    if (!approve) return 0;
    if (!this.returnedOnce && text.includes(`*${returned.code}*`) && String(request.args.text).includes(returned.level)) {
      this.returnedOnce = true;
      await this.driver.click(reviewer, actionIds.returnReply, approve.value, request);
      const form = this.driver.openedView();
      const comment = { [returnModalBlocks.comment]: { [inputActionId]: { type: 'plain_text_input', value: returned.comment } } };
      const done = await this.driver.submitView(reviewer, callbackIds.returnModal, comment, form?.private_metadata ?? '');
      this.driver.recorder.did(reviewer, `在审核请求上点击「退回修改」并写明意见（${returned.code}）：`, renderedView(done.view));
      return 1;
    }
    const answer = await this.driver.click(reviewer, actionIds.approveReply, approve.value, request);
    if (this.firstTime(`approve:${String(request.args.text).split(' · ')[1]}`)) {
      this.driver.recorder.did(reviewer, '在审核请求上点击「审核通过」：', firstLine(answer));
    }
    return 1;
  }

  private async markSent(handler: string, signed: RecordedCall): Promise<number> {
    const button = (signed.args.blocks as Blocks).flatMap((b) => b.elements ?? []).find((e) => e.action_id === actionIds.markReplySent);
    if (!button) return 0;
    const answer = await this.driver.click(handler, actionIds.markReplySent, button.value, signed);
    if (this.firstTime('sent')) this.driver.recorder.did(handler, '答复送达代表后，在签发通知上点击「已发出」：', firstLine(answer));
    return 1;
  }

  /** A deputy who is not satisfied calls the lead unit's liaison, who records it from the suggestion's details. */
  private async recordComplaint(code: string): Promise<number> {
    const [row] = await this.driver.db.select().from(suggestions).where(eq(suggestions.code, code));
    const plan = planOf(code, row?.round ?? 1);
    const liaison = leadUnitOf(code)?.liaison;
    if (!row || !liaison || plan.verdict !== '不满意') return 0;
    const shown = await this.driver.type(liaison.id, `show ${code}`);
    const button = (shown.blocks as Blocks | undefined)
      ?.flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === actionIds.recordDissatisfied);
    if (!button) return 0;
    await this.driver.click(liaison.id, actionIds.recordDissatisfied, button.value);
    const form = this.driver.openedView();
    const reasons = { [verdictModalBlocks.reasons]: { [inputActionId]: { type: 'plain_text_input', value: plan.note ?? '' } } };
    const done = await this.driver.submitView(liaison.id, callbackIds.verdictModal, reasons, form?.private_metadata ?? '');
    this.driver.recorder.did(
      liaison.id,
      `代表来电表示不满意：在详情中点击「不满意」，写明代表的理由（${code}）：`,
      renderedView(done.view),
    );
    // The new round's steps, as the unit's handler reads them: in plan order within a one-month window.
    const handler = leadUnitOf(code)?.handler;
    if (handler) {
      const detail = await this.driver.type(handler.id, `show ${code}`);
      this.driver.recorder.did(handler.id, `查看第 ${row.round + 1} 轮的时间节点（${code}）：`, stepLinesOf(detail.blocks, code));
    }
    return 1;
  }

  /**
   * 办后反馈: the unit calls the deputy. A deputy of an answer that is not plain A-class gives the
   * liaison the verdict there and then, recorded from the reminder's buttons; the others are asked
   * to fill in the office's 征询意见表, and the call is logged from the reminder (记录沟通).
   */
  private async askForVerdict(day: CalendarDate, suggestionId: number, reminded: Array<[string, RecordedCall]>): Promise<number> {
    const { code, round } = await this.suggestion(suggestionId);
    const { verdict } = featuredVerdictOf(code, round);
    const buttonOf = (reminder: RecordedCall, actionId: string) =>
      (reminder.args.blocks as Blocks)
        .flatMap((b) => b.elements ?? [])
        .find((e) => e.action_id === actionId && (e.value === String(suggestionId) || e.value.startsWith(`${suggestionId}:`)));
    if (toldByPhone(code, round) && verdict !== 'dissatisfied') {
      for (const [liaison, reminder] of reminded) {
        const button = buttonOf(reminder, verdictButtons[verdict]);
        if (!button) continue;
        const answer = await this.driver.click(liaison, button.action_id, button.value, reminder);
        if (this.firstTime('heard-verdict'))
          this.driver.recorder.did(
            liaison,
            `办后反馈时代表当即给出评价：在提醒中点击「${planOf(code, round).verdict}」（${code}）：`,
            firstLine(answer),
          );
        return 1;
      }
    }
    for (const [person, reminder] of reminded) {
      const button = buttonOf(reminder, actionIds.logContact);
      if (!button) continue;
      const record = this.firstTime('feedback-call');
      await this.driver.click(person, button.action_id, button.value, reminder);
      const form = this.driver.openedView();
      const values = contactFormValues(day, 'after', '已电话告知代表答复情况，请代表填写征询意见表寄回督办室。');
      const done = await this.driver.submitView(person, callbackIds.contactModal, values, form?.private_metadata ?? '');
      if (record) this.driver.recorder.did(person, `在提醒中点击「记录沟通」，记下办后反馈的电话（${code}）：`, renderedView(done.view));
      return 1;
    }
    return 0;
  }

  /** The lead unit's liaison writes off each promise the handler is reminded of on its day (kept on time). */
  private async writeOffKept(reminder: RecordedCall): Promise<number> {
    const text = JSON.stringify(reminder.args.blocks);
    let acted = 0;
    for (const [, code, seq] of text.matchAll(/今天到期 · \*(\S+?)\* [^·]*· 承诺 (\d+)：/g)) {
      const liaison = leadUnitOf(code!)?.liaison;
      if (!liaison) continue;
      await this.driver.type(liaison.id, `commitment done ${code} ${seq}`, this.firstTime('write-off'));
      acted += 1;
    }
    return acted;
  }
}

/** The 记录沟通 form's answers: a call with the deputy on the day. */
export const contactFormValues = (day: CalendarDate, stage: 'before' | 'after', note: string) => ({
  [contactModalBlocks.stage]: { [inputActionId]: { type: 'static_select', selected_option: { value: stage } } },
  [contactModalBlocks.mode]: { [inputActionId]: { type: 'static_select', selected_option: { value: 'phone' } } },
  [contactModalBlocks.date]: { [inputActionId]: { type: 'datepicker', selected_date: day } },
  [contactModalBlocks.note]: { [inputActionId]: { type: 'plain_text_input', value: note } },
});

const suggestionIdOf = (message: RecordedCall): number => {
  const details = (message.args.blocks as Blocks).flatMap((b) => b.elements ?? []).find((e) => e.action_id === actionIds.showDetails);
  return Number(details?.value);
};

const leadUnitOf = (code: string) => {
  const planned = plannedSuggestions.find((s) => s.code === code);
  return planned ? unitNamed(planned.lead) : undefined;
};

/** The lead unit's step lines of a suggestion's details: its current round, in the order shown. */
function stepLinesOf(blocks: unknown[] | undefined, code: string): string {
  const texts = ((blocks ?? []) as Array<{ text?: { text?: string } }>).map((b) => b.text?.text ?? '');
  const lead = texts.find((text) => text.includes('主办 · ')) ?? '';
  const lines = lead.split('\n').filter((line) => /^[⚪✅🔴⏳] /u.test(line));
  if (lines.length === 0) throw new Error(`the details of ${code} list no steps`);
  return lines.join('\n');
}
