// The answers to /suggest subcommands that do not open a form: each calls one service verb and
// renders its result with a pure view. They live by area of the grammar and are routed by verb.
import type { Command } from '../../command/parse-command.js';
import { contextFor, type ListenerDeps } from '../../listener-deps.js';
import type { SlackMessage } from '../../views/format.js';
import { assignmentAnswers } from './assignment-answers.js';
import type { FormVerb } from './command-form.js';
import { officeAnswers } from './office-answers.js';
import { replyAnswers } from './reply-answers.js';
import { sessionAnswers } from './session-answers.js';
import type { AnswerCommand, AnswerScope, AnswerVerb, SubcommandAnswers } from './subcommand-answers.js';
import { suggestionAnswers } from './suggestion-answers.js';
import { unitAnswers } from './unit-answers.js';

// The areas spread into `answers` below, in the same order.
type Areas = [
  typeof suggestionAnswers,
  typeof assignmentAnswers,
  typeof replyAnswers,
  typeof unitAnswers,
  typeof sessionAnswers,
  typeof officeAnswers,
];

/** The verbs more than one of the areas answers. */
type AnsweredTwice<Rest extends readonly object[], Seen = never> = Rest extends readonly [
  infer Area,
  ...infer Later extends readonly object[],
]
  ? (keyof Area & Seen) | AnsweredTwice<Later, Seen | keyof Area>
  : never;

// A spread lets a later area silently take a verb from an earlier one, so a verb two areas answer
// would have to be `never`: with the mapped type, each verb has exactly one answer.
const answers: SubcommandAnswers & Record<AnsweredTwice<Areas>, never> = {
  ...suggestionAnswers,
  ...assignmentAnswers,
  ...replyAnswers,
  ...unitAnswers,
  ...sessionAnswers,
  ...officeAnswers,
};

// Generic in the verb so that the compiler pairs each answer with its own verb's command; the map
// is a parameter because the intersection above would hide its mapped type from that pairing.
const answerWith = <V extends AnswerVerb>(routes: SubcommandAnswers, scope: AnswerScope, verb: V, command: AnswerCommand<V>) =>
  routes[verb](scope, command);

export async function answerSubcommand(
  deps: ListenerDeps,
  actor: string,
  command: Exclude<Command, { verb: FormVerb }>,
): Promise<SlackMessage> {
  const ctx = contextFor(deps, actor);
  const { catalog } = deps;
  return answerWith(answers, { deps, ctx, catalog }, command.verb, command);
}
