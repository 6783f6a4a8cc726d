import { fail, type MethodContext, type MethodHandler, type MethodResult, ok, str } from './method-kit.js';
import { compareTs, isTopLevel, resolveChannel, type StoredMessage } from './workspace-state.js';

const DEFAULT_LIMIT = 100;

const open: MethodHandler = (args) => {
  const users = Array.isArray(args.users) ? args.users.join(',') : str(args.users);
  const first = users?.split(',')[0]?.trim();
  if (first) return ok({ channel: { id: resolveChannel(first) } });
  const channel = str(args.channel);
  return channel === undefined ? fail('users_list_not_supplied') : ok({ channel: { id: channel } });
};

/** The channel's messages, or undefined for one Slack would not find. */
function channelMessages(args: Record<string, unknown>, ctx: MethodContext): StoredMessage[] | undefined {
  const requested = str(args.channel);
  if (requested === undefined || ctx.state.unknownChannels.has(requested)) return undefined;
  return ctx.state.messages.get(resolveChannel(requested)) ?? [];
}

/** Whether the message falls between `oldest` and `latest`, both excluded as Slack does by default. */
function isWithin(message: StoredMessage, args: Record<string, unknown>): boolean {
  const oldest = str(args.oldest);
  const latest = str(args.latest);
  return (oldest === undefined || compareTs(message.ts, oldest) > 0) && (latest === undefined || compareTs(message.ts, latest) < 0);
}

/** One page of `messages`, with the cursor of the next as history and replies both answer it. */
function pageOf(messages: StoredMessage[], args: Record<string, unknown>): MethodResult {
  const limit = Number(args.limit ?? DEFAULT_LIMIT) || DEFAULT_LIMIT;
  // A cursor is where the page before stopped: the offset into the same list.
  const cursor = str(args.cursor);
  const from =
    cursor === undefined
      ? 0
      : Number(
          Buffer.from(cursor, 'base64')
            .toString('utf8')
            .replace(/^offset:/, ''),
        );
  if (!Number.isInteger(from) || from < 0) return fail('invalid_cursor');
  const hasMore = messages.length > from + limit;
  return ok({
    messages: messages.slice(from, from + limit),
    has_more: hasMore,
    response_metadata: { next_cursor: hasMore ? Buffer.from(`offset:${from + limit}`).toString('base64') : '' },
  });
}

const history: MethodHandler = (args, ctx) => {
  const messages = channelMessages(args, ctx);
  if (messages === undefined) return fail('channel_not_found');
  const newestFirst = messages.filter((m) => isTopLevel(m) && isWithin(m, args)).sort((a, b) => compareTs(b.ts, a.ts));
  return pageOf(newestFirst, args);
};

const replies: MethodHandler = (args, ctx) => {
  const messages = channelMessages(args, ctx);
  if (messages === undefined) return fail('channel_not_found');
  // Slack takes the ts of a reply too, and answers with the whole thread it is in.
  const named = messages.find((m) => m.ts === str(args.ts));
  const parent = named === undefined ? undefined : messages.find((m) => m.ts === (named.thread_ts ?? named.ts));
  if (parent === undefined) return fail('thread_not_found');
  const oldestFirst = messages
    .filter((m) => m !== parent && m.thread_ts === parent.ts && isWithin(m, args))
    .sort((a, b) => compareTs(a.ts, b.ts));
  // The parent leads the first page whatever the range; later pages hold replies only.
  return pageOf([parent, ...oldestFirst], args);
};

export const conversationMethods: Record<string, MethodHandler> = {
  'conversations.open': open,
  'conversations.history': history,
  'conversations.replies': replies,
};
