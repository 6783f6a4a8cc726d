// The replies of the demo's quarter, played from the messages people get. A co-handling unit
// sends its opinion when 会办意见 comes due; a lead unit's handler drafts the reply when 初稿 does;
// the unit's reviewers sign it off level by level the day the request reaches them (水利厅's
// leader sends 2026-0002 back once); the handler marks it sent once signed; a week later the
// office records the deputy's verdict: 2026-0002 is 不满意 and goes round again, 2026-0005
// answers with B-class promises that stay on follow-up and are written off as they are kept.
import { eq } from 'drizzle-orm';
import { suggestions } from '../../src/db/schema.js';
import { addWorkingDays, workingCalendar } from '../../src/domain/calendar.js';
import type { CalendarDate } from '../../src/domain/calendar-date.js';
import { actionIds, callbackIds, inputActionId, opinionModalBlocks, replyModalBlocks, returnModalBlocks } from '../../src/slack/ids.js';
import type { RecordedCall } from '../../tools/slack-stand-in/types.js';
import type { DemoDriver } from './demo-driver.js';
import { suggestions as plannedSuggestions, supervisor, unitNamed } from './office.js';
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

/** The one reply sent back, by the level that sends it back. */
const returned = { code: '2026-0002', level: '分管领导审核', comment: '请补充两个乡镇实地调研的情况和改造时间表。' };

const calendar = workingCalendar();
const verdictAfterWorkingDays = 5;

export class ReplyDesk {
  /** Suggestions whose reply the office records a verdict on, by day. */
  private readonly verdictsDue = new Map<string, CalendarDate>();
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
   *   suggestion id, who writes the reply (初稿) or the co-unit opinion (会办意见).
   */
  async onDay(
    day: CalendarDate,
    sent: RecordedCall[],
    asked: { drafts: Map<number, string>; opinions: Map<number, string> },
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
      else if (kind === 'reply-sent') this.verdictsDue.set(codeOfMessage(message), addWorkingDays(calendar, day, verdictAfterWorkingDays));
      else if (kind === 'reminder') acted += await this.writeOffKept(message);
    }
    for (const [id, person] of asked.opinions) acted += await this.sendOpinion(id, person);
    for (const [id, person] of drafts) acted += await this.draft(id, person);
    for (const [code, due] of this.verdictsDue) {
      if (due > day) continue;
      this.verdictsDue.delete(code);
      acted += await this.evaluate(code);
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

  private async evaluate(code: string): Promise<number> {
    const [row] = await this.driver.db.select().from(suggestions).where(eq(suggestions.code, code));
    const plan = planOf(code, row?.round ?? 1);
    const record = this.firstTime(`verdict:${plan.verdict}`) || plan.replyClass !== 'A';
    await this.driver.type(supervisor.id, `evaluate ${code} ${plan.verdict}${plan.note ? ` ${plan.note}` : ''}`, record);
    return 1;
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

const suggestionIdOf = (message: RecordedCall): number => {
  const details = (message.args.blocks as Blocks).flatMap((b) => b.elements ?? []).find((e) => e.action_id === actionIds.showDetails);
  return Number(details?.value);
};

const leadUnitOf = (code: string) => {
  const planned = plannedSuggestions.find((s) => s.code === code);
  return planned ? unitNamed(planned.lead) : undefined;
};
