import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { parseCommand } from '../../../domain/command.js';
import { prepareAssignForm } from '../../../services/prepare-assign-form.js';
import { prepareContactForm } from '../../../services/prepare-contact-form.js';
import { answerOrExplain, explain } from '../../answer.js';
import { contextFor, type ListenerDeps } from '../../listener-deps.js';
import { assignModal } from '../../views/assign-modal.js';
import { contactModal } from '../../views/contact-modal.js';
import { plainMessage, type SlackMessage } from '../../views/format.js';
import { describeCommandProblem } from '../../views/problem.js';
import { answerSubcommand } from './answer-subcommand.js';

type Args = AllMiddlewareArgs & SlackCommandMiddlewareArgs;

const privately = (message: SlackMessage) => ({ response_type: 'ephemeral' as const, ...message });

/** /suggest: the change is stored first, then acknowledged with the answer in the ack itself. */
export function suggestCommand(deps: ListenerDeps) {
  return async ({ command, ack, client }: Args): Promise<void> => {
    const parsed = parseCommand(command.text ?? '');
    if (!parsed.ok) return ack(privately(plainMessage(describeCommandProblem(deps.catalog, parsed.problem))));
    const { command: subcommand } = parsed;
    if (subcommand.verb !== 'assign-modal' && subcommand.verb !== 'contact-modal') {
      return ack(privately(await answerOrExplain(deps, () => answerSubcommand(deps, command.user_id, subcommand))));
    }
    // A form: a trigger_id lives 3 seconds, so it opens before the (empty) ack.
    try {
      const ctx = contextFor(deps, command.user_id);
      let view;
      if (subcommand.verb === 'assign-modal') {
        const form = await prepareAssignForm(ctx);
        if (form.units.length === 0) return ack(privately(plainMessage(deps.catalog.problem.noUnitsYet)));
        view = assignModal(deps.catalog, form);
      } else {
        view = contactModal(deps.catalog, await prepareContactForm(ctx, { code: subcommand.code }));
      }
      await client.views.open({ trigger_id: command.trigger_id, view });
      return ack();
    } catch (error) {
      return ack(privately(explain(deps, error)));
    }
  };
}
