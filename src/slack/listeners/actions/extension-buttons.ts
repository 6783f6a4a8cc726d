import { decideExtension } from '../../../services/requests/decide-extension.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { extensionDecisionAnswer } from '../../views/extension-notices.js';
import { actInPlace } from './act-in-place.js';

/** 批准 / 不同意 on an extension request (the value is the request's id). */
export const extensionDecisionButton = (deps: ListenerDeps, approve: boolean) =>
  actInPlace(deps, async (ctx, requestId) => {
    const result = await decideExtension(ctx, { requestId, approve });
    deps.messagesQueued();
    return extensionDecisionAnswer(deps.catalog, result);
  });
