import { decideTransfer } from '../../../services/requests/decide-transfer.js';
import { prepareReassignForm } from '../../../services/requests/prepare-reassign-form.js';
import { prepareTransferForm } from '../../../services/requests/prepare-transfer-form.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { plainMessage } from '../../views/format.js';
import { reassignModal, transferModal } from '../../views/transfer-modals.js';
import { transferDecisionAnswer } from '../../views/transfer-notices.js';
import { actInPlace } from './act-in-place.js';
import { openForm } from './open-form.js';

/** 申请调整 on an assignment notice (the value is the assignment's id): opens the reason form. */
export const transferRequestButton = (deps: ListenerDeps) =>
  openForm(deps, async (ctx, assignmentId) => transferModal(deps.catalog, await prepareTransferForm(ctx, { assignmentId })));

/** 改派 on a transfer request (the value is the request's id): opens the form to pick the new unit. */
export const reassignButton = (deps: ListenerDeps) =>
  openForm(deps, async (ctx, requestId) => reassignModal(deps.catalog, await prepareReassignForm(ctx, { requestId })));

/** 不同意 on a transfer request: decided in place; the unit keeps the suggestion. */
export const refuseTransferButton = (deps: ListenerDeps) =>
  actInPlace(deps, async (ctx, requestId) => {
    const result = await decideTransfer(ctx, { requestId, approve: false });
    deps.messagesQueued();
    return plainMessage(transferDecisionAnswer(deps.catalog, result));
  });
