import type { CalendarDate } from '../../domain/calendar-date.js';
import type { ServiceContext } from '../shared/service-context.js';
import { loadTransferableAssignment } from './load-transferable-assignment.js';

export interface TransferForm {
  assignmentId: number;
  code: string;
  title: string;
  unitName: string;
  windowClosesOn: CalendarDate;
}

/** What the 申请调整 form shows; refused before it opens if the unit may no longer ask. */
export async function prepareTransferForm(ctx: ServiceContext, input: { assignmentId: number }): Promise<TransferForm> {
  const { assignment, suggestion, unitName, windowClosesOn } = await loadTransferableAssignment(ctx.db, ctx, input);
  return { assignmentId: assignment.id, code: suggestion.code, title: suggestion.title, unitName, windowClosesOn };
}
