// The 征询意见表 the office gets back at the quarter's end: each deputy's verdict on each reply that
// reached them a week or more before, one row a reply, the round it answers in 轮次, with the
// answers on each aspect (沟通情况, 办理态度, 办理结果). Like a real survey it also holds the verdicts a
// liaison already recorded when the deputy called; the import skips those as recorded.
import { and, asc, eq, lte } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Database } from '../../src/db/client.js';
import { replies, suggestions } from '../../src/db/schema.js';
import { addWorkingDays, workingCalendar } from '../../src/domain/calendar.js';
import type { CalendarDate } from '../../src/domain/calendar-date.js';
import type { Verdict } from '../../src/domain/vocabulary.js';
import { catalogFor } from '../../src/i18n/index.js';
import { bulkVerdictOf } from './bulk-office.js';
import { featuredVerdictOf } from './replies.js';

export interface SurveyLine {
  code: string;
  round: number;
  verdict: Verdict;
  note: string;
  /** 沟通情况, 办理态度, 办理结果. */
  aspects: [Verdict, Verdict, Verdict];
}

/** How long a deputy takes to send the form back, in working days after the reply. */
const answeredAfterWorkingDays = 5;

/** What a deputy says of each aspect, given the whole: the result is what they judge hardest. */
const aspectsOf: Record<Verdict, SurveyLine['aspects']> = {
  satisfied: ['satisfied', 'satisfied', 'satisfied'],
  basically_satisfied: ['satisfied', 'satisfied', 'basically_satisfied'],
  dissatisfied: ['basically_satisfied', 'basically_satisfied', 'dissatisfied'],
};

/** The survey's lines on `day`: every reply sent early enough for its form to be back, in code order. */
export async function quarterSurvey(db: Database, day: CalendarDate, featured: ReadonlySet<string>): Promise<SurveyLine[]> {
  const answeredBy = addWorkingDays(workingCalendar(), day, -answeredAfterWorkingDays);
  const sent = await db
    .select({ code: suggestions.code, round: replies.round })
    .from(replies)
    .innerJoin(suggestions, eq(suggestions.id, replies.suggestionId))
    .where(and(eq(replies.status, 'sent'), lte(replies.sentOn, answeredBy)))
    .orderBy(asc(suggestions.code), asc(replies.round));
  return sent.map(({ code, round }) => {
    const given = featured.has(code) ? featuredVerdictOf(code, round) : bulkVerdictOf(code, round);
    return { code, round, ...given, aspects: aspectsOf[given.verdict] };
  });
}

export const surveyHeaders = ['编号', '轮次', '评价', '意见', '沟通情况', '办理态度', '办理结果'];

/** The survey as an office keeps it: a workbook, Chinese headers and words, one reply a row. */
export async function surveyWorkbook(lines: readonly SurveyLine[]): Promise<Buffer> {
  const names = catalogFor('zh-CN').verdict.names;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('征询意见表', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(surveyHeaders).font = { bold: true };
  for (const line of lines)
    sheet.addRow([line.code, line.round, names[line.verdict], line.note, ...line.aspects.map((aspect) => names[aspect])]);
  sheet.columns.forEach((column, i) => (column.width = [12, 6, 10, 40, 10, 10, 10][i]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
