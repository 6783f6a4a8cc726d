import { z } from 'zod';
import { resendMessages } from '../../../services/deliveries/resend-messages.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { plainMessage } from '../../views/format.js';
import { actInPlace } from './act-in-place.js';

/** 重发 beside a dead message in `/suggest outbox` (the value is its outbox row's id). */
export const resendButton = (deps: ListenerDeps) =>
  actInPlace(deps, async (ctx, id) => {
    const { resent } = await resendMessages(ctx, { id });
    deps.messagesQueued();
    return plainMessage(deps.catalog.undelivered.resent(resent));
  });

/** 全部重发 under the dead messages in `/suggest outbox`: every dead one, listed or not. */
export const resendAllButton = (deps: ListenerDeps) =>
  actInPlace(
    deps,
    async (ctx) => {
      const { resent } = await resendMessages(ctx, { all: true });
      deps.messagesQueued();
      return plainMessage(deps.catalog.undelivered.resent(resent));
    },
    z.literal('all'),
  );
