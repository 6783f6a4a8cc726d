import { z } from 'zod';

/** The parts of a block_actions payload the buttons read; anything else is refused as malformed. */
export const buttonPayload = z.object({
  user: z.object({ id: z.string().min(1) }),
  trigger_id: z.string().min(1).optional(),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().max(2000) })).min(1),
  message: z.object({ blocks: z.array(z.unknown()).optional(), text: z.string().optional() }).optional(),
});

/** A button's value, or a form's private_metadata, when it names one row. */
export const rowId = z.coerce.number().int().positive();

/**
 * A button's value naming a row as it was when the message was written (`id:version`): acting
 * on a version that is gone changes nothing (two reviewers, a double click).
 */
export const versionedRowId = z
  .string()
  .regex(/^\d{1,9}:\d{1,9}$/)
  .transform((value) => {
    const [id, version] = value.split(':').map(Number) as [number, number];
    return { id, version };
  })
  .refine((row) => row.id > 0 && row.version > 0);

/** A verdict button's value, or the 不满意 form's private_metadata (roundValue): the suggestion and the round. */
export const suggestionRound = z
  .string()
  .regex(/^\d{1,9}:\d{1,9}$/)
  .transform((value) => {
    const [suggestionId, round] = value.split(':').map(Number) as [number, number];
    return { suggestionId, round };
  })
  .refine((row) => row.suggestionId > 0 && row.round > 0);
