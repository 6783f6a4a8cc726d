import { randomUUID } from 'node:crypto';
import { dateInZone } from '../../domain/calendar-date.js';
import type { HandlingReportNotice } from '../../domain/notices.js';
import { canReadStatistics } from '../../domain/permissions.js';
import type { RankingPeriodKind } from '../../domain/ranking-period.js';
import { enqueueNotices } from '../shared/enqueue-notices.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import { recordAudit } from '../shared/record-audit.js';
import { askedFileKey, refuseFileTooSoon } from '../shared/refuse-file-too-soon.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';

/**
 * 报告: the 办理情况报告 as a Word document, sent to the office member who asked through the
 * outbox (made when it is sent, from the ledger as it then stands), under a key of its own, and
 * audited as figures leaving the bot.
 */
export async function requestHandlingReport(ctx: ServiceContext, input: { period: RankingPeriodKind }): Promise<void> {
  const permission = canReadStatistics(await loadActorRoles(ctx.db, ctx));
  if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
  const ref = randomUUID();
  const key = askedFileKey('report', ctx.actor, ref);
  const notice: HandlingReportNotice = {
    type: 'handling_report',
    requestedBy: ctx.actor,
    period: input.period,
    day: dateInZone(ctx.now, ctx.timezone),
    ref: ref.slice(0, 8),
  };
  await ctx.db.transaction(async (tx) => {
    await refuseFileTooSoon(tx, ctx, 'report');
    await enqueueNotices(tx, ctx.now, [{ key, channel: ctx.actor, notice }]);
    await recordAudit(tx, ctx, [{ action: 'report.request', entity: 'outbox', entityId: key, after: { period: input.period } }]);
  });
}
