import { z } from 'zod';
import { parseCalendarDate } from '../../../domain/calendar-date.js';
import type { ReminderGroupKey } from '../../../domain/reminder-groups.js';
import { milestoneKinds } from '../../../domain/vocabulary.js';
import { readReminderGroup } from '../../../services/reports/read-reminder-group.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { reminderGroupModal } from '../../views/reminder-group-modal.js';
import { openForm } from './open-form.js';

/** 查看清单's value (reminderGroupValue): the step and the date its group shares. */
const groupKey: z.ZodType<ReminderGroupKey, string> = z
  .string()
  .max(40)
  .transform((value) => {
    const [kind, date] = value.split(':');
    return { kind, plannedOn: parseCalendarDate(date ?? '') };
  })
  .pipe(z.object({ kind: z.enum(milestoneKinds), plannedOn: z.string() }));

/** 查看清单 on a grouped reminder line: the clicker's own open steps of that step and date, read now, each with its buttons. */
export const reminderGroupButton = (deps: ListenerDeps) =>
  openForm(deps, async (ctx, key) => reminderGroupModal(deps.catalog, await readReminderGroup(ctx, key)), groupKey);
