import { prepareContactForm } from '../../../services/prepare-contact-form.js';
import { prepareExtensionForm } from '../../../services/prepare-extension-form.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { contactModal } from '../../views/contact-modal.js';
import { extensionModal } from '../../views/extension-modal.js';
import { openForm } from './open-form.js';

/** 沟通 on a reminder line (the value is the suggestion's id): the 记录沟通 form. */
export const contactButton = (deps: ListenerDeps) =>
  openForm(deps, async (ctx, suggestionId) => contactModal(deps.catalog, await prepareContactForm(ctx, { suggestionId })));

/** 申请延期 on a reminder line (the value is the suggestion's id): the form for a later deadline. */
export const extensionRequestButton = (deps: ListenerDeps) =>
  openForm(deps, async (ctx, suggestionId) => extensionModal(deps.catalog, await prepareExtensionForm(ctx, { suggestionId })));
