// The rest of the office: every suggestion of the 交办清单 that the demo does not feature is worked
// by its units day by day, through the same service verbs the bot's listeners call (the featured
// ones go through Slack itself, see quarter.ts and replies.ts). Each step is done on its planned
// day, or late by a unit's habit: most units are on time, 水利厅 (79 suggestions) and 商务厅 slip
// now and then, 国资委 does nothing before the supervision office's alert and often lags after it.
// Most replies are A-class; after each the unit asks the deputy (办后反馈), whose verdict comes back
// in the office's 征询意见表 at the quarter's end (verdict-survey.ts): most satisfied, a few not.
import { and, eq, inArray, isNull, lte, ne } from 'drizzle-orm';
import { assignments, milestones, replies, suggestions, units as unitTable } from '../../src/db/schema.js';
import { addWorkingDays, workingCalendar } from '../../src/domain/calendar.js';
import { addDays, type CalendarDate, instantInZone } from '../../src/domain/calendar-date.js';
import { liveAssignmentStatuses, type MilestoneKind, milestoneKinds, type ReplyClass, type Verdict } from '../../src/domain/vocabulary.js';
import { acceptAssignment } from '../../src/services/assignments/accept-assignment.js';
import { logContact } from '../../src/services/assignments/log-contact.js';
import { reviewReply } from '../../src/services/replies/review-reply.js';
import { sendReply } from '../../src/services/replies/send-reply.js';
import { submitOpinion } from '../../src/services/replies/submit-opinion.js';
import { submitReply } from '../../src/services/replies/submit-reply.js';
import type { ServiceContext } from '../../src/services/shared/service-context.js';
import { ServiceError } from '../../src/services/shared/service-error.js';
import type { DemoDriver } from './demo-driver.js';
import { type DemoUnit, unitNamed } from './office.js';

interface Habit {
  /** The share of steps done late, and by up to how many working days. */
  late: number;
  maxLate: number;
  /** Nothing is done before this day. */
  wakesOn?: CalendarDate;
}
const habits: Record<string, Habit> = {
  省高院: { late: 0.04, maxLate: 2 },
  省公安厅: { late: 0.06, maxLate: 3 },
  省民政厅: { late: 0.08, maxLate: 3 },
  省水利厅: { late: 0.15, maxLate: 4 },
  省商务厅: { late: 0.12, maxLate: 4 },
  省国资委: { late: 0.35, maxLate: 6, wakesOn: '2026-03-12' },
  省医保局: { late: 0.05, maxLate: 2 },
};

const reviewStatus: Partial<Record<MilestoneKind, string>> = {
  division_review: 'division_review',
  leader_review: 'leader_review',
  head_signoff: 'head_review',
};

/** A number in [0, 1) fixed by the text: the same decisions every run. */
function chance(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0x5bd1e995);
  return ((hash ^ (hash >>> 15)) >>> 0) / 4294967296;
}

interface OpenStep {
  kind: MilestoneKind;
  plannedOn: string;
  role: 'lead' | 'co';
  unit: string;
  suggestionId: number;
  code: string;
  round: number;
}

export interface BulkDay {
  done: number;
  late: number;
}

const calendar = workingCalendar();

export class BulkOffice {
  constructor(
    private readonly driver: DemoDriver,
    private readonly featured: ReadonlySet<string>,
  ) {}

  /** Each working day's work from `from` to `to`, the clock set to each. */
  async days(from: CalendarDate, to: CalendarDate): Promise<BulkDay> {
    const total: BulkDay = { done: 0, late: 0 };
    for (let day = from; day <= to; day = addDays(day, 1)) {
      if (!calendar.isWorkday(day)) continue;
      this.driver.setNow(instantInZone(day, '08:30', this.driver.timezone));
      const one = await this.onDay(day);
      total.done += one.done;
      total.late += one.late;
    }
    return total;
  }

  /** The day's work before the reminders go out: each step whose day (planned, or late by habit) has come. */
  async onDay(day: CalendarDate): Promise<BulkDay> {
    const steps = await this.openSteps(day);
    const outcome: BulkDay = { done: 0, late: 0 };
    const bySuggestion = new Map<number, OpenStep[]>();
    for (const step of steps) {
      const its = bySuggestion.get(step.suggestionId);
      if (its) its.push(step);
      else bySuggestion.set(step.suggestionId, [step]);
    }
    for (const its of bySuggestion.values()) {
      // In the order a suggestion's chain takes them, which is the vocabulary's.
      its.sort((a, b) => milestoneKinds.indexOf(a.kind) - milestoneKinds.indexOf(b.kind));
      for (const step of its) {
        const habit = habits[step.unit]!;
        if (habit.wakesOn && day < habit.wakesOn) break;
        const roll = chance(`${step.code}:${step.kind}:${step.unit}:${step.round}`);
        const delay = roll < habit.late ? 1 + Math.floor((roll / habit.late) * habit.maxLate) : 0;
        if (addWorkingDays(calendar, step.plannedOn, delay) > day) {
          // A chain's next step waits for this one; a co-unit's steps do not hold up the lead's.
          if (step.role === 'lead') break;
          continue;
        }
        const done = await this.act(step, day);
        if (!done && step.role === 'lead') break;
        if (!done) continue;
        outcome.done += 1;
        if (day > step.plannedOn) outcome.late += 1;
      }
    }
    return outcome;
  }

  /** Open steps planned for the day or before: none is done before its day. */
  private async openSteps(day: CalendarDate): Promise<OpenStep[]> {
    const rows = await this.driver.db
      .select({
        kind: milestones.kind,
        plannedOn: milestones.plannedOn,
        role: assignments.role,
        unit: unitTable.name,
        suggestionId: suggestions.id,
        code: suggestions.code,
        round: suggestions.round,
        stepRound: milestones.round,
      })
      .from(milestones)
      .innerJoin(assignments, eq(assignments.id, milestones.assignmentId))
      .innerJoin(unitTable, eq(unitTable.id, assignments.unitId))
      .innerJoin(suggestions, eq(suggestions.id, assignments.suggestionId))
      .where(
        and(
          isNull(milestones.doneAt),
          lte(milestones.plannedOn, day),
          ne(milestones.kind, 'transfer_window'),
          inArray(assignments.status, [...liveAssignmentStatuses]),
        ),
      );
    return rows.filter((row) => row.stepRound === row.round && !this.featured.has(row.code));
  }

  private context(actor: string, day: CalendarDate): ServiceContext {
    return { db: this.driver.db, actor, now: instantInZone(day, '08:30', this.driver.timezone), timezone: this.driver.timezone };
  }

  /** Does the step as the person whose step it is; false when the ledger refuses it today (its turn has not come). */
  private async act(step: OpenStep, day: CalendarDate): Promise<boolean> {
    const unit = unitNamed(step.unit);
    const as = (actor: string) => this.context(actor, day);
    const roll = chance(`${step.code}:reply:${step.round}`);
    try {
      switch (step.kind) {
        case 'accept':
          await acceptAssignment(as(unit.liaison.id), { code: step.code });
          return true;
        case 'pre_contact':
          await logContact(as(unit.handler.id), {
            suggestionId: step.suggestionId,
            stage: 'before',
            mode: roll < 0.5 ? 'phone' : 'visit',
            contactedOn: day,
            note: '与领衔代表沟通了办理思路和时间安排。',
          });
          return true;
        case 'co_opinion':
          await submitOpinion(as(unit.handler.id), {
            suggestionId: step.suggestionId,
            body: '本单位同意主办单位的办理思路，将在职责范围内配合落实。',
          });
          return true;
        case 'draft':
          await submitReply(as(unit.handler.id), { suggestionId: step.suggestionId, draft: draftOf(step.code, roll) });
          return true;
        case 'division_review':
        case 'leader_review':
        case 'head_signoff':
          return await this.review(step, reviewerOf(unit, step.kind), as);
        case 'reply': {
          const reply = await this.reply(step);
          if (reply?.status !== 'approved') return false;
          await sendReply(as(unit.handler.id), { replyId: reply.id, version: reply.version });
          return true;
        }
        case 'feedback':
          // The unit asks the deputy; the verdict itself comes back to the office in its 征询意见表.
          await logContact(as(unit.handler.id), {
            suggestionId: step.suggestionId,
            stage: 'after',
            mode: 'phone',
            contactedOn: day,
            note: '已向领衔代表征询对答复的意见，请代表填写征询意见表。',
          });
          return true;
        default:
          return false;
      }
    } catch (error) {
      if (error instanceof ServiceError) return false;
      throw error;
    }
  }

  private async review(step: OpenStep, reviewer: string, as: (actor: string) => ServiceContext): Promise<boolean> {
    const reply = await this.reply(step);
    if (!reply || reply.status !== reviewStatus[step.kind]) return false;
    await reviewReply(as(reviewer), { replyId: reply.id, version: reply.version, decision: 'approve', comment: '' });
    return true;
  }

  private async reply(step: OpenStep) {
    const [reply] = await this.driver.db
      .select({ id: replies.id, version: replies.version, status: replies.status })
      .from(replies)
      .where(and(eq(replies.suggestionId, step.suggestionId), eq(replies.round, step.round)));
    return reply;
  }
}

const reviewerOf = (unit: DemoUnit, kind: MilestoneKind) =>
  kind === 'division_review' ? unit.division.id : kind === 'leader_review' ? unit.leader.id : unit.head.id;

/** Three in four replies solve it (A); some promise (B, with dated commitments); a few cannot yet (C). */
function draftOf(code: string, roll: number) {
  const replyClass: ReplyClass = roll < 0.75 ? 'A' : roll < 0.95 ? 'B' : 'C';
  return {
    replyClass,
    summary:
      replyClass === 'A'
        ? '已按代表建议完成相关工作，具体措施见答复函。'
        : replyClass === 'B'
          ? '已列入年度工作计划，分步推进落实。'
          : '受政策和条件限制，目前难以解决，将持续研究。',
    documentUrl: `https://rd.example.gov.cn/replies/${code}.pdf`,
    mayPublish: replyClass !== 'C',
    reason: replyClass === 'C' ? '涉及国家层面政策调整，需待上位政策出台后统筹安排。' : null,
    commitments:
      replyClass === 'B'
        ? [
            { description: '完成相关工作方案并组织实施', dueOn: '2026-09-30' },
            { description: '完成年度建设任务', dueOn: '2026-12-31' },
          ]
        : [],
  };
}

/** The verdict a deputy gives on a round's reply of a suggestion the units work through the services: most satisfied, a few not. */
export function bulkVerdictOf(code: string, round: number): { verdict: Verdict; note: string } {
  const third = (chance(`${code}:reply:${round}`) * 1000) % 1;
  if (third < 0.04) return { verdict: 'dissatisfied', note: '代表认为措施不够具体，希望明确时间表。' };
  if (third < 0.18) return { verdict: 'basically_satisfied', note: '' };
  return { verdict: 'satisfied', note: '' };
}
