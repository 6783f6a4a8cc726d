// The 办理情况报告 as a Word document, in the shape an office puts in front of a meeting of the
// 人大常委会: a title page, the figures in all, a table per unit and by 领域, the ranking with its
// chart, what is overdue or near its statutory deadline, the B-class promises still open, and the
// deputies' verdicts. Chinese typography: 黑体 headings and 宋体 text (Times New Roman for Latin
// letters and figures, which Word also falls back to), 二号 title, 三号 and 四号 headings, 小四 text,
// 五号 tables. Pure but for the library that writes the file.
import {
  AlignmentType,
  Document,
  ImageRun,
  type IRunOptions,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { CalendarDate } from '../domain/calendar-date.js';
import type { RankingPeriod } from '../domain/ranking-period.js';
import type { ScoredUnit } from '../domain/scoring.js';
import { type MilestoneKind, type Verdict, verdicts } from '../domain/vocabulary.js';
import type { Catalog } from '../i18n/index.js';
import { figureCells, figureHeadings, type Statistics, totalSentences } from './ledger-statistics.js';

/** What the report says, read when it is made. */
export interface HandlingReport {
  sessionName: string;
  period: RankingPeriod;
  madeOn: CalendarDate;
  statistics: Statistics;
  ranking: ScoredUnit[];
  /** The ranking's chart (of its first units) as a PNG, with its size in pixels and the units it draws. */
  rankingChart?: { png: Buffer; width: number; height: number; units: number };
  /** 重点督办 suggestions not closed, listed first: the leader by the name the workspace gave (empty when unknown or none). */
  keySuggestions: Array<{
    code: string;
    title: string;
    unitName: string;
    leaderName: string;
    note: string;
    overdueNodes: number;
    statutoryDueOn: CalendarDate;
  }>;
  overdue: Array<{ code: string; title: string; unitName: string; step: MilestoneKind; plannedOn: CalendarDate }>;
  nearStatutory: Array<{ code: string; title: string; unitName: string; statutoryDueOn: CalendarDate }>;
  openPromises: Array<{ code: string; title: string; unitName: string; description: string; dueOn: CalendarDate }>;
  verdictCounts: Record<Verdict, number>;
  /** 不满意 with the deputy's reasons. */
  dissatisfied: Array<{ code: string; title: string; unitName: string; note: string }>;
  /** How many each list holds in all; a list keeps its first lines (the ledger holds every one). */
  totals: { keySuggestions: number; overdue: number; nearStatutory: number; openPromises: number; dissatisfied: number };
}

/** Half-points, as Word counts type sizes. */
const sizes = { title: 44, heading: 32, subheading: 28, text: 24, table: 21 } as const;
const latin = 'Times New Roman';
const song = { ascii: latin, hAnsi: latin, cs: latin, eastAsia: '宋体' };
const hei = { ascii: latin, hAnsi: latin, cs: latin, eastAsia: '黑体' };

const run = (text: string, options: Omit<IRunOptions, 'text'> = {}) => new TextRun({ text, font: song, size: sizes.text, ...options });
const para = (text: string) => new Paragraph({ children: [run(text)], spacing: { after: 120, line: 360 }, indent: { firstLine: 480 } });
const heading = (text: string, size: number = sizes.heading) =>
  new Paragraph({ children: [run(text, { font: hei, size })], spacing: { before: 240, after: 120 } });
const cellOf = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [run(text, { size: sizes.table, bold, font: bold ? hei : song })] })] });
const table = (headings: readonly string[], rows: readonly (readonly string[])[]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headings.map((h) => cellOf(h, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((cell) => cellOf(cell)) })),
    ],
  });

/** The document's bytes (.docx). */
export async function handlingReportDocument(catalog: Catalog, report: HandlingReport): Promise<Buffer> {
  const words = catalog.report;
  const { total } = report.statistics;
  const date = (day: CalendarDate) => words.date(day);
  /** A list's lines, none said as such, and the lines it does not hold counted. */
  const list = (lines: readonly Paragraph[], total: number) => [
    ...(lines.length > 0 ? lines : [para(words.none)]),
    ...(total > lines.length ? [para(words.more(total - lines.length))] : []),
  ];

  const titlePage = [
    new Paragraph({ spacing: { before: 2400 } }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [run(words.title(report.sessionName), { font: hei, size: sizes.title })],
      spacing: { after: 480 },
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [run(words.periodLine(date(report.period.from), date(report.period.to)), { size: sizes.subheading })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(words.madeBy(date(report.madeOn)), { size: sizes.subheading })] }),
    new Paragraph({ children: [new PageBreak()] }),
  ];

  const [overallSentence, classesSentence] = totalSentences(catalog, total, words.overall);
  const overall = [heading(words.sections.overall), para(overallSentence), para(classesSentence), para(words.how)];

  const byUnit = [
    heading(words.sections.byUnit),
    table(
      figureHeadings(catalog),
      report.statistics.byUnit.map((u) => figureCells(catalog, u.unitName, u.figures)),
    ),
  ];
  const byField = [
    heading(words.sections.byField),
    table(
      figureHeadings(catalog, words.fieldColumn),
      report.statistics.byField.map((f) => figureCells(catalog, f.field === '' ? catalog.stats.noField : f.field, f.figures)),
    ),
  ];

  const chartWidth = 600;
  const ranking = [
    heading(words.sections.ranking),
    para(words.rankingHow),
    table(
      [words.rankColumns.rank, words.rankColumns.unit, words.rankColumns.score, words.rankColumns.overdue],
      report.ranking.map((unit) => [
        unit.rank === null ? catalog.rank.notApplicable : unit.tied ? catalog.rank.tied(unit.rank) : String(unit.rank),
        unit.metrics.unitName,
        unit.rank === null ? catalog.rank.notApplicable : unit.score.toFixed(1),
        String(unit.metrics.overdueNodes),
      ]),
    ),
    ...(report.rankingChart
      ? [
          ...(report.rankingChart.units < report.ranking.length
            ? [para(words.chartOfFirst(report.rankingChart.units, report.ranking.length))]
            : []),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 240 },
            children: [
              new ImageRun({
                type: 'png',
                data: report.rankingChart.png,
                transformation: {
                  width: chartWidth,
                  height: Math.round((chartWidth * report.rankingChart.height) / report.rankingChart.width),
                },
              }),
            ],
          }),
        ]
      : []),
  ];

  const attention = [
    heading(words.sections.attention),
    heading(words.keyHeading(report.totals.keySuggestions), sizes.subheading),
    ...list(
      report.keySuggestions.map((k) =>
        para(words.keyLine(k.code, k.title, k.unitName, k.leaderName, k.note, k.overdueNodes, date(k.statutoryDueOn))),
      ),
      report.totals.keySuggestions,
    ),
    heading(words.overdueHeading(report.totals.overdue), sizes.subheading),
    ...list(
      report.overdue.map((o) => para(words.overdueLine(o.code, o.title, o.unitName, catalog.milestoneNames[o.step], date(o.plannedOn)))),
      report.totals.overdue,
    ),
    heading(words.nearHeading(report.totals.nearStatutory), sizes.subheading),
    ...list(
      report.nearStatutory.map((n) => para(words.nearLine(n.code, n.title, n.unitName, date(n.statutoryDueOn)))),
      report.totals.nearStatutory,
    ),
  ];

  const promises = [
    heading(words.sections.promises(report.totals.openPromises)),
    ...list(
      report.openPromises.map((p) => para(words.promiseLine(p.code, p.title, p.unitName, p.description, date(p.dueOn)))),
      report.totals.openPromises,
    ),
  ];

  const judged = verdicts.reduce((n, v) => n + report.verdictCounts[v], 0);
  const verdictSection = [
    heading(words.sections.verdicts),
    para(words.verdictCounts(judged, ...(verdicts.map((v) => report.verdictCounts[v]) as [number, number, number]))),
    // A reason typed over several lines reads as one paragraph.
    ...report.dissatisfied.map((d) => para(words.dissatisfiedLine(d.code, d.title, d.unitName, d.note.replace(/\s*\n\s*/g, ' ')))),
    ...(report.totals.dissatisfied > report.dissatisfied.length
      ? [para(words.more(report.totals.dissatisfied - report.dissatisfied.length))]
      : []),
  ];

  const document = new Document({
    creator: 'duban',
    title: words.title(report.sessionName),
    styles: { default: { document: { run: { font: song, size: sizes.text } } } },
    sections: [{ children: [...titlePage, ...overall, ...byUnit, ...byField, ...ranking, ...attention, ...promises, ...verdictSection] }],
  });
  return Buffer.from(await Packer.toBuffer(document));
}
