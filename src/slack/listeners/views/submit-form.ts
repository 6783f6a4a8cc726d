import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { z } from 'zod';
import type { ServiceContext } from '../../../services/shared/service-context.js';
import { explain } from '../../answer.js';
import { contextFor, type ListenerDeps } from '../../listener-deps.js';
import { doneModal } from '../../views/done-modal.js';
import { rowId } from '../actions/payload.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

/** What a submitted form comes to: its change stored (the confirmation), or errors to show on its blocks. */
export type FormOutcome = { title: string; text: string } | { errors: Record<string, string> };

export interface FormSubmission<Values, Row = number> {
  /** The form's values as Slack sends them; anything else is refused as malformed. */
  values: z.ZodType<Values>;
  /** The block that shows a malformed form's error. */
  malformedBlock: string;
  /** The block that shows a refusal of the change; the malformed form's block unless given. */
  refusalBlock?: string;
  /** Reads the row the form's private_metadata names; its id unless given. */
  rowOf?: z.ZodType<Row, string>;
  /**
   * The change, for the row the form's private_metadata names; `viewId` is the form's own, the
   * same when a person submits it again after an answer that came too late.
   */
  submit: (ctx: ServiceContext, row: Row, values: Values, viewId: string) => Promise<FormOutcome>;
}

/**
 * A form about one row (its id, or what `rowOf` reads, travels in private_metadata): errors go back into the form, each
 * on its block; success turns the form into a confirmation.
 */
export function submitForm<Values, Row = number>(deps: ListenerDeps, form: FormSubmission<Values, Row>) {
  const rowOf = form.rowOf ?? (rowId as unknown as z.ZodType<Row, string>);
  return async ({ body, view, ack }: Args): Promise<void> => {
    const id = rowOf.safeParse(view?.private_metadata);
    const values = form.values.safeParse(view?.state?.values);
    if (!id.success || !values.success)
      return ack({ response_action: 'errors', errors: { [form.malformedBlock]: deps.catalog.problem.malformed } });
    try {
      const outcome = await form.submit(contextFor(deps, body.user.id), id.data, values.data, view.id);
      if ('errors' in outcome) return ack({ response_action: 'errors', errors: outcome.errors });
      deps.messagesQueued();
      return ack({ response_action: 'update', view: doneModal(deps.catalog, outcome.title, outcome.text) });
    } catch (error) {
      return ack({ response_action: 'errors', errors: { [form.refusalBlock ?? form.malformedBlock]: explain(deps, error).text } });
    }
  };
}
