// Reads the 交办 form's state into the assign verb's input, or says which field is wrong.
import { z } from 'zod';
import { parseCalendarDate } from '../../../domain/calendar-date.js';
import { isSuggestionCode } from '../../../domain/is-suggestion-code.js';
import type { AssignSuggestionInput } from '../../../services/suggestions/assign-suggestion.js';
import { assignModalBlocks, inputActionId } from '../../ids.js';

const option = z.object({ value: z.string() });

const stateValues = z.object({
  [assignModalBlocks.code]: z.object({ [inputActionId]: z.object({ value: z.string().nullish() }) }),
  [assignModalBlocks.title]: z.object({ [inputActionId]: z.object({ value: z.string().nullish() }) }).optional(),
  [assignModalBlocks.deputy]: z.object({ [inputActionId]: z.object({ value: z.string().nullish() }) }).optional(),
  [assignModalBlocks.lead]: z.object({ [inputActionId]: z.object({ selected_option: option.nullish() }) }),
  [assignModalBlocks.co]: z.object({ [inputActionId]: z.object({ selected_options: z.array(option).nullish() }) }).optional(),
  [assignModalBlocks.handler]: z.object({ [inputActionId]: z.object({ selected_user: z.string().nullish() }) }).optional(),
  [assignModalBlocks.due]: z.object({ [inputActionId]: z.object({ selected_date: z.string().nullish() }) }).optional(),
});

export type FormReading =
  | { ok: true; input: AssignSuggestionInput }
  | {
      ok: false;
      field: (typeof assignModalBlocks)[keyof typeof assignModalBlocks] | 'malformed';
      reason: 'code' | 'lead' | 'due' | 'malformed';
    };

export function readAssignForm(values: unknown): FormReading {
  const parsed = stateValues.safeParse(values);
  if (!parsed.success) return { ok: false, field: 'malformed', reason: 'malformed' };
  const v = parsed.data;
  const code = v[assignModalBlocks.code][inputActionId].value?.trim() ?? '';
  if (!isSuggestionCode(code)) return { ok: false, field: assignModalBlocks.code, reason: 'code' };
  const leadId = Number(v[assignModalBlocks.lead][inputActionId].selected_option?.value);
  if (!Number.isInteger(leadId) || leadId <= 0) return { ok: false, field: assignModalBlocks.lead, reason: 'lead' };
  const dueText = v[assignModalBlocks.due]?.[inputActionId].selected_date ?? undefined;
  const dueOn = dueText ? parseCalendarDate(dueText) : undefined;
  if (dueText && !dueOn) return { ok: false, field: assignModalBlocks.due, reason: 'due' };
  const coIds = (v[assignModalBlocks.co]?.[inputActionId].selected_options ?? []).map((o) => Number(o.value));
  if (coIds.some((id) => !Number.isInteger(id) || id <= 0)) return { ok: false, field: 'malformed', reason: 'malformed' };
  return {
    ok: true,
    input: {
      code,
      title: v[assignModalBlocks.title]?.[inputActionId].value?.trim() || undefined,
      leadDeputy: v[assignModalBlocks.deputy]?.[inputActionId].value?.trim() || undefined,
      lead: { text: String(leadId), unitId: leadId },
      co: coIds.map((id) => ({ text: String(id), unitId: id })),
      handlerUserId: v[assignModalBlocks.handler]?.[inputActionId].selected_user ?? undefined,
      dueOn,
    },
  };
}
