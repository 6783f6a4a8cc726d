import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { ServiceError, type ServiceProblem } from '../../../services/shared/service-error.js';
import { assignSuggestion } from '../../../services/suggestions/assign-suggestion.js';
import { explain } from '../../answer.js';
import { assignModalBlocks } from '../../ids.js';
import { contextFor, type ListenerDeps } from '../../listener-deps.js';
import { assignedSummary } from '../../views/answers.js';
import { assignDoneModal } from '../../views/assign-modal.js';
import { describeServiceProblem } from '../../views/problem.js';
import { readAssignForm } from './assign-form-values.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

// Where each refusal is shown in the form; the rest go under the code, the form's first field.
const fieldOf = (problem: ServiceProblem): string => {
  switch (problem.code) {
    case 'unknown_unit':
      return assignModalBlocks.lead;
    case 'lead_also_co':
      return assignModalBlocks.co;
    case 'due_not_after_assignment':
    case 'due_beyond_limit':
      return assignModalBlocks.due;
    default:
      return assignModalBlocks.code;
  }
};

/** The 交办 form: errors go back into the form; success turns it into a confirmation. */
export function assignFormSubmitted(deps: ListenerDeps) {
  return async ({ body, view, ack }: Args): Promise<void> => {
    const { catalog } = deps;
    const form = readAssignForm(view?.state?.values);
    if (!form.ok) {
      const text =
        form.reason === 'code' ? catalog.modal.codeInvalid : form.reason === 'due' ? catalog.modal.dueInvalid : catalog.problem.malformed;
      const field = form.field === 'malformed' ? assignModalBlocks.code : form.field;
      return ack({ response_action: 'errors', errors: { [field]: text } });
    }
    try {
      const result = await assignSuggestion(contextFor(deps, body.user.id), form.input);
      deps.messagesQueued();
      const summary = assignedSummary(catalog, result);
      const text = summary.similar ? `${summary.text}\n${summary.similar}` : summary.text;
      const facts = [summary.dates, summary.sharedDays, summary.notified].filter(Boolean).join('\n');
      return ack({ response_action: 'update', view: assignDoneModal(catalog, text, facts) });
    } catch (error) {
      const text = error instanceof ServiceError ? describeServiceProblem(catalog, error.problem) : explain(deps, error).text;
      const field = error instanceof ServiceError ? fieldOf(error.problem) : assignModalBlocks.code;
      return ack({ response_action: 'errors', errors: { [field]: text } });
    }
  };
}
