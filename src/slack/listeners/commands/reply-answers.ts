import { readPublicationCatalogue } from '../../../services/publication/read-publication-catalogue.js';
import { evaluateSuggestion } from '../../../services/verdicts/evaluate-suggestion.js';
import { writeOffCommitment } from '../../../services/verdicts/write-off-commitment.js';
import { publicationCatalogueMessage } from '../../views/publication-catalogue.js';
import { evaluatedAnswer, writtenOffAnswer } from '../../views/verdict-notices.js';
import type { AnswersFor } from './subcommand-answers.js';

/** After a reply is sent: the deputy's verdict, the B-class promises written off one by one, and its publication (公开目录). */
export const replyAnswers: AnswersFor<'evaluate' | 'commitment-done' | 'publish'> = {
  evaluate: async ({ deps, ctx, catalog }, command) => {
    const result = await evaluateSuggestion(ctx, { code: command.code, verdict: command.verdict, note: command.note });
    deps.messagesQueued();
    return evaluatedAnswer(catalog, result);
  },
  'commitment-done': async ({ ctx, catalog }, command) =>
    writtenOffAnswer(catalog, await writeOffCommitment(ctx, { code: command.code, seq: command.seq })),
  publish: async ({ ctx, catalog }, command) =>
    publicationCatalogueMessage(catalog, await readPublicationCatalogue(ctx, { all: command.all })),
};
