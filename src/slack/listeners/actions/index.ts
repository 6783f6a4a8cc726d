import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { actionIds, baseActionId } from '../../ids.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { answerInModal, isModalClick } from '../answer-in-modal.js';
import { answerInHome, isHomeClick } from '../publish-home.js';
import { acceptAllButton } from './accept-all-button.js';
import { acceptButton } from './accept-button.js';
import { completeButton } from './complete-button.js';
import { detailsButton } from './details-button.js';
import { extensionDecisionButton } from './extension-buttons.js';
import { contactButton, extensionRequestButton, opinionButton, replyButton } from './form-buttons.js';
import { homeCommandButton } from './home-command-button.js';
import { homePageButton } from './home-page-button.js';
import { nudgeButton } from './nudge-button.js';
import { publishedButton } from './published-button.js';
import { reminderGroupButton } from './reminder-group-button.js';
import { approveReplyButton, markReplySentButton, returnReplyButton } from './reply-buttons.js';
import { resendAllButton, resendButton } from './resend-buttons.js';
import { reviewQueueButton } from './review-queue-button.js';
import { routeButton } from './route-button.js';
import { scoreBreakdownButton } from './score-breakdown-button.js';
import { snoozeButton } from './snooze-button.js';
import { reassignButton, refuseTransferButton, transferRequestButton } from './transfer-buttons.js';
import { dissatisfiedButton, verdictButton } from './verdict-buttons.js';

export type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;
type ButtonHandler = (args: ButtonArgs) => Promise<void>;

/** Every button of every message, form and Home tab, routed by its action id. */
export function buttonRoute(deps: ListenerDeps): ButtonHandler {
  const buttons = new Map<string, ButtonHandler>([
    [actionIds.acceptAssignment, acceptButton(deps)],
    [actionIds.acceptAllAssignments, acceptAllButton(deps)],
    [actionIds.showDetails, detailsButton(deps)],
    [actionIds.completeMilestone, completeButton(deps)],
    [actionIds.snoozeMilestone, snoozeButton(deps)],
    [actionIds.nudgeCoUnit, nudgeButton(deps)],
    [actionIds.approveExtension, extensionDecisionButton(deps, true)],
    [actionIds.refuseExtension, extensionDecisionButton(deps, false)],
    [actionIds.requestTransfer, transferRequestButton(deps)],
    [actionIds.routeAssignment, routeButton(deps)],
    [actionIds.reassignTransfer, reassignButton(deps)],
    [actionIds.refuseTransfer, refuseTransferButton(deps)],
    [actionIds.logContact, contactButton(deps)],
    [actionIds.requestExtension, extensionRequestButton(deps)],
    [actionIds.homePage, homePageButton(deps)],
    [actionIds.homeCommand, homeCommandButton(deps)],
    [actionIds.approveReply, approveReplyButton(deps)],
    [actionIds.returnReply, returnReplyButton(deps)],
    [actionIds.markReplySent, markReplySentButton(deps)],
    [actionIds.markReplyPublished, publishedButton(deps)],
    [actionIds.writeOpinion, opinionButton(deps)],
    [actionIds.writeReply, replyButton(deps)],
    [actionIds.openReminderGroup, reminderGroupButton(deps)],
    [actionIds.openReviewQueue, reviewQueueButton(deps)],
    [actionIds.openScoreBreakdown, scoreBreakdownButton(deps)],
    [actionIds.resendMessage, resendButton(deps)],
    [actionIds.resendAllMessages, resendAllButton(deps)],
    [actionIds.recordSatisfied, verdictButton(deps, 'satisfied')],
    [actionIds.recordBasicallySatisfied, verdictButton(deps, 'basically_satisfied')],
    [actionIds.recordDissatisfied, dissatisfiedButton(deps)],
  ]);
  return async (args) => {
    const button = buttons.get(baseActionId(args.action.action_id));
    if (!button) {
      // A button of a message this version no longer knows: acknowledged, nothing to do.
      await args.ack();
      return;
    }
    // A click in the Home tab or a modal has no response_url: its answer comes with the tab or the modal drawn again.
    if (isHomeClick(args.body)) return button({ ...args, respond: answerInHome(deps, args.client, args.body.user.id) });
    if (isModalClick(args.body)) return button({ ...args, respond: answerInModal(deps, args.client, args.body) });
    return button(args);
  };
}
