import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { answerOrExplain, explain } from '../../answer.js';
import { parseCommand } from '../../command/parse-command.js';
import { contextFor, type ListenerDeps } from '../../listener-deps.js';
import { plainMessage, type SlackMessage } from '../../views/format.js';
import { describeCommandProblem } from '../../views/problem.js';
import { answerSubcommand } from './answer-subcommand.js';
import { commandForm, isFormCommand } from './command-form.js';

type Args = AllMiddlewareArgs & SlackCommandMiddlewareArgs;

const privately = (message: SlackMessage) => ({ response_type: 'ephemeral' as const, ...message });

/** /suggest: the change is stored first, then acknowledged with the answer in the ack itself. */
export function suggestCommand(deps: ListenerDeps) {
  return async ({ command, ack, client }: Args): Promise<void> => {
    const parsed = parseCommand(command.text ?? '');
    if (!parsed.ok) return ack(privately(plainMessage(describeCommandProblem(deps.catalog, parsed.problem))));
    const { command: subcommand } = parsed;
    if (!isFormCommand(subcommand)) {
      return ack(privately(await answerOrExplain(deps, () => answerSubcommand(deps, command.user_id, subcommand))));
    }
    // A form: a trigger_id lives 3 seconds, so it opens before the (empty) ack.
    try {
      const form = await commandForm(deps, contextFor(deps, command.user_id), subcommand);
      if (!('type' in form)) return ack(privately(form));
      await client.views.open({ trigger_id: command.trigger_id, view: form });
      return ack();
    } catch (error) {
      return ack(privately(explain(deps, error)));
    }
  };
}
