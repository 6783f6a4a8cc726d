import type { Catalog } from '../../../i18n/index.js';
import type { ServiceContext } from '../../../services/shared/service-context.js';
import type { Command } from '../../command/parse-command.js';
import type { ListenerDeps } from '../../listener-deps.js';
import type { SlackMessage } from '../../views/format.js';
import type { FormVerb } from './command-form.js';

/** A subcommand answered in the ack itself; a form's subcommand opens its form instead (command-form.ts). */
export type AnswerVerb = Exclude<Command['verb'], FormVerb>;
export type AnswerCommand<V extends AnswerVerb> = Extract<Command, { verb: V }>;

/** What every answer may use: the person's service context, and the catalog its words come from. */
export interface AnswerScope {
  deps: ListenerDeps;
  ctx: ServiceContext;
  catalog: Catalog;
}

/** One answer per verb, each given the command of its own verb. */
export type SubcommandAnswers = {
  [V in AnswerVerb]: (scope: AnswerScope, command: AnswerCommand<V>) => Promise<SlackMessage>;
};

/** An area of the grammar: the answers to its verbs. */
export type AnswersFor<V extends AnswerVerb> = Pick<SubcommandAnswers, V>;
