import { markReplyPublished } from '../../../services/publication/mark-reply-published.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { publishedAnswer } from '../../views/publication-catalogue.js';
import { actInPlace } from './act-in-place.js';

/** 已公开 beside a reply in `/suggest publish` (its reply's id): recorded once, by the office. */
export const publishedButton = (deps: ListenerDeps) =>
  actInPlace(deps, async (ctx, replyId) => publishedAnswer(deps.catalog, await markReplyPublished(ctx, { replyId })));
