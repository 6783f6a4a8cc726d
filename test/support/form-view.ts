// A form as the import tests read it: the view it turned into after its wait, and its text.
import { expect } from 'vitest';
import type { RecordedCall } from '../../tools/slack-stand-in/types.js';
import type { Harness } from './harness.js';

export type FormView = {
  callback_id?: string;
  private_metadata?: string;
  submit?: unknown;
  title: { text: string };
  blocks: Array<{ type: string; text?: { text: string }; elements?: Array<{ text: string }> }>;
};

/** A view's text, a line a block: a section's text, a context's elements. */
export const formText = (view: FormView) =>
  view.blocks.map((block) => block.text?.text ?? block.elements?.map((e) => e.text).join('') ?? '').join('\n');

/** What views.update made of the form after the call numbered `from`: a form that waits is updated once its work is done. */
export async function updatedView(h: Harness, from: number): Promise<FormView> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const update = h.standIn.calls.slice(from).find((call: RecordedCall) => call.method === 'views.update');
    if (update) {
      expect(update.ok, JSON.stringify(update)).toBe(true);
      return update.args.view as FormView;
    }
    if (Date.now() > deadline) throw new Error('the import form was never updated');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
