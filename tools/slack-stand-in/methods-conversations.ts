import { fail, type MethodHandler, ok, str } from './method-kit.js';
import { compareTs, resolveChannel } from './workspace-state.js';

const DEFAULT_HISTORY_LIMIT = 100;

const open: MethodHandler = (args) => {
  const users = Array.isArray(args.users) ? args.users.join(',') : str(args.users);
  const first = users?.split(',')[0]?.trim();
  if (first) return ok({ channel: { id: resolveChannel(first) } });
  const channel = str(args.channel);
  return channel === undefined ? fail('users_list_not_supplied') : ok({ channel: { id: channel } });
};

const history: MethodHandler = (args, ctx) => {
  const requested = str(args.channel);
  if (requested === undefined || ctx.state.unknownChannels.has(requested)) return fail('channel_not_found');
  const oldest = str(args.oldest);
  const latest = str(args.latest);
  const limit = Number(args.limit ?? DEFAULT_HISTORY_LIMIT) || DEFAULT_HISTORY_LIMIT;
  // A cursor is where the page before stopped: the offset into the same newest-first list.
  const cursor = str(args.cursor);
  const from =
    cursor === undefined || cursor === ''
      ? 0
      : Number(
          Buffer.from(cursor, 'base64')
            .toString('utf8')
            .replace(/^offset:/, ''),
        );
  if (!Number.isInteger(from) || from < 0) return fail('invalid_cursor');
  const matching = (ctx.state.messages.get(resolveChannel(requested)) ?? [])
    .filter((m) => (oldest === undefined || compareTs(m.ts, oldest) > 0) && (latest === undefined || compareTs(m.ts, latest) < 0))
    .sort((a, b) => compareTs(b.ts, a.ts));
  const hasMore = matching.length > from + limit;
  return ok({
    messages: matching.slice(from, from + limit),
    has_more: hasMore,
    response_metadata: { next_cursor: hasMore ? Buffer.from(`offset:${from + limit}`).toString('base64') : '' },
  });
};

export const conversationMethods: Record<string, MethodHandler> = {
  'conversations.open': open,
  'conversations.history': history,
};
