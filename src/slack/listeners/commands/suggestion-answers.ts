import { dateInZone } from '../../../domain/calendar-date.js';
import { requestImportTemplate } from '../../../services/imports/request-import-template.js';
import { endKeySuggestion } from '../../../services/key-suggestions/end-key-suggestion.js';
import { markKeySuggestion } from '../../../services/key-suggestions/mark-key-suggestion.js';
import { mergeSuggestion } from '../../../services/merges/merge-suggestion.js';
import { undoMerge } from '../../../services/merges/undo-merge.js';
import { requestExport } from '../../../services/reports/request-export.js';
import { assignSuggestion } from '../../../services/suggestions/assign-suggestion.js';
import { listSuggestions } from '../../../services/suggestions/list-suggestions.js';
import { showSuggestion } from '../../../services/suggestions/show-suggestion.js';
import { assignedMessage, exportRequestedMessage, importTemplateRequestedMessage } from '../../views/answers.js';
import { escapeText, plainMessage } from '../../views/format.js';
import { keyEndedMessage, keyMarkedMessage } from '../../views/key-answers.js';
import { suggestionDetailMessage } from '../../views/suggestion-detail.js';
import { suggestionListMessage } from '../../views/suggestion-list.js';
import type { AnswersFor } from './subcommand-answers.js';

/** The suggestions and their ledger: assign (given in full; bare, it opens the form), list, show, 重点, export, and the import's template. */
export const suggestionAnswers: AnswersFor<
  'assign' | 'list' | 'show' | 'key' | 'key-off' | 'merge' | 'merge-undo' | 'export' | 'import-template'
> = {
  assign: async ({ deps, ctx, catalog }, command) => {
    const { verb: _verb, ...input } = command;
    const result = await assignSuggestion(ctx, input);
    deps.messagesQueued();
    return assignedMessage(catalog, result);
  },
  list: async ({ ctx, catalog }, command) => suggestionListMessage(catalog, await listSuggestions(ctx, command.filter)),
  show: async ({ ctx, catalog }, command) => {
    const detail = await showSuggestion(ctx, { code: command.code });
    return suggestionDetailMessage(catalog, detail, dateInZone(ctx.now, ctx.timezone), ctx.timezone);
  },
  key: async ({ deps, ctx, catalog }, command) => {
    const { verb: _verb, ...input } = command;
    const result = await markKeySuggestion(ctx, input);
    if (result.leaderTold) deps.messagesQueued();
    return keyMarkedMessage(catalog, result);
  },
  'key-off': async ({ ctx, catalog }, command) => keyEndedMessage(catalog, await endKeySuggestion(ctx, { code: command.code })),
  merge: async ({ deps, ctx, catalog }, command) => {
    const merged = await mergeSuggestion(ctx, { code: command.code, into: command.into });
    deps.messagesQueued();
    return plainMessage(catalog.merge.merged(merged.code, merged.mainCode, escapeText(merged.unitName), merged.cancelledRequests));
  },
  'merge-undo': async ({ deps, ctx, catalog }, command) => {
    const undone = await undoMerge(ctx, { code: command.code });
    deps.messagesQueued();
    return plainMessage(catalog.merge.undone(undone.code, undone.mainCode));
  },
  export: async ({ deps, ctx, catalog }, command) => {
    const result = await requestExport(ctx, command.unit ? { unit: command.unit } : {});
    deps.messagesQueued();
    return exportRequestedMessage(catalog, result.unitName);
  },
  'import-template': async ({ deps, ctx, catalog }) => {
    const result = await requestImportTemplate(ctx);
    if (result.queued) deps.messagesQueued();
    return importTemplateRequestedMessage(catalog, result);
  },
};
