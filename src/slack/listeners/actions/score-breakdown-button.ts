import { z } from 'zod';
import { parseCalendarDate } from '../../../domain/calendar-date.js';
import { readScoreBreakdowns, type ScoreBreakdownInput } from '../../../services/reports/read-score-breakdowns.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { scoreBreakdownModal } from '../../views/score-breakdown-modal.js';
import { openForm } from './open-form.js';

type Asked = ScoreBreakdownInput & { page: number };

/** 得分明细's value (scoreBreakdownValue): the unit (none on the ranking), the period's first and last day, the page. */
const unitPeriod: z.ZodType<Asked, string> = z
  .string()
  .max(48)
  .transform((value) => {
    const [unitId, from, to, page] = value.split(':');
    return {
      ...(unitId ? { unitId: Number(unitId) } : {}),
      from: parseCalendarDate(from ?? ''),
      to: parseCalendarDate(to ?? ''),
      page: page ? Number(page) : 1,
    };
  })
  .pipe(
    z.object({ unitId: z.number().int().positive().optional(), from: z.string(), to: z.string(), page: z.number().int().min(1).max(1000) }),
  );

/**
 * 得分明细 on a unit's weekly report (that unit) or on a ranking (every unit the clicker may see):
 * how each score was made, read now, for the unit's people and the office.
 */
export const scoreBreakdownButton = (deps: ListenerDeps) =>
  openForm(
    deps,
    async (ctx, { page, ...asked }) => scoreBreakdownModal(deps.catalog, await readScoreBreakdowns(ctx, asked), page),
    unitPeriod,
    // 上一页 / 下一页 inside the modal turn its page rather than stack another over it.
    'turn',
  );
