import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { answerOrExplain, explain } from '../../answer.js';
import { parseCommand } from '../../command/parse-command.js';
import { contextFor, type ListenerDeps } from '../../listener-deps.js';
import { plainMessage } from '../../views/format.js';
import type { HomeOptions } from '../../views/home.js';
import { describeCommandProblem } from '../../views/problem.js';
import { answerSubcommand } from '../commands/answer-subcommand.js';
import { commandForm, isFormCommand } from '../commands/command-form.js';
import { publishHome } from '../publish-home.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

/**
 * A Home tab button that does what its /suggest subcommand does (the value is the subcommand's
 * text): a form opens as the command would open it; anything else is answered at the top of the
 * tab, drawn again. The same rights apply as to the command: a person without them is told so.
 */
export const homeCommandButton =
  (deps: ListenerDeps) =>
  async ({ body, ack, client }: Args): Promise<void> => {
    await ack();
    const text = body.actions[0]?.value ?? 'help';
    const user = body.user.id;
    const answered = (options: HomeOptions) => publishHome(deps, client, user, options);
    const parsed = parseCommand(text);
    if (!parsed.ok) return answered({ answer: plainMessage(describeCommandProblem(deps.catalog, parsed.problem)) });
    const command = parsed.command;
    if (isFormCommand(command)) {
      try {
        const form = await commandForm(deps, contextFor(deps, user), command);
        // A trigger_id lives 3 seconds: the form opens right after the ack.
        if ('type' in form) await client.views.open({ trigger_id: body.trigger_id, view: form });
        else await answered({ answer: form });
      } catch (error) {
        await answered({ answer: explain(deps, error) });
      }
      return;
    }
    const answer = await answerOrExplain(deps, () => answerSubcommand(deps, user, command));
    await answered({ answer, command: text });
  };
