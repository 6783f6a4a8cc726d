import { readUndelivered } from '../../../services/deliveries/read-undelivered.js';
import { requestHandlingReport } from '../../../services/figures/request-handling-report.js';
import { requestStatistics } from '../../../services/figures/request-statistics.js';
import { readRanking } from '../../../services/reports/read-ranking.js';
import { addSupervisor } from '../../../services/supervisors/add-supervisor.js';
import { listSupervisors } from '../../../services/supervisors/list-supervisors.js';
import { removeSupervisor } from '../../../services/supervisors/remove-supervisor.js';
import { plainMessage } from '../../views/format.js';
import { helpMessage } from '../../views/help.js';
import { rankingMessage } from '../../views/ranking.js';
import { statisticsMessage } from '../../views/statistics.js';
import { supervisorAddedMessage, supervisorRemovedMessage, supervisorsMessage } from '../../views/supervisors.js';
import { undeliveredMessage } from '../../views/undelivered.js';
import type { AnswersFor } from './subcommand-answers.js';

/** The supervision office and what it oversees everyone by: its members, the ranking, the figures, what was not delivered, the usage. */
export const officeAnswers: AnswersFor<
  'supervisor-list' | 'supervisor-add' | 'supervisor-remove' | 'rank' | 'stats' | 'report' | 'outbox' | 'help'
> = {
  'supervisor-list': async ({ ctx, catalog }) => supervisorsMessage(catalog, await listSupervisors(ctx)),
  'supervisor-add': async ({ ctx, catalog }, command) =>
    supervisorAddedMessage(catalog, (await addSupervisor(ctx, { userId: command.userId })).userId),
  'supervisor-remove': async ({ ctx, catalog }, command) =>
    supervisorRemovedMessage(catalog, (await removeSupervisor(ctx, { userId: command.userId })).userId),
  rank: async ({ ctx, catalog }, command) => rankingMessage(catalog, await readRanking(ctx, { period: command.period })),
  stats: async ({ deps, ctx, catalog }, command) => {
    const answer = await requestStatistics(ctx, {
      period: command.period,
      ...(command.unit ? { unit: command.unit } : {}),
      ...(command.field !== undefined ? { field: command.field } : {}),
    });
    deps.messagesQueued();
    return statisticsMessage(catalog, answer);
  },
  report: async ({ deps, ctx, catalog }, command) => {
    await requestHandlingReport(ctx, { period: command.period });
    deps.messagesQueued();
    return plainMessage(catalog.report.requested);
  },
  outbox: async ({ ctx, catalog }) => undeliveredMessage(catalog, ctx.timezone, await readUndelivered(ctx)),
  help: async ({ catalog }) => helpMessage(catalog),
};
