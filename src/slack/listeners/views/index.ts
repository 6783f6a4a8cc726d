import type { App } from '@slack/bolt';
import { callbackIds } from '../../ids.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { assignFormSubmitted } from './assign-form-submitted.js';
import { contactFormSubmitted } from './contact-form-submitted.js';

export function registerViews(app: App, deps: ListenerDeps): void {
  app.view(callbackIds.assignModal, assignFormSubmitted(deps));
  app.view(callbackIds.contactModal, contactFormSubmitted(deps));
}
