import type { App, BlockButtonAction } from '@slack/bolt';
import { actionIdPattern, actionIds } from '../../ids.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { acceptButton } from './accept-button.js';
import { completeButton } from './complete-button.js';
import { extensionDecisionButton } from './extension-buttons.js';
import { contactButton, extensionRequestButton } from './form-buttons.js';
import { nudgeButton } from './nudge-button.js';
import { snoozeButton } from './snooze-button.js';
import { reassignButton, refuseTransferButton, transferRequestButton } from './transfer-buttons.js';
import { detailsButton } from './details-button.js';

export function registerActions(app: App, deps: ListenerDeps): void {
  app.action<BlockButtonAction>(actionIds.acceptAssignment, acceptButton(deps));
  app.action<BlockButtonAction>(actionIds.showDetails, detailsButton(deps));
  app.action<BlockButtonAction>(actionIdPattern(actionIds.completeMilestone), completeButton(deps));
  app.action<BlockButtonAction>(actionIds.snoozeMilestone, snoozeButton(deps));
  app.action<BlockButtonAction>(actionIds.nudgeCoUnit, nudgeButton(deps));
  app.action<BlockButtonAction>(actionIds.approveExtension, extensionDecisionButton(deps, true));
  app.action<BlockButtonAction>(actionIds.refuseExtension, extensionDecisionButton(deps, false));
  app.action<BlockButtonAction>(actionIds.requestTransfer, transferRequestButton(deps));
  app.action<BlockButtonAction>(actionIds.reassignTransfer, reassignButton(deps));
  app.action<BlockButtonAction>(actionIds.refuseTransfer, refuseTransferButton(deps));
  app.action<BlockButtonAction>(actionIds.logContact, contactButton(deps));
  app.action<BlockButtonAction>(actionIds.requestExtension, extensionRequestButton(deps));
}
