import { z } from 'zod';
import { resendMessages } from '../../../services/deliveries/resend-messages.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { plainMessage } from '../../views/format.js';
import { actInPlace } from './act-in-place.js';
import { rowId } from './payload.js';

/** 重发 beside a dead message in `/suggest outbox` (its outbox row's id), or 全部重发 under them ('all'). */
const resend = <Row>(deps: ListenerDeps, rowOf: z.ZodType<Row, string>, which: (row: Row) => Parameters<typeof resendMessages>[1]) =>
  actInPlace(
    deps,
    async (ctx, row: Row) => {
      const { resent } = await resendMessages(ctx, which(row));
      deps.messagesQueued();
      return plainMessage(deps.catalog.undelivered.resent(resent));
    },
    rowOf,
  );

export const resendButton = (deps: ListenerDeps) => resend(deps, rowId as unknown as z.ZodType<number, string>, (id) => ({ id }));
export const resendAllButton = (deps: ListenerDeps) => resend(deps, z.literal('all'), () => ({ all: true }));
