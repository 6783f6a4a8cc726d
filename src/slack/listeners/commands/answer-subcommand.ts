// The answers to /suggest subcommands that do not open a form: each calls one service verb and
// renders its result with a pure view. They live by area of the grammar and are routed by verb.
import type { Command } from '../../command/parse-command.js';
import { contextFor, type ListenerDeps } from '../../listener-deps.js';
import type { SlackMessage } from '../../views/format.js';
import { assignmentAnswers } from './assignment-answers.js';
import type { FormVerb } from './command-form.js';
import { officeAnswers } from './office-answers.js';
import { peopleAnswers } from './people-answers.js';
import { replyAnswers } from './reply-answers.js';
import { sessionAnswers } from './session-answers.js';
import type { AnswerCommand, AnswerScope, AnswerVerb, SubcommandAnswers } from './subcommand-answers.js';
import { suggestionAnswers } from './suggestion-answers.js';
import { unitAnswers } from './unit-answers.js';

/** The areas of the grammar; each verb belongs to one (test/unit/slack/subcommand-areas.test.ts). */
export const subcommandAreas = [
  suggestionAnswers,
  assignmentAnswers,
  replyAnswers,
  unitAnswers,
  peopleAnswers,
  sessionAnswers,
  officeAnswers,
] as const;

/** Every verb answered in the ack, given its own command: the compiler refuses a verb left out. */
export const subcommandAnswers: SubcommandAnswers = {
  ...suggestionAnswers,
  ...assignmentAnswers,
  ...replyAnswers,
  ...unitAnswers,
  ...peopleAnswers,
  ...sessionAnswers,
  ...officeAnswers,
};

// Generic in the verb, so that the compiler pairs each answer with its own verb's command.
const answerWith = <V extends AnswerVerb>(scope: AnswerScope, verb: V, command: AnswerCommand<V>) =>
  subcommandAnswers[verb](scope, command);

export async function answerSubcommand(
  deps: ListenerDeps,
  actor: string,
  command: Exclude<Command, { verb: FormVerb }>,
): Promise<SlackMessage> {
  const ctx = contextFor(deps, actor);
  const { catalog } = deps;
  return answerWith({ deps, ctx, catalog }, command.verb, command);
}
