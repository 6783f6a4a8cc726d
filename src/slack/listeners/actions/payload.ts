import { z } from 'zod';

/** The parts of a block_actions payload the buttons read; anything else is refused as malformed. */
export const buttonPayload = z.object({
  user: z.object({ id: z.string().min(1) }),
  trigger_id: z.string().min(1).optional(),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().max(2000) })).min(1),
  message: z.object({ blocks: z.array(z.unknown()).optional(), text: z.string().optional() }).optional(),
});

export type ButtonPayload = z.infer<typeof buttonPayload>;

/** A button's value, or a form's private_metadata, when it names one row. */
export const rowId = z.coerce.number().int().positive();
