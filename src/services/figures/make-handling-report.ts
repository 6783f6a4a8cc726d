import type { RankingPeriod } from '../../domain/ranking-period.js';
import type { ScoredUnit } from '../../domain/scoring.js';
import type { Catalog } from '../../i18n/index.js';
import type { HandlingReport } from '../../ledger/handling-report-document.js';
import type { ServiceContext } from '../shared/service-context.js';
import { readHandlingReport } from './read-handling-report.js';
import { unitsCharted } from './request-statistics.js';

/** Draws the ranking as a picture (the Slack adapter's chart, as the weekly report draws it). */
export type DrawRanking = (
  period: RankingPeriod,
  ranking: readonly ScoredUnit[],
) => Promise<{ png: Buffer; width: number; height: number } | undefined>;

/** The 办理情况报告's bytes (.docx), made now for the one who asked, with its session's name and its period. */
export async function makeHandlingReport(
  asker: ServiceContext,
  input: { catalog: Catalog; period: HandlingReport['period']['kind'] },
  drawRanking: DrawRanking,
): Promise<{ bytes: Buffer; sessionName: string; period: RankingPeriod }> {
  const report = await readHandlingReport(asker, { period: input.period });
  const charted = report.ranking.slice(0, unitsCharted);
  const drawn = charted.length > 0 ? await drawRanking(report.period, charted) : undefined;
  const rankingChart = drawn && { ...drawn, units: charted.length };
  // The document library is loaded by the process that first writes one, not by every process.
  const { handlingReportDocument } = await import('../../ledger/handling-report-document.js');
  const bytes = await handlingReportDocument(input.catalog, { ...report, ...(rankingChart ? { rankingChart } : {}) });
  return { bytes, sessionName: report.sessionName, period: report.period };
}
