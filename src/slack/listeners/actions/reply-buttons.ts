import { prepareReturnForm } from '../../../services/replies/prepare-return-form.js';
import { reviewReply } from '../../../services/replies/review-reply.js';
import { sendReply } from '../../../services/replies/send-reply.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { plainMessage } from '../../views/format.js';
import { replySentAnswer, reviewAnswer } from '../../views/reply-notices.js';
import { returnModal } from '../../views/return-modal.js';
import { actInPlace } from './act-in-place.js';
import { openForm } from './open-form.js';
import { versionedRowId } from './payload.js';

/** 审核通过 / 签发 on a review request (the value: the reply and the version the reviewer read). */
export const approveReplyButton = (deps: ListenerDeps) =>
  actInPlace(
    deps,
    async (ctx, reply) => {
      const result = await reviewReply(ctx, { replyId: reply.id, version: reply.version, decision: 'approve', comment: '' });
      deps.messagesQueued();
      return plainMessage(reviewAnswer(deps.catalog, result));
    },
    versionedRowId,
  );

/** 退回修改 on a review request: the form for the comment. */
export const returnReplyButton = (deps: ListenerDeps) =>
  openForm(deps, async (ctx, reply) => returnModal(deps.catalog, await prepareReturnForm(ctx, reply)), versionedRowId);

/** 已发出 on the sign-off notice. */
export const markReplySentButton = (deps: ListenerDeps) =>
  actInPlace(
    deps,
    async (ctx, reply) => {
      const result = await sendReply(ctx, { replyId: reply.id, version: reply.version });
      deps.messagesQueued();
      return plainMessage(replySentAnswer(deps.catalog, result));
    },
    versionedRowId,
  );
