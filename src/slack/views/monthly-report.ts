import type { KnownBlock } from '@slack/types';
import type { MonthlyReportNotice } from '../../domain/notices.js';
import type { Catalog } from '../../i18n/index.js';
import {
  divider,
  escapeText,
  formatDate,
  formatStatutoryDate,
  header,
  mention,
  messageLinesChars,
  type SlackMessage,
  titledPart,
} from './format.js';

/** Sections per part: five parts with their headings and dividers stay under 50 blocks. */
const sectionsPerPart = 7;

/** 每月一督办: the supervision office's monthly report, part by part. */
export function monthlyReportMessage(catalog: Catalog, notice: MonthlyReportNotice): SlackMessage {
  const words = catalog.monthly;
  const [year, month] = notice.month.from.split('-');
  const heading = words.heading(words.monthName(year ?? '', Number(month)));
  const date = (day: string) => formatDate(catalog, day);
  const keyTotal = notice.keySuggestionsTotal ?? 0;
  const parts: Array<[string, string[], number]> = [
    // 重点督办 first; a month without any (or a report stored before there were any) has no such part.
    ...(keyTotal > 0
      ? ([
          [
            words.keyHeading(keyTotal),
            (notice.keySuggestions ?? []).map((s) =>
              words.keyLine(
                s.code,
                `${catalog.key.mark}${escapeText(s.title)}`,
                escapeText(s.unitName),
                s.leaderUserId ? mention(s.leaderUserId) : '',
                s.overdueNodes,
                formatStatutoryDate(catalog, s.statutoryDueOn),
              ),
            ),
            keyTotal,
          ],
        ] as Array<[string, string[], number]>)
      : []),
    [
      words.overdueHeading(notice.overdueByUnit.length),
      notice.overdueByUnit.map((u) => words.overdueLine(escapeText(u.unitName), u.overdueNodes)),
      notice.overdueByUnit.length,
    ],
    [
      words.fellHeading(date(notice.lastMonth.from), date(notice.lastMonth.to), notice.fell.length),
      notice.fell.map((u) => words.fellLine(escapeText(u.unitName), catalog.rank.place(u.rank, u.tied ?? false), u.places)),
      notice.fell.length,
    ],
    [
      words.commitmentsHeading(notice.commitmentsTotal),
      notice.commitments.map((c) =>
        words.commitmentLine(c.code, escapeText(c.title), escapeText(c.unitName), c.seq, escapeText(c.description), date(c.dueOn)),
      ),
      notice.commitmentsTotal,
    ],
    [
      words.nearHeading(notice.nearStatutoryTotal),
      notice.nearStatutory.map((s) =>
        words.nearLine(s.code, escapeText(s.title), escapeText(s.unitName), formatStatutoryDate(catalog, s.statutoryDueOn)),
      ),
      notice.nearStatutoryTotal,
    ],
  ];
  const blocks: KnownBlock[] = [header(heading)];
  // Slack's characters a message, shared out among the parts as its blocks are.
  const charsPerPart = Math.floor(messageLinesChars / parts.length);
  for (const [title, lines, total] of parts) {
    blocks.push(divider, ...titledPart(catalog, title, lines, sectionsPerPart, total, words.none, charsPerPart));
  }
  return { text: `${heading} · ${parts.map(([title]) => title.replace(/\*/g, '')).join(' · ')}`, blocks };
}
