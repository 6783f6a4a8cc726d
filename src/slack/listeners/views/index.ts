import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { callbackIds } from '../../ids.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { assignFormSubmitted } from './assign-form-submitted.js';
import { contactFormSubmitted } from './contact-form-submitted.js';
import { extensionFormSubmitted } from './extension-form-submitted.js';
import { importConfirmed } from './import-confirmed.js';
import { importFormSubmitted } from './import-form-submitted.js';
import { opinionFormSubmitted } from './opinion-form-submitted.js';
import { reassignFormSubmitted } from './reassign-form-submitted.js';
import { replyFormSubmitted } from './reply-form-submitted.js';
import { returnFormSubmitted } from './return-form-submitted.js';
import { routeFormSubmitted } from './route-form-submitted.js';
import { transferFormSubmitted } from './transfer-form-submitted.js';
import { verdictFormSubmitted } from './verdict-form-submitted.js';

export type FormArgs = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;
type FormHandler = (args: FormArgs) => Promise<void>;

/** Every form's submission, routed by its callback id. */
export function formRoute(deps: ListenerDeps): FormHandler {
  const forms = new Map<string, FormHandler>([
    [callbackIds.assignModal, assignFormSubmitted(deps)],
    [callbackIds.contactModal, contactFormSubmitted(deps)],
    [callbackIds.transferModal, transferFormSubmitted(deps)],
    [callbackIds.routeModal, routeFormSubmitted(deps)],
    [callbackIds.extensionModal, extensionFormSubmitted(deps)],
    [callbackIds.reassignModal, reassignFormSubmitted(deps)],
    [callbackIds.opinionModal, opinionFormSubmitted(deps)],
    [callbackIds.replyModal, replyFormSubmitted(deps)],
    [callbackIds.returnModal, returnFormSubmitted(deps)],
    [callbackIds.importModal, importFormSubmitted(deps)],
    [callbackIds.importConfirm, importConfirmed(deps)],
    [callbackIds.verdictModal, verdictFormSubmitted(deps)],
  ]);
  return async (args) => {
    const form = forms.get(args.view.callback_id);
    if (form) return form(args);
    await args.ack();
  };
}
