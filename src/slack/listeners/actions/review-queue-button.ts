import { z } from 'zod';
import { readReviewQueue } from '../../../services/replies/read-review-queue.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { reviewQueueModal } from '../../views/review-queue-modal.js';
import { openForm } from './open-form.js';

/** The button's value only counted the requests when the message was written: the queue is the clicker's, read now. */
const anyValue = z.string().max(2000);

/**
 * 审核清单 on a gathered message's review requests: the clicker's own queue, read afresh, each
 * reply with approve and return, which act inside the modal as on the single request.
 */
export const reviewQueueButton = (deps: ListenerDeps) =>
  openForm(deps, async (ctx) => reviewQueueModal(deps.catalog, await readReviewQueue(ctx)), anyValue);
