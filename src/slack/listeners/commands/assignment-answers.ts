import { acceptAssignment } from '../../../services/assignments/accept-assignment.js';
import { routeAssignment } from '../../../services/assignments/route-assignment.js';
import { requestExtension } from '../../../services/requests/request-extension.js';
import { requestTransfer } from '../../../services/requests/request-transfer.js';
import { acceptedMessage } from '../../views/answers.js';
import { extensionRequestedAnswer } from '../../views/extension-notices.js';
import { plainMessage } from '../../views/format.js';
import { routedAnswer } from '../../views/route-modal.js';
import { transferRequestedAnswer } from '../../views/transfer-notices.js';
import type { AnswersFor } from './subcommand-answers.js';

/** A unit's assignment: accept it, route it inside the unit, ask for a later deadline, hand it back. */
export const assignmentAnswers: AnswersFor<'accept' | 'route' | 'extend' | 'transfer'> = {
  accept: async ({ deps, ctx, catalog }, command) => {
    const result = await acceptAssignment(ctx, { code: command.code });
    deps.messagesQueued();
    return acceptedMessage(catalog, result);
  },
  route: async ({ deps, ctx, catalog }, command) => {
    const { verb: _verb, ...input } = command;
    const result = await routeAssignment(ctx, input, deps.lookUpPerson);
    deps.messagesQueued();
    return plainMessage(routedAnswer(catalog, result));
  },
  extend: async ({ deps, ctx, catalog }, command) => {
    const { verb: _verb, ...input } = command;
    const result = await requestExtension(ctx, input);
    deps.messagesQueued();
    return extensionRequestedAnswer(catalog, result);
  },
  transfer: async ({ deps, ctx, catalog }, command) => {
    const result = await requestTransfer(ctx, {
      code: command.code,
      reason: command.reason,
      ...(command.unit ? { unit: command.unit } : {}),
    });
    deps.messagesQueued();
    return plainMessage(transferRequestedAnswer(catalog, result));
  },
};
