import { evaluateSuggestion } from '../../../services/verdicts/evaluate-suggestion.js';
import { prepareVerdictForm } from '../../../services/verdicts/prepare-verdict-form.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { verdictModal } from '../../views/verdict-modal.js';
import { evaluatedAnswer } from '../../views/verdict-notices.js';
import { actInPlace } from './act-in-place.js';
import { openForm } from './open-form.js';
import { suggestionRound } from './payload.js';

/** 满意 / 基本满意 on a 答复已发出 notice or in `show` (the value: the suggestion and the round): recorded at once. */
export const verdictButton = (deps: ListenerDeps, verdict: 'satisfied' | 'basically_satisfied') =>
  actInPlace(
    deps,
    async (ctx, row) => {
      const result = await evaluateSuggestion(ctx, { suggestionId: row.suggestionId, round: row.round, verdict, note: '' });
      deps.messagesQueued();
      return evaluatedAnswer(deps.catalog, result);
    },
    suggestionRound,
  );

/** 不满意: the form for the deputy's reasons, refused before it opens as recording it would be. */
export const dissatisfiedButton = (deps: ListenerDeps) =>
  openForm(deps, async (ctx, row) => verdictModal(deps.catalog, await prepareVerdictForm(ctx, row)), suggestionRound);
