import type { App } from '@slack/bolt';
import { callbackIds } from '../../ids.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { assignFormSubmitted } from './assign-form-submitted.js';
import { contactFormSubmitted } from './contact-form-submitted.js';
import { extensionFormSubmitted } from './extension-form-submitted.js';
import { reassignFormSubmitted } from './reassign-form-submitted.js';
import { transferFormSubmitted } from './transfer-form-submitted.js';

export function registerViews(app: App, deps: ListenerDeps): void {
  app.view(callbackIds.assignModal, assignFormSubmitted(deps));
  app.view(callbackIds.contactModal, contactFormSubmitted(deps));
  app.view(callbackIds.transferModal, transferFormSubmitted(deps));
  app.view(callbackIds.extensionModal, extensionFormSubmitted(deps));
  app.view(callbackIds.reassignModal, reassignFormSubmitted(deps));
}
