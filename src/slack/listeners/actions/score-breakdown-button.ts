import { z } from 'zod';
import { parseCalendarDate } from '../../../domain/calendar-date.js';
import { readScoreBreakdowns, type ScoreBreakdownInput } from '../../../services/reports/read-score-breakdowns.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { scoreBreakdownModal } from '../../views/score-breakdown-modal.js';
import { openForm } from './open-form.js';

/** 得分明细's value (scoreBreakdownValue): the unit (none on the ranking), then the period's first and last day. */
const unitPeriod: z.ZodType<ScoreBreakdownInput, string> = z
  .string()
  .max(40)
  .transform((value) => {
    const [unitId, from, to] = value.split(':');
    return { ...(unitId ? { unitId: Number(unitId) } : {}), from: parseCalendarDate(from ?? ''), to: parseCalendarDate(to ?? '') };
  })
  .pipe(z.object({ unitId: z.number().int().positive().optional(), from: z.string(), to: z.string() }));

/**
 * 得分明细 on a unit's weekly report (that unit) or on a ranking (every unit the clicker may see):
 * how each score was made, read now, for the unit's people and the office.
 */
export const scoreBreakdownButton = (deps: ListenerDeps) =>
  openForm(deps, async (ctx, asked) => scoreBreakdownModal(deps.catalog, await readScoreBreakdowns(ctx, asked)), unitPeriod);
