import type { ReviewLevel } from '../../domain/vocabulary.js';
import type { ServiceContext } from '../shared/service-context.js';
import { loadReviewableReply } from './load-reviewable-reply.js';

export interface ReturnForm {
  id: number;
  version: number;
  code: string;
  level: ReviewLevel;
}

/** What the 退回修改 form needs, refused before it opens if the person could not return the reply. */
export async function prepareReturnForm(ctx: ServiceContext, asked: { id: number; version: number }): Promise<ReturnForm> {
  const { suggestion, level } = await loadReviewableReply(ctx.db, ctx, asked);
  return { ...asked, code: suggestion.code, level };
}
