import { prepareContactForm } from '../../../services/assignments/prepare-contact-form.js';
import { prepareOpinionForm } from '../../../services/replies/prepare-opinion-form.js';
import { prepareReplyForm } from '../../../services/replies/prepare-reply-form.js';
import { prepareExtensionForm } from '../../../services/requests/prepare-extension-form.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { contactModal } from '../../views/contact-modal.js';
import { extensionModal } from '../../views/extension-modal.js';
import { opinionModal } from '../../views/opinion-modal.js';
import { replyModal } from '../../views/reply-modal.js';
import { openForm } from './open-form.js';

/** 沟通 on a reminder line (the value is the suggestion's id): the 记录沟通 form. */
export const contactButton = (deps: ListenerDeps) =>
  openForm(deps, async (ctx, suggestionId) => contactModal(deps.catalog, await prepareContactForm(ctx, { suggestionId })));

/** 申请延期 on a reminder line (the value is the suggestion's id): the form for a later deadline. */
export const extensionRequestButton = (deps: ListenerDeps) =>
  openForm(deps, async (ctx, suggestionId) => extensionModal(deps.catalog, await prepareExtensionForm(ctx, { suggestionId })));

/** 提交意见 on a 会办意见 line (the value is the suggestion's id): the co-unit opinion form. */
export const opinionButton = (deps: ListenerDeps) =>
  openForm(deps, async (ctx, suggestionId) => opinionModal(deps.catalog, await prepareOpinionForm(ctx, { suggestionId })));

/** 写答复 on an 初稿 line (the value is the suggestion's id): the reply form. */
export const replyButton = (deps: ListenerDeps) =>
  openForm(deps, async (ctx, suggestionId) => replyModal(deps.catalog, await prepareReplyForm(ctx, { suggestionId })));
