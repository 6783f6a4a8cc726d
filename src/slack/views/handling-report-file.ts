import type { HandlingReportNotice } from '../../domain/notices.js';
import type { RankingPeriod } from '../../domain/ranking-period.js';
import type { Catalog } from '../../i18n/index.js';
import { escapeText, formatDate, shownText } from './format.js';

/** How the 办理情况报告 is shared: its file's name and title (plain), and the message it comes with (mrkdwn). */
export function handlingReportUpload(
  catalog: Catalog,
  request: HandlingReportNotice,
  report: { sessionName: string; period: RankingPeriod },
) {
  const words = catalog.report;
  const session = shownText(report.sessionName);
  return {
    filename: words.fileName(session, `${request.day}-${request.ref}`),
    title: words.title(session),
    comment: words.comment(escapeText(report.sessionName), formatDate(catalog, report.period.from), formatDate(catalog, report.period.to)),
  };
}
