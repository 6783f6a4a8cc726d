import { evaluateSuggestion } from '../../../services/verdicts/evaluate-suggestion.js';
import { writeOffCommitment } from '../../../services/verdicts/write-off-commitment.js';
import { evaluatedAnswer, writtenOffAnswer } from '../../views/verdict-notices.js';
import type { AnswersFor } from './subcommand-answers.js';

/** After a reply is sent: the deputy's verdict, and the B-class promises written off one by one. */
export const replyAnswers: AnswersFor<'evaluate' | 'commitment-done'> = {
  evaluate: async ({ deps, ctx, catalog }, command) => {
    const result = await evaluateSuggestion(ctx, { code: command.code, verdict: command.verdict, note: command.note });
    deps.messagesQueued();
    return evaluatedAnswer(catalog, result);
  },
  'commitment-done': async ({ ctx, catalog }, command) =>
    writtenOffAnswer(catalog, await writeOffCommitment(ctx, { code: command.code, seq: command.seq })),
};
